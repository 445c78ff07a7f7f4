package casejourney.projections.erasure;

import static casejourney.projections.support.Projections.CASE;
import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.views.TimelineEntry;
import casejourney.api.views.TimelineView;
import casejourney.api.views.WorkerDashboardView.CaseloadItem;
import casejourney.projections.access.AccessProjection;
import casejourney.projections.clocks.StatutoryClocksProjection;
import casejourney.projections.dashboard.WorkerDashboardProjection;
import casejourney.projections.overview.CaseOverviewProjection;
import casejourney.projections.plan.ExpectationLedgerProjection;
import casejourney.projections.plan.PlanHistoryProjection;
import casejourney.projections.support.Erasure;
import casejourney.projections.support.Feed;
import casejourney.projections.support.InMemoryViewStore;
import casejourney.projections.support.Projections;
import casejourney.projections.support.WelshJourney;
import casejourney.projections.timeline.TimelineProjection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

/**
 * Every read model together, as one MongoDB database holds them, reading a case whose key is gone:
 * each personal field null, then the case's erasure.
 */
class ErasedJourneyTest {

  private final InMemoryViewStore store = new InMemoryViewStore();
  private final List<Object> projections = projections(store);

  private static List<Object> projections(InMemoryViewStore store) {
    return List.of(
        new TimelineProjection(store),
        new PlanHistoryProjection(store),
        new ExpectationLedgerProjection(store),
        new StatutoryClocksProjection(store, Projections.RULES),
        new WorkerDashboardProjection(store, Projections.RULES),
        new CaseOverviewProjection(store),
        new AccessProjection(store));
  }

  private void feed(List<DomainEventMessage<?>> events) {
    projections.forEach(p -> Feed.all(p, events));
  }

  @Test
  void aReplayOfTheUnreadableCaseThenItsErasureLeavesNothingOfItAndTheOtherCaseAsItWas() {
    feed(Erasure.otherCase());
    Map<String, Map<String, String>> otherAlone = Erasure.readModels(store);
    feed(Erasure.unreadable(Erasure.closedAndErased()));
    assertThat(Erasure.mentioning(store, CASE)).isEmpty();
    assertThat(Erasure.readModels(store)).isEqualTo(otherAlone);
    assertThat(Erasure.erasures(store))
        .hasSize(projections.size())
        .allSatisfy((collection, erased) -> assertThat(erased).containsOnlyKeys(CASE));
  }

  @Test
  void everyReadModelEndsTheSameWhetherItReadTheCaseBeforeOrAfterItsKeyWasDestroyed() {
    feed(Erasure.otherCase());
    feed(Erasure.closedAndErased());
    InMemoryViewStore replayed = new InMemoryViewStore();
    List<Object> again = projections(replayed);
    again.forEach(p -> Feed.all(p, Erasure.otherCase()));
    again.forEach(p -> Feed.all(p, Erasure.unreadable(Erasure.closedAndErased())));
    assertThat(replayed.documents()).isEqualTo(store.documents());
  }

  @Test
  void aResetAndReplayRebuildsTheSameDocumentsAndTheSameRecordOfTheErasure() {
    List<DomainEventMessage<?>> topic =
        Stream.of(Erasure.otherCase(), Erasure.unreadable(Erasure.closedAndErased()))
            .flatMap(List::stream)
            .toList();
    feed(topic);
    Map<String, Map<String, String>> before = store.documents();
    projections.forEach(ErasedJourneyTest::reset);
    assertThat(store.documents()).isEmpty();
    feed(topic);
    assertThat(store.documents()).isEqualTo(before);
  }

  @Test
  void aResetAndReplayOfACaseWithWelshAddedLaterRebuildsTheSameDocuments() {
    feed(Erasure.otherCase());
    feed(WelshJourney.translated());
    Map<String, Map<String, String>> before = store.documents();
    projections.forEach(ErasedJourneyTest::reset);
    feed(Erasure.otherCase());
    feed(WelshJourney.translated());
    assertThat(store.documents()).isEqualTo(before);
    // And delivered again, nothing changes.
    feed(WelshJourney.translated());
    assertThat(store.documents()).isEqualTo(before);
  }

  @Test
  void anUnreadableCaseNotYetErasedIsShownWithoutItsWordsAndWithoutInventedOnes() {
    feed(Erasure.unreadable(Erasure.disputedJourney()));
    List<TimelineView> timelines =
        store.all(TimelineView.COLLECTION).keySet().stream()
            .map(id -> store.get(TimelineView.COLLECTION, id, TimelineView.class))
            .toList();
    assertThat(timelines).hasSize(5);
    List<TimelineEntry> entries = timelines.stream().flatMap(t -> t.entries().stream()).toList();
    assertThat(entries).hasSizeGreaterThan(50);
    assertThat(entries).allSatisfy(e -> assertThat(e.quotes()).isEmpty());
    assertThat(entries)
        .flatMap(
            e -> Stream.concat(e.title().values().stream(), e.body().values().stream()).toList())
        .allSatisfy(text -> assertThat(text).isNotBlank().doesNotContainIgnoringCase("null"));
  }

  @Test
  void anUnreadableCaseAsksNoWorkerToTranslateWordsThatAreGone() {
    feed(Erasure.unreadable(Erasure.disputedJourney()));
    CaseloadItem item = store.get(CaseloadItem.COLLECTION, CASE, CaseloadItem.class);
    assertThat(item.missingTranslations()).isEmpty();
    assertThat(item.lateReports()).singleElement().satisfies(r -> assertThat(r.title()).isNull());
  }

  private static void reset(Object projection) {
    try {
      projection.getClass().getMethod("reset").invoke(projection);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
