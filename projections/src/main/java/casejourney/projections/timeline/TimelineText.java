package casejourney.projections.timeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The timeline's English and Welsh message templates ({@code
 * casejourney/timeline/messages_*.properties}, UTF-8). Keys start with the audience ({@code yp.},
 * {@code parent.}, {@code staff.}) so that readability can be enforced per audience; unprefixed
 * keys are shared words (meeting types, choices) that templates take as arguments.
 */
public final class TimelineText {

  public static final String EN = "en";
  public static final String CY = "cy";
  private static final String BUNDLE = "/casejourney/timeline/messages_%s.properties";

  private final Map<String, Properties> bundles = Map.of(EN, load(EN), CY, load(CY));

  /** Parsed templates; MessageFormat is not thread-safe, so each processor thread has its own. */
  private final ThreadLocal<Map<String, MessageFormat>> parsed =
      ThreadLocal.withInitial(HashMap::new);

  /** The bundle for one language, for tests that check every template. */
  public static Properties bundle(String lang) {
    return load(lang);
  }

  /** The template {@code key} in {@code lang} with its arguments filled in. */
  public String format(String lang, String key, Object... args) {
    MessageFormat format =
        parsed
            .get()
            .computeIfAbsent(
                lang + ":" + key,
                k -> {
                  String template = bundles.get(lang).getProperty(key);
                  if (template == null) {
                    throw new IllegalArgumentException("no timeline text " + key + " in " + lang);
                  }
                  return new MessageFormat(template, Locale.forLanguageTag(lang));
                });
    return format.format(args);
  }

  /** A shared word, such as a meeting type, in {@code lang}. */
  public String word(String lang, String key) {
    return format(lang, key);
  }

  private static Properties load(String lang) {
    String resource = BUNDLE.formatted(lang);
    Properties properties = new Properties();
    try (InputStream in = TimelineText.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
