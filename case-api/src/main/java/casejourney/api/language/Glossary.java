package casejourney.api.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Plain-language explanations of the terms of art in DOMAIN.md, in English and Welsh. Each key
 * {@code k} has {@code k.term} (the word as families meet it) and {@code k.plain} (what it means).
 */
public final class Glossary {

  /** One term and what it means, in one language. */
  public record Term(String key, String term, String plain) {}

  private static final Glossary DEFAULT = new Glossary();

  private final Map<String, Map<String, Term>> byLanguage = new TreeMap<>();

  private Glossary() {
    byLanguage.put("en", load("en"));
    byLanguage.put("cy", load("cy"));
  }

  /** The glossary shipped with case-api. */
  public static Glossary standard() {
    return DEFAULT;
  }

  /** Every key, in alphabetical order. */
  public Set<String> keys(String lang) {
    return Collections.unmodifiableSet(terms(lang).keySet());
  }

  /** The term in {@code lang} ({@code en} or {@code cy}), if known. */
  public Optional<Term> term(String key, String lang) {
    return Optional.ofNullable(terms(lang).get(key));
  }

  private Map<String, Term> terms(String lang) {
    Map<String, Term> terms = byLanguage.get(lang);
    if (terms == null) {
      throw new IllegalArgumentException("no glossary in language " + lang);
    }
    return terms;
  }

  private static Map<String, Term> load(String lang) {
    String resource = "/casejourney/language/glossary_" + lang + ".properties";
    Properties properties = new Properties();
    try (InputStream in = Glossary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Term> terms = new TreeMap<>();
    for (String name : properties.stringPropertyNames()) {
      if (name.endsWith(".term")) {
        String key = name.substring(0, name.length() - ".term".length());
        terms.put(
            key,
            new Term(key, properties.getProperty(name), properties.getProperty(key + ".plain")));
      }
    }
    return Collections.unmodifiableMap(terms);
  }
}
