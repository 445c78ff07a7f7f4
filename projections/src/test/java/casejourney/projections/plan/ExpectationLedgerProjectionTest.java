package casejourney.projections.plan;

import static casejourney.projections.support.Projections.CASE;
import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.BilingualText;
import casejourney.api.WelshText;
import casejourney.api.events.PlanVersionPublishedEvent;
import casejourney.api.events.WelshTextAddedEvent;
import casejourney.api.plan.ChangeKind;
import casejourney.api.plan.PlanComparison;
import casejourney.api.views.ExpectationLedgerView;
import casejourney.api.views.ExpectationLedgerView.Line;
import casejourney.api.views.ExpectationStatus;
import casejourney.projections.support.DemoJourney;
import casejourney.projections.support.Erasure;
import casejourney.projections.support.Feed;
import casejourney.projections.support.InMemoryViewStore;
import casejourney.projections.support.Projections;
import casejourney.projections.support.Sequences;
import casejourney.projections.support.WelshJourney;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

class ExpectationLedgerProjectionTest {

  private final InMemoryViewStore store = new InMemoryViewStore();
  private final ExpectationLedgerProjection projection = new ExpectationLedgerProjection(store);

  private ExpectationLedgerView ledger() {
    return store.get(ExpectationLedgerView.COLLECTION, CASE, ExpectationLedgerView.class);
  }

  @Test
  void theFamilysSideSitsNextToWhatTheCouncilPromised() {
    Feed.all(projection, Projections.journey());
    assertThat(ledger().planVersion()).isEqualTo(2);
    assertThat(ledger().family()).extracting(Line::expectationId).containsExactly("e-course");
    assertThat(ledger().council()).extracting(Line::expectationId).containsExactly("e-fgc");
  }

  @Test
  void eachExpectationCountsItsChangesAndKeepsTheLastReason() {
    Feed.all(projection, Projections.journey());
    Line course = ledger().family().get(0);
    assertThat(course.timesChanged()).isEqualTo(1);
    assertThat(course.lastChangeKind()).isEqualTo(ChangeKind.DEADLINE_BROUGHT_FORWARD);
    assertThat(course.lastChangedInVersion()).isEqualTo(2);
    assertThat(course.lastChangeReason().en()).contains("starts earlier");
    assertThat(ledger().council().get(0).lastChangeKind())
        .isEqualTo(ChangeKind.SUPPORT_WITHDRAWN_OR_DELAYED);
  }

  @Test
  void statusIsMetOnceMarkedAndOverdueIsWorkedOutOnTheDayItIsRead() {
    Feed.all(projection, Projections.first(24));
    Line course = ledger().family().get(0);
    assertThat(course.status(LocalDate.of(2026, 5, 1))).isEqualTo(ExpectationStatus.DUE);
    assertThat(course.status(LocalDate.of(2026, 6, 1))).isEqualTo(ExpectationStatus.OVERDUE);
    Feed.all(projection, Projections.journey());
    assertThat(ledger().family().get(0).status(LocalDate.of(2026, 6, 1)))
        .isEqualTo(ExpectationStatus.MET);
  }

  @Test
  void aMetExpectationRequiredAgainInALaterVersionIsReopened() {
    var v3 =
        new PlanVersionPublishedEvent(
            CASE,
            3,
            DemoJourney.planV2(),
            PlanComparison.compare(DemoJourney.planV2(), Set.of("e-course"), DemoJourney.planV2()),
            Map.of("e-course", BilingualText.en("The course leader asked Alex to go again.")),
            null,
            null,
            DemoJourney.PRIYA,
            Instant.parse("2026-04-20T10:00:00Z"),
            null);
    Feed.all(projection, Projections.journeyThen(v3));
    Line course = ledger().family().get(0);
    assertThat(course.met()).isFalse();
    assertThat(course.reopened()).isTrue();
    assertThat(course.timesChanged()).isEqualTo(2);
    assertThat(course.status(LocalDate.of(2026, 4, 21))).isEqualTo(ExpectationStatus.REOPENED);
  }

  @Test
  void redeliveringEveryEventChangesNothing() {
    Feed.all(projection, Projections.journey());
    Map<String, String> once = store.all(ExpectationLedgerView.COLLECTION);
    Feed.all(projection, Projections.journey());
    assertThat(store.all(ExpectationLedgerView.COLLECTION)).isEqualTo(once);
  }

  @Test
  void erasingTheCaseRemovesItsLedgerAndLeavesAnotherCaseAsItWas() {
    Erasure.assertErasureLeavesTheOtherCaseAlone(projection, store);
    assertThat(store.all(ExpectationLedgerView.COLLECTION)).containsOnlyKeys(Erasure.OTHER);
  }

  @Test
  void anErasedCasesEventsReadAgainAfterItsErasureChangeNothing() {
    Erasure.assertRedeliveryChangesNothing(projection, store);
  }

  @Test
  void welshAddedLaterReadsAsIfTheWorkerHadWrittenItWithTheCurrentVersion() {
    Feed.all(projection, WelshJourney.givenAtFirst());
    ExpectationLedgerView givenAtFirst = ledger();
    projection.reset();
    Feed.all(projection, WelshJourney.translated());
    assertThat(Sequences.without(ledger())).isEqualTo(Sequences.without(givenAtFirst));
    Line course = ledger().family().get(0);
    assertThat(course.whatCy()).isEqualTo(WelshJourney.WELSH.get(WelshText.PLAN_EXPECTATION));
    assertThat(course.lastChangeReason())
        .isEqualTo(
            new BilingualText(
                "The course now starts earlier, so it ends by 31 May.",
                WelshJourney.WELSH.get(WelshText.PLAN_CHANGE_REASON)));
    assertThat(course.howWeKnowCy()).isEqualTo(WelshJourney.WELSH.get(WelshText.PLAN_HOW_WE_KNOW));
    assertThat(course.supportCy()).isEqualTo(WelshJourney.WELSH.get(WelshText.PLAN_SUPPORT));
    assertThat(course.consequenceCy()).as("no consequence is stated to translate").isNull();
    // The council's line already had its Welsh, and keeps it.
    assertThat(ledger().council().get(0).whatCy()).isEqualTo("Trefnu cynhadledd grŵp teulu");
    assertThat(ledger().council().get(0).howWeKnowCy())
        .isEqualTo("Mae dyddiad wedi'i bennu gyda'r teulu");
  }

  @Test
  void aReasonFromAnEarlierVersionIsThatVersionsAndGetsNoWelshFromTheCurrentOne() {
    var v3 =
        new PlanVersionPublishedEvent(
            CASE,
            3,
            DemoJourney.planV2(),
            List.of(),
            Map.of(),
            null,
            null,
            DemoJourney.PRIYA,
            Instant.parse("2026-04-20T10:00:00Z"),
            null);
    Feed.all(
        projection,
        Projections.journeyThen(
            v3, WelshJourney.welsh(WelshText.PLAN_CHANGE_REASON, "Rheswm fersiwn 2", 1)));
    assertThat(ledger().family().get(0).lastChangedInVersion()).isEqualTo(2);
    assertThat(ledger().family().get(0).lastChangeReason().cy()).isNull();
  }

  @Test
  void aLaterWelshVersionReplacesTheEarlierOneAndDeliveringItAgainChangesNothing() {
    List<DomainEventMessage<?>> events =
        Projections.journeyThen(
            WelshJourney.welsh(WelshText.PLAN_EXPECTATION, "Drafft", 1),
            WelshJourney.welsh(WelshText.PLAN_EXPECTATION, "Mynd i’r cwrs magu plant", 2));
    Feed.all(projection, events);
    assertThat(ledger().family().get(0).whatCy()).isEqualTo("Mynd i’r cwrs magu plant");
    Map<String, String> once = store.all(ExpectationLedgerView.COLLECTION);
    Feed.all(projection, events);
    assertThat(store.all(ExpectationLedgerView.COLLECTION)).isEqualTo(once);
  }

  @Test
  void welshForTextTheLedgerDoesNotHoldOrThatCannotBeReadWritesNothing() {
    Feed.all(projection, Projections.journey());
    Map<String, String> before = store.all(ExpectationLedgerView.COLLECTION);
    Feed.all(
        projection,
        Projections.journeyThen(
            WelshJourney.welsh(WelshText.OUTCOME_REASONS, "Rhesymau", 1),
            new WelshTextAddedEvent(
                CASE, WelshText.PLAN_EXPECTATION, "e-unknown", null, null, "Cymraeg", null),
            new WelshTextAddedEvent(
                CASE, WelshText.PLAN_EXPECTATION, "e-course", null, null, null, null)));
    assertThat(store.all(ExpectationLedgerView.COLLECTION)).isEqualTo(before);
    // No plan yet: no ledger, and none is made.
    projection.reset();
    Feed.all(
        projection,
        List.of(
            DemoJourney.message(
                CASE, 0, WelshJourney.welsh(WelshText.PLAN_EXPECTATION, "Cymraeg", 1))));
    assertThat(store.all(ExpectationLedgerView.COLLECTION)).isEmpty();
  }
}
