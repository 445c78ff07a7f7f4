package casejourney.projections.timeline;

import static casejourney.projections.support.DemoJourney.ALEX;
import static casejourney.projections.support.DemoJourney.ICPC;
import static casejourney.projections.support.DemoJourney.RHIAN;
import static casejourney.projections.support.DemoJourney.TAYLOR;
import static casejourney.projections.support.Projections.CASE;
import static casejourney.projections.support.WelshJourney.WELSH;
import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.BilingualText;
import casejourney.api.ExclusionScope;
import casejourney.api.WelshText;
import casejourney.api.events.WelshTextAddedEvent;
import casejourney.api.views.TimelineEntry;
import casejourney.api.views.TimelineView;
import casejourney.projections.support.Erasure;
import casejourney.projections.support.Feed;
import casejourney.projections.support.InMemoryViewStore;
import casejourney.projections.support.Projections;
import casejourney.projections.support.WelshJourney;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.groups.Tuple;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

/**
 * Welsh added later to a worker's or chair's words (ADR 0018): put beside the English in each entry
 * that quotes them, on every timeline that has that entry, as if it had been written with the
 * English. No new entry: the family heard the news when it happened.
 */
class TimelineWelshTest {

  private static final String WORKER = TimelineView.workerId(CASE);
  private static final String CHAIR = TimelineView.chairId(CASE);
  private static final List<String> TIMELINES =
      List.of(WORKER, CHAIR, family(ALEX), family(RHIAN), family(TAYLOR));

  private final InMemoryViewStore store = new InMemoryViewStore();
  private final TimelineProjection projection = new TimelineProjection(store);

  private static String family(String personId) {
    return TimelineView.familyId(CASE, personId);
  }

  private TimelineView timeline(String id) {
    return store.get(TimelineView.COLLECTION, id, TimelineView.class);
  }

  /** Every timeline's entries, by id. */
  private Map<String, List<TimelineEntry>> entries() {
    Map<String, List<TimelineEntry>> all = new TreeMap<>();
    TIMELINES.forEach(id -> all.put(id, timeline(id).entries()));
    return all;
  }

  private TimelineEntry newest(String timelineId, String kind) {
    return timeline(timelineId).entries().stream()
        .filter(e -> e.kind().equals(kind))
        .findFirst()
        .orElseThrow();
  }

  private static List<Tuple> quotes(TimelineEntry entry) {
    return entry.quotes().stream().map(q -> Tuple.tuple(q.label(), q.lang(), q.text())).toList();
  }

  @Test
  void everyTimelineReadsAsIfTheWelshHadBeenWrittenWithTheEnglish() {
    Feed.all(projection, WelshJourney.givenAtFirst());
    Map<String, List<TimelineEntry>> givenAtFirst = entries();
    projection.reset();
    Feed.all(projection, WelshJourney.untranslated());
    Map<String, List<TimelineEntry>> untranslated = entries();
    Feed.all(projection, WelshJourney.translated());

    assertThat(entries()).isEqualTo(givenAtFirst).isNotEqualTo(untranslated);
    // The same entries, none new: only their quotations changed.
    TIMELINES.forEach(
        id ->
            assertThat(timeline(id).entries())
                .extracting(TimelineEntry::entryId)
                .as(id)
                .isEqualTo(untranslated.get(id).stream().map(TimelineEntry::entryId).toList()));
  }

  @Test
  void theWelshSitsRightAfterTheEnglishItTranslatesForEachReaderWhoHasTheEntry() {
    Feed.all(projection, WelshJourney.translated());
    for (String id : List.of(family(RHIAN), WORKER, CHAIR)) {
      assertThat(quotes(newest(id, "REPORT_REDACTED")))
          .as(id)
          .containsExactly(
              Tuple.tuple("report", "en", "Social work report"),
              Tuple.tuple("reason", "en", "The part about where Alex now lives is held back."),
              Tuple.tuple("reason", "cy", WELSH.get(WelshText.REDACTION_REASON)));
    }
    for (String id : List.of(family(ALEX), family(RHIAN), WORKER, CHAIR)) {
      // Version 2 quotes the reasons for both changes that make it harder; only one lacked Welsh.
      assertThat(quotes(newest(id, "PLAN_UPDATED")))
          .as(id)
          .containsExactly(
              Tuple.tuple(
                  "reason:e-course", "en", "The course now starts earlier, so it ends by 31 May."),
              Tuple.tuple("reason:e-course", "cy", WELSH.get(WelshText.PLAN_CHANGE_REASON)),
              Tuple.tuple(
                  "reason:e-fgc", "en", "The family group conference team is full until July."),
              Tuple.tuple(
                  "reason:e-fgc",
                  "cy",
                  "Mae tîm y gynhadledd grŵp teulu yn llawn tan fis Gorffennaf."));
    }
    assertThat(quotes(newest(family(TAYLOR), "CHAIR_RESPONDED")))
        .extracting(t -> t.toList().get(1))
        .containsExactly("en", "cy");
    assertThat(newest(family(TAYLOR), "CHAIR_RESPONDED").quotes().get(1).text())
        .isEqualTo(WELSH.get(WelshText.CHAIR_RESPONSE));
    assertThat(quotes(newest(family(ALEX), "EXCLUDED_FROM_MEETING")))
        .contains(Tuple.tuple("reason", "cy", WELSH.get(WelshText.EXCLUSION_REASON)));
    assertThat(quotes(newest(family(RHIAN), "DISPUTE_ANSWERED")))
        .endsWith(
            Tuple.tuple("correction", "en", "You were there. We have corrected the report."),
            Tuple.tuple("correction", "cy", WELSH.get(WelshText.DISPUTE_ANSWER)));
    assertThat(quotes(newest(family(ALEX), "CASE_CLOSED")))
        .containsExactly(
            Tuple.tuple("reason", "en", "The family is safe now."),
            Tuple.tuple("reason", "cy", WELSH.get(WelshText.CASE_CLOSED_REASON)));
  }

  @Test
  void welshForTheLastMoveReachesThatMovesEntryAloneNotEarlierMovesWithTheSameWords() {
    List<DomainEventMessage<?>> events =
        Projections.reportRetimedByMoves(
            2); // two moves, both "The family asked to change the day."
    List<DomainEventMessage<?>> withWelsh = new java.util.ArrayList<>(events);
    withWelsh.add(
        casejourney.projections.support.DemoJourney.message(
            CASE,
            events.size(),
            new WelshTextAddedEvent(
                CASE,
                WelshText.MEETING_MOVED_REASON,
                ICPC,
                null,
                null,
                "Gofynnodd y teulu am newid y diwrnod.",
                Instant.parse("2026-03-24T18:00:00Z"))));
    Feed.all(projection, withWelsh);
    List<TimelineEntry> moves =
        timeline(WORKER).entries().stream().filter(e -> e.kind().equals("MEETING_MOVED")).toList();
    assertThat(moves).hasSize(3);
    assertThat(moves.get(0).quotes())
        .anySatisfy(q -> assertThat(q.text()).isEqualTo("Gofynnodd y teulu am newid y diwrnod."));
    // Earlier moves keep what they had: the second none, the first its own Welsh.
    assertThat(moves.get(1).quotes()).noneMatch(q -> q.lang().equals("cy"));
    assertThat(moves.get(2).quotes())
        .extracting(TimelineEntry.Quoted::text)
        .contains("Mae’r cadeirydd yn sâl.");
  }

  @Test
  void welshForOnePersonsExclusionReachesTheirEntryNotAnotherPersonsWithTheSameWords() {
    BilingualText sameWords = BilingualText.en("Taylor wants to talk alone.");
    Feed.all(
        projection,
        Projections.beforeTheConferenceThen(
            Projections.excluded(ALEX, ExclusionScope.PART_OF_MEETING, sameWords, 10),
            Projections.excluded(RHIAN, ExclusionScope.PART_OF_MEETING, sameWords, 11),
            new WelshTextAddedEvent(
                CASE,
                WelshText.EXCLUSION_REASON,
                ICPC,
                ALEX,
                null,
                "Mae Taylor eisiau siarad ar ei ben ei hun.",
                Instant.parse("2026-03-24T12:00:00Z"))));
    List<TimelineEntry> told =
        timeline(WORKER).entries().stream()
            .filter(e -> e.kind().equals("EXCLUDED_FROM_MEETING"))
            .toList();
    assertThat(told)
        .extracting(e -> e.links().get("personId"), e -> e.quotes().size())
        .containsExactly(Tuple.tuple(RHIAN, 1), Tuple.tuple(ALEX, 2));
    assertThat(newest(family(ALEX), "EXCLUDED_FROM_MEETING").quotes()).hasSize(2);
    assertThat(newest(family(RHIAN), "EXCLUDED_FROM_MEETING").quotes()).hasSize(1);
  }

  @Test
  void aLaterWelshVersionOfTheSameWordsReplacesTheEarlierOne() {
    Feed.all(
        projection,
        WelshJourney.untranslatedThen(
            WelshJourney.welsh(WelshText.CASE_CLOSED_REASON, "Drafft cyntaf.", 1),
            WelshJourney.welsh(WelshText.CASE_CLOSED_REASON, "Mae’r teulu’n ddiogel nawr.", 2)));
    assertThat(quotes(newest(family(TAYLOR), "CASE_CLOSED")))
        .containsExactly(
            Tuple.tuple("reason", "en", "The family is safe now."),
            Tuple.tuple("reason", "cy", "Mae’r teulu’n ddiogel nawr."));
  }

  @Test
  void theWelshDeliveredAgainChangesNothing() {
    Feed.all(projection, WelshJourney.translated());
    Map<String, String> once = store.all(TimelineView.COLLECTION);
    Feed.all(projection, WelshJourney.translated());
    assertThat(store.all(TimelineView.COLLECTION)).isEqualTo(once);
  }

  @Test
  void welshForWordsNoTimelineQuotesOrThatCannotBeReadChangesNoTimeline() {
    Feed.all(projection, WelshJourney.untranslated());
    Map<String, String> before = store.all(TimelineView.COLLECTION);
    Instant at = Instant.parse("2026-06-01T09:00:00Z");
    Feed.all(
        projection,
        WelshJourney.untranslatedThen(
            // Shown on the plan's pages, not quoted on a timeline.
            WelshJourney.welsh(WelshText.PLAN_EXPECTATION, "Mynd i’r cwrs", 1),
            new WelshTextAddedEvent(
                CASE, WelshText.MEETING_CANCELLED_REASON, "m-unknown", null, null, "Cymraeg", at),
            new WelshTextAddedEvent(
                CASE, WelshText.EXCLUSION_REASON, ICPC, TAYLOR, null, "Cymraeg", at),
            new WelshTextAddedEvent(
                CASE, WelshText.DISPUTE_EXTENSION_REASON, "d-unknown", null, null, "Cymraeg", at),
            new WelshTextAddedEvent(
                CASE, WelshText.CASE_CLOSED_REASON, "another-case", null, null, "Cymraeg", at),
            new WelshTextAddedEvent(CASE, null, ICPC, null, null, "Cymraeg", at)));
    assertThat(store.all(TimelineView.COLLECTION)).isEqualTo(before);

    projection.reset();
    Feed.all(projection, Erasure.unreadable(WelshJourney.untranslated()));
    Map<String, String> unreadable = store.all(TimelineView.COLLECTION);
    projection.reset();
    Feed.all(projection, Erasure.unreadable(WelshJourney.translated()));
    assertThat(store.all(TimelineView.COLLECTION)).isEqualTo(unreadable);
  }
}
