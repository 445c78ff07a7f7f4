package casejourney.portal.family;

import casejourney.api.language.Glossary;
import casejourney.api.views.TimelineEntry;
import casejourney.api.views.TimelineEntry.Quoted;
import casejourney.portal.glossary.GlossaryTerms;
import casejourney.portal.web.Quotations;
import casejourney.portal.web.TextHelper;
import casejourney.portal.web.TextHelper.Shown;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
   * @param quotes the words people wrote, each with the message keys that introduce it
   */
  public record Row(
      TimelineEntry entry,
      Shown title,
      Shown body,
      String iso,
      String day,
      String planVersion,
      List<Glossary.Term> words,
      List<Quote> quotes) {}

  /**
   * A quotation and what introduces it: "The reason, from your social worker".
   *
   * @param labelKey the message for what the words are; a label the portal has no words for is
   *     introduced as "In their words", never shown as a missing message
   * @param byKey the message for who wrote them ("someone else" for a writer it does not know,
   *     rather than putting words in anyone's mouth)
   * @param words the words, unchanged, in the page's language when they were written in it
   */
  public record Quote(String labelKey, String byKey, Shown words) {}

  /**
   * The page: the filter chosen and the entries it shows, newest first.
   *
   * @param number which page of the filtered timeline this is, from 1
   * @param pages how many pages the filtered timeline fills (at least 1, even when empty)
   * @param first the position of the first entry shown, from 1 (0 when there are none)
   * @param total how many entries the filtered timeline has
   */
  public record Page(String show, List<Row> rows, int number, int pages, int first, int total) {

    /** The position of the last entry shown. */
    public int last() {
      return first + rows.size() - 1;
    }

    /**
     * The page numbers to link to: the first, the last, this one and its neighbours, with 0 where
     * numbers are left out (shown as an ellipsis, as GOV.UK's pagination does), so a timeline of
     * hundreds of updates does not give a wall of links.
     */
    public List<Integer> numbers() {
      List<Integer> numbers = new ArrayList<>();
      for (int n = 1; n <= pages; n++) {
        if (n == 1 || n == pages || Math.abs(n - number) <= 1) {
          numbers.add(n);
        } else if (numbers.get(numbers.size() - 1) != 0) {
          numbers.add(0);
        }
      }
      return numbers;
    }
  }

  /**
   * Entries on one page. A case followed for a year or two gathers hundreds; one page of them all
   * would be long to scroll on a phone and slow to send.
   */
  public static final int PER_PAGE = 20;

  private final TextHelper text;
  private final GlossaryTerms glossary;
  private final Quotations quotations;

  public TimelineRows(TextHelper text, GlossaryTerms glossary, Quotations quotations) {
    this.text = text;
    this.glossary = glossary;
    this.quotations = quotations;
  }

  public Page page(ParentViews.Timeline timeline, String lang) {
    return page(timeline, lang, 1);
  }

  /**
   * One page of the timeline. A page number past the end shows the last page, so an old link or a
   * timeline that a filter made shorter still shows the oldest entries rather than nothing.
   */
  public Page page(ParentViews.Timeline timeline, String lang, int requested) {
    List<TimelineEntry> entries = timeline.entries();
    int pages = Math.max(1, (entries.size() + PER_PAGE - 1) / PER_PAGE);
    int number = Math.min(Math.max(1, requested), pages);
    int from = (number - 1) * PER_PAGE;
    List<Row> rows =
        entries.subList(from, Math.min(entries.size(), from + PER_PAGE)).stream()
            .map(e -> row(e, lang))
            .toList();
    return new Page(
        timeline.show(), rows, number, pages, rows.isEmpty() ? 0 : from + 1, entries.size());
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
        words(entry.glossaryKeys(), lang),
        quotes(entry.quotes(), lang));
  }

  /**
   * One quotation for each thing said: the version in the page's language when there is one. Staff
   * write in English and add Welsh later, so a Welsh page without their Welsh yet says it is on its
   * way; a family member's words are in their own language and are shown as they are.
   */
  private List<Quote> quotes(List<Quoted> quotes, String lang) {
    if (quotes == null || quotes.isEmpty()) {
      return List.of();
    }
    Map<String, List<Quoted>> said = new LinkedHashMap<>();
    for (Quoted q : quotes) {
      said.computeIfAbsent(q.by() + '\u0000' + q.label(), k -> new ArrayList<>()).add(q);
    }
    List<Quote> shown = new ArrayList<>(said.size());
    for (List<Quoted> versions : said.values()) {
      Quoted q =
          versions.stream().filter(v -> lang.equals(v.lang())).findFirst().orElse(versions.get(0));
      boolean staff = "WORKER".equals(q.by()) || "CHAIR".equals(q.by());
      shown.add(
          new Quote(
              quotations.familyLabelKey(q),
              quotations.byKey(q),
              new Shown(q.text(), q.lang(), staff && !lang.equals(q.lang()) && "cy".equals(lang))));
    }
    return shown;
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
