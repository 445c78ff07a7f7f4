package casejourney.portal.family;

import casejourney.api.language.Glossary;
import casejourney.api.views.TimelineEntry;
import casejourney.portal.glossary.GlossaryTerms;
import casejourney.portal.web.TextHelper;
import casejourney.portal.web.TextHelper.Shown;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The parent's timeline as the page shows it: each entry's words in the page's language, its day
 * written out and its glossary terms, worked out in Java once per entry.
 *
 * <p>The template used to call the text and glossary helpers for every entry. Under load those
 * calls were a sixth of a page: each one converted its arguments (copying the entry's text map) and
 * looked its variables up through the exchange.
 */
@Component
public class TimelineRows {

  /**
   * One entry, ready to show.
   *
   * @param entry the entry as stored (kind, flag, quotations)
   * @param title its title in the page's language, or English marked as such
   * @param body the same for its body; null when it has none
   * @param iso its day for {@code <time datetime>}
   * @param day its day in words, "3 May 2026" or "3 Mai 2026"
   * @param planVersion the plan version to compare with the one before; null for none or the first
   * @param words the glossary terms it uses, in the page's language
   */
  public record Row(
      TimelineEntry entry,
      Shown title,
      Shown body,
      String iso,
      String day,
      String planVersion,
      List<Glossary.Term> words) {}

  /** The page: the filter chosen and the entries it shows, newest first. */
  public record Page(String show, List<Row> rows) {}

  private final TextHelper text;
  private final GlossaryTerms glossary;

  public TimelineRows(TextHelper text, GlossaryTerms glossary) {
    this.text = text;
    this.glossary = glossary;
  }

  public Page page(ParentViews.Timeline timeline, String lang) {
    return new Page(timeline.show(), timeline.entries().stream().map(e -> row(e, lang)).toList());
  }

  private Row row(TimelineEntry entry, String lang) {
    String version = entry.links() == null ? null : entry.links().get("planVersion");
    return new Row(
        entry,
        text.pick(entry.title(), lang),
        text.pick(entry.body(), lang),
        text.iso(entry.at()),
        text.day(entry.at(), lang),
        version == null || version.equals("1") ? null : version,
        words(entry.glossaryKeys(), lang));
  }

  /** Unknown keys are shown as they are, as the shared "words" fragment does. */
  private List<Glossary.Term> words(List<String> keys, String lang) {
    if (keys == null) {
      return List.of();
    }
    return keys.stream()
        .map(
            k -> {
              Glossary.Term t = glossary.term(k, lang);
              return t != null ? t : new Glossary.Term(k, k, null);
            })
        .toList();
  }
}
