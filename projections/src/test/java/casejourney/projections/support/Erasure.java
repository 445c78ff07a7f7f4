package casejourney.projections.support;

import static casejourney.projections.support.Projections.CASE;
import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.BilingualText;
import casejourney.api.DisputeAnswer;
import casejourney.api.DisputedItem;
import casejourney.api.WelshText;
import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.CaseRecordErasedEvent;
import casejourney.api.events.WelshTextAddedEvent;
import casejourney.api.personal.PersonalData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/**
 * The demo case closed and, 35 years on, erased; and a second demo case beside it, with the same
 * staff and family sign-ins, so that the two share caseloads and access documents.
 */
public final class Erasure {

  public static final String OTHER = "case-other";
  public static final Instant CLOSED_AT = Instant.parse("2026-05-01T10:00:00Z");
  public static final Instant ERASED_AT = Instant.parse("2061-05-02T02:00:00Z");

  private Erasure() {}

  /** The other case's whole journey. */
  public static List<DomainEventMessage<?>> otherCase() {
    return DemoJourney.messages(OTHER);
  }

  public static CaseRecordErasedEvent erased(String caseId) {
    return new CaseRecordErasedEvent(caseId, CLOSED_AT, LocalDate.of(2061, 5, 1), ERASED_AT);
  }

  /**
   * The demo case's journey, then Rhian says something in its report is wrong and the worker takes
   * more time and answers, and Alex says something else is wrong and the worker takes more time,
   * the worker's words in English only: words of the family's and the worker's that the erasure
   * must take too.
   */
  public static List<DomainEventMessage<?>> disputedJourney() {
    return Projections.journeyThen(disputeEvents());
  }

  private static Object[] disputeEvents() {
    return new Object[] {
      Projections.disputed(
          "d-report",
          DemoJourney.RHIAN,
          DisputedItem.REPORT,
          "The report says I missed the appointment.",
          "That I went to it.",
          9),
      Projections.extended(
          "d-report",
          DemoJourney.RHIAN,
          BilingualText.en("We need to ask the clinic who came."),
          9),
      Projections.answered(
          "d-report",
          DemoJourney.RHIAN,
          DisputeAnswer.NOT_CHANGED,
          BilingualText.en("The nurse’s note says you did not come."),
          9),
      Projections.disputed(
          "d-other", DemoJourney.ALEX, DisputedItem.OTHER, "My address is wrong.", null, 10),
      Projections.extended(
          "d-other", DemoJourney.ALEX, BilingualText.en("We need to ask the council tax team."), 10)
    };
  }

  /**
   * The demo case's journey and its dispute, Welsh added later to the worker's and chair's words,
   * its closure (the reason's Welsh added after it), then its erasure.
   */
  public static List<DomainEventMessage<?>> closedAndErased() {
    List<Object> more = new ArrayList<>(List.of(disputeEvents()));
    more.add(
        welsh(WelshText.DISPUTE_ANSWER, "d-report", "Mae nodyn y nyrs yn dweud na ddaethoch."));
    more.add(welsh(WelshText.DISPUTE_EXTENSION_REASON, "d-other", "Mae angen i ni ofyn i’r tîm."));
    more.add(welsh(WelshText.OUTCOME_REASONS, DemoJourney.ICPC, "Mae angen mwy o help ar Taylor."));
    more.add(welsh(WelshText.PLAN_CHANGE_REASON, "e-course", "Mae’r cwrs yn dechrau’n gynt."));
    more.add(new CaseClosedEvent(CASE, BilingualText.en("The family is safe now."), CLOSED_AT));
    more.add(welsh(WelshText.CASE_CLOSED_REASON, CASE, "Mae’r teulu’n ddiogel nawr."));
    more.add(erased(CASE));
    return Projections.journeyThen(more.toArray());
  }

  private static WelshTextAddedEvent welsh(WelshText kind, String ref, String welsh) {
    return new WelshTextAddedEvent(CASE, kind, ref, null, null, welsh, CLOSED_AT.minusSeconds(60));
  }

  /** The demo case's erasure alone, as {@link #closedAndErased} numbers it. */
  public static DomainEventMessage<?> erasure() {
    List<DomainEventMessage<?>> all = closedAndErased();
    return all.get(all.size() - 1);
  }

  /**
   * Events of the case read after its erasure: the whole journey delivered again (as an outbox
   * sending old events twice would), then the same events again numbered after the erasure (as a
   * producer's mistake might send them).
   */
  public static List<DomainEventMessage<?>> afterErasure() {
    List<DomainEventMessage<?>> late = new ArrayList<>(Projections.journey());
    List<Object> again = DemoJourney.events(CASE);
    long next = closedAndErased().size();
    for (int i = 0; i < again.size(); i++) {
      late.add(DemoJourney.message(CASE, next + i, again.get(i)));
    }
    return late;
  }

  /**
   * The events as a replay reads them once the case's key is destroyed: every personal field null,
   * the same ids, sequence numbers and times.
   */
  public static List<DomainEventMessage<?>> unreadable(List<DomainEventMessage<?>> events) {
    return events.stream()
        .<DomainEventMessage<?>>map(
            m ->
                new GenericDomainEventMessage<>(
                    m.getType(),
                    m.getAggregateIdentifier(),
                    m.getSequenceNumber(),
                    PersonalData.withoutPersonalData(m.getPayload()),
                    m.getMetaData(),
                    m.getIdentifier(),
                    m.getTimestamp()))
        .toList();
  }

  /** Every read-model document the store holds, leaving out the records of erased cases. */
  public static Map<String, Map<String, String>> readModels(InMemoryViewStore store) {
    Map<String, Map<String, String>> all = new TreeMap<>(store.documents());
    all.keySet().removeIf(name -> name.startsWith("erased_"));
    return all;
  }

  /** The records of erased cases, by collection. */
  public static Map<String, Map<String, String>> erasures(InMemoryViewStore store) {
    Map<String, Map<String, String>> all = new TreeMap<>(store.documents());
    all.keySet().removeIf(name -> !name.startsWith("erased_"));
    return all;
  }

  /** Every document (or part of one, by its JSON) that names the case, other than erasures. */
  public static Map<String, List<String>> mentioning(InMemoryViewStore store, String caseId) {
    Map<String, List<String>> found = new TreeMap<>();
    readModels(store)
        .forEach(
            (collection, documents) ->
                documents.forEach(
                    (id, json) -> {
                      if (id.contains(caseId) || json.contains("\"" + caseId + "\"")) {
                        found.put(collection + "/" + id, List.of(json));
                      }
                    }));
    return found;
  }

  /**
   * Erasing the case, with another case beside it, leaves exactly what the other case alone would
   * have left.
   */
  public static void assertErasureLeavesTheOtherCaseAlone(
      Object projection, InMemoryViewStore store) {
    Feed.all(projection, otherCase());
    Map<String, Map<String, String>> otherAlone = readModels(store);
    Feed.all(projection, closedAndErased());
    assertThat(readModels(store)).isEqualTo(otherAlone);
  }

  /**
   * The erasure delivered again, and the erased case's events read again after it, change nothing
   * and make nothing of the case again.
   */
  public static void assertRedeliveryChangesNothing(Object projection, InMemoryViewStore store) {
    Feed.all(projection, closedAndErased());
    Map<String, Map<String, String>> erased = store.documents();
    Feed.all(projection, List.of(erasure()));
    Feed.all(projection, afterErasure());
    assertThat(store.documents()).isEqualTo(erased);
    assertThat(mentioning(store, CASE)).isEmpty();
  }
}
