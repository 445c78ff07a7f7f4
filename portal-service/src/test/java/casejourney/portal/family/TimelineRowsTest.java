package casejourney.portal.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import casejourney.api.views.TimelineCategory;
import casejourney.api.views.TimelineEntry;
import casejourney.api.views.TimelineEntry.Quoted;
import casejourney.portal.glossary.GlossaryTerms;
import casejourney.portal.web.Quotations;
import casejourney.portal.web.TextHelper;
import casejourney.portal.web.TextHelper.Shown;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineRowsTest {

  private final TimelineRows rows =
      new TimelineRows(new TextHelper(), new GlossaryTerms(), new Quotations());

  private static TimelineEntry entry(Map<String, String> title, Map<String, String> links) {
    return new TimelineEntry(
        "e-1",
        "PLAN_PUBLISHED",
        TimelineCategory.PLANS,
        Instant.parse("2026-05-03T09:00:00Z"),
        null,
        null,
        title,
        null,
        List.of(),
        List.of("initial-conference", "no-such-term"),
        links,
        true);
  }

  private TimelineRows.Row only(TimelineEntry entry, String lang) {
    return rows.page(new ParentViews.Timeline("all", List.of(entry)), lang).rows().get(0);
  }

  @Test
  void page_links_name_the_first_the_last_and_the_pages_beside_this_one_with_gaps_between() {
    assertThat(pageOf(5, 10).numbers()).containsExactly(1, 0, 4, 5, 6, 0, 10);
    assertThat(pageOf(1, 10).numbers()).containsExactly(1, 2, 0, 10);
    assertThat(pageOf(10, 10).numbers()).containsExactly(1, 0, 9, 10);
    assertThat(pageOf(2, 4).numbers()).containsExactly(1, 2, 3, 4);
    assertThat(pageOf(1, 1).numbers()).containsExactly(1);
  }

  private static TimelineRows.Page pageOf(int number, int pages) {
    return new TimelineRows.Page("all", List.of(), number, pages, 0, 0);
  }

  @Test
  void welsh_is_shown_when_written_and_english_marked_as_waiting_for_welsh_when_not() {
    TimelineEntry both = entry(Map.of("en", "Plan updated", "cy", "Cynllun wedi newid"), Map.of());
    TimelineEntry english = entry(Map.of("en", "Plan updated"), Map.of());

    assertThat(only(both, "cy").title()).isEqualTo(new Shown("Cynllun wedi newid", "cy", false));
    assertThat(only(english, "cy").title()).isEqualTo(new Shown("Plan updated", "en", true));
    assertThat(only(english, "en").title()).isEqualTo(new Shown("Plan updated", "en", false));
    assertThat(only(english, "en").body()).isNull();
  }

  @Test
  void the_day_is_written_out_in_the_page_language_beside_its_iso_date() {
    TimelineRows.Row row = only(entry(Map.of("en", "x"), Map.of()), "cy");

    assertThat(row.iso()).isEqualTo("2026-05-03");
    assertThat(row.day()).isEqualTo("3 Mai 2026");
  }

  @Test
  void only_a_later_plan_version_links_to_what_changed() {
    assertThat(only(entry(Map.of("en", "x"), Map.of("planVersion", "2")), "en").planVersion())
        .isEqualTo("2");
    assertThat(only(entry(Map.of("en", "x"), Map.of("planVersion", "1")), "en").planVersion())
        .isNull();
    assertThat(only(entry(Map.of("en", "x"), Map.of()), "en").planVersion()).isNull();
  }

  @Test
  void glossary_words_are_in_the_page_language_and_unknown_keys_are_shown_as_they_are() {
    TimelineRows.Row row = only(entry(Map.of("en", "x"), Map.of()), "cy");

    assertThat(row.words())
        .extracting(w -> w.key() + "=" + w.term())
        .containsExactly(
            "initial-conference=Cynhadledd amddiffyn plant gychwynnol",
            "no-such-term=no-such-term");
  }

  @Test
  void each_quotation_is_introduced_by_its_kind_and_writer_and_shown_once_per_page_language() {
    TimelineEntry entry =
        withQuotes(
            new Quoted("WORKER", "reason:e-course", "en", "Starts earlier."),
            new Quoted("WORKER", "reason:e-fgc", "en", "Team is full."),
            new Quoted("WORKER", "reason:e-fgc", "cy", "Mae'r tîm yn llawn."),
            new Quoted("PARENT", "response", "cy", "Mae hyn yn annheg."),
            new Quoted("SOMEONE", "newKind", "en", "From a newer projection."));

    assertThat(only(entry, "en").quotes())
        .containsExactly(
            new TimelineRows.Quote(
                "quote.label.reason", "quote.by.WORKER", new Shown("Starts earlier.", "en", false)),
            new TimelineRows.Quote(
                "quote.label.reason", "quote.by.WORKER", new Shown("Team is full.", "en", false)),
            // A parent's own words stay in the language they wrote them in.
            new TimelineRows.Quote(
                "quote.label.response",
                "quote.by.PARENT",
                new Shown("Mae hyn yn annheg.", "cy", false)),
            // A label or writer the portal has no words for is introduced generally.
            new TimelineRows.Quote(
                "quote.label.text",
                "quote.by.OTHER",
                new Shown("From a newer projection.", "en", false)));

    assertThat(only(entry, "cy").quotes())
        .extracting(TimelineRows.Quote::words)
        .containsExactly(
            new Shown("Starts earlier.", "en", true),
            new Shown("Mae'r tîm yn llawn.", "cy", false),
            new Shown("Mae hyn yn annheg.", "cy", false),
            new Shown("From a newer projection.", "en", false));
  }

  @Test
  void
      what_a_parent_said_is_wrong_is_introduced_as_their_own_words_and_the_answer_as_the_workers() {
    TimelineEntry entry =
        withQuotes(
            new Quoted("PARENT", "whatIsWrong", "en", "I was at the meeting."),
            new Quoted("PARENT", "whatItShouldSay", "en", "That I went."),
            new Quoted("WORKER", "correction", "en", "You were there."));

    assertThat(only(entry, "en").quotes())
        .extracting(TimelineRows.Quote::labelKey, TimelineRows.Quote::byKey)
        .containsExactly(
            tuple("quote.label.own.whatIsWrong", "quote.by.PARENT"),
            tuple("quote.label.own.whatItShouldSay", "quote.by.PARENT"),
            tuple("quote.label.correction", "quote.by.WORKER"));
  }

  private static TimelineEntry withQuotes(Quoted... quotes) {
    return new TimelineEntry(
        "e-2",
        "PLAN_UPDATED",
        TimelineCategory.PLANS,
        Instant.parse("2026-05-03T09:00:00Z"),
        null,
        null,
        Map.of("en", "Plan updated"),
        null,
        List.of(quotes),
        List.of(),
        Map.of(),
        true);
  }
}
