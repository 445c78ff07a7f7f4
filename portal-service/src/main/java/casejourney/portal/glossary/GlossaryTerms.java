package casejourney.portal.glossary;

import casejourney.api.language.Glossary;
import casejourney.api.language.JargonFinder;
import java.util.List;
import org.springframework.stereotype.Component;

/** The shared glossary for templates ({@code @glossaryTerms}) and controllers. */
@Component("glossaryTerms")
public class GlossaryTerms {

  private final Glossary glossary = Glossary.standard();

  /** The term in {@code lang}, or null when the key is unknown. */
  public Glossary.Term term(String key, String lang) {
    return glossary.term(key, "cy".equals(lang) ? "cy" : "en").orElse(null);
  }

  /** Every term in {@code lang}, alphabetical by key. */
  public List<Glossary.Term> all(String lang) {
    String l = "cy".equals(lang) ? "cy" : "en";
    return glossary.keys(l).stream().map(k -> glossary.term(k, l).orElseThrow()).toList();
  }

  /** Glossary keys of the jargon in a piece of text, for "words explained" links. */
  public List<String> jargon(String text) {
    return JargonFinder.find(text).stream().filter(k -> term(k, "en") != null).toList();
  }
}
