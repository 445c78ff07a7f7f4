package casejourney.projections.plan;

import static casejourney.projections.support.Projections.CASE;
import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.MeetingType;
import casejourney.api.WelshText;
import casejourney.api.events.WelshTextAddedEvent;
import casejourney.api.plan.ChangeKind;
import casejourney.api.plan.Expectation;
import casejourney.api.plan.PlanChange;
import casejourney.api.views.PlanHistories;
import casejourney.api.views.PlanHistoryView;
import casejourney.api.views.PlanHistoryView.Change;
import casejourney.api.views.PlanHistoryView.PlanVersionView;
import casejourney.projections.support.DemoJourney;
import casejourney.projections.support.Erasure;
import casejourney.projections.support.Feed;
import casejourney.projections.support.InMemoryViewStore;
import casejourney.projections.support.Projections;
import casejourney.projections.support.Sequences;
import casejourney.projections.support.WelshJourney;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

class PlanHistoryProjectionTest {

  private final InMemoryViewStore store = new InMemoryViewStore();
  private final PlanHistoryProjection projection = new PlanHistoryProjection(store);

  private PlanHistoryView history() {
    return store.get(PlanHistoryView.COLLECTION, CASE, PlanHistoryView.class);
  }

  @Test
  void everyVersionIsKeptInFullWithWhereItWasDecided() {
    Feed.all(projection, Projections.journey());
    PlanVersionView v1 = history().versions().get(0);
    assertThat(v1.content()).isEqualTo(DemoJourney.planV1());
    assertThat(v1.decidedAtMeetingType()).isEqualTo(MeetingType.INITIAL_CONFERENCE);
    assertThat(v1.decidedAtMeetingDate()).hasToString("2026-03-25");
    assertThat(v1.betweenConferences()).isFalse();
    PlanVersionView v2 = history().versions().get(1);
    assertThat(v2.betweenConferences()).isTrue();
    assertThat(v2.publishedBy()).isEqualTo(DemoJourney.PRIYA);
  }

  @Test
  void eachChangeKeepsItsKindFlagAndTheWorkersReason() {
    Feed.all(projection, Projections.journey());
    assertThat(history().versions().get(1).changes())
        .extracting(Change::expectationId, Change::kind, Change::flagged)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "e-course", ChangeKind.DEADLINE_BROUGHT_FORWARD, true),
            org.assertj.core.groups.Tuple.tuple(
                "e-fgc", ChangeKind.SUPPORT_WITHDRAWN_OR_DELAYED, true));
    Change course = history().versions().get(1).changes().get(0);
    assertThat(course.before()).isEqualTo("2026-06-30");
    assertThat(course.after()).isEqualTo("2026-05-31");
    assertThat(course.reason().en()).contains("starts earlier");
  }

  @Test
  void acknowledgementsResponsesAndMetExpectationsBelongToTheirVersion() {
    Feed.all(projection, Projections.journey());
    PlanVersionView v2 = history().versions().get(1);
    assertThat(v2.acknowledgements())
        .extracting(PlanHistoryView.Acknowledgement::personId)
        .containsExactly("p-alex");
    assertThat(v2.responses()).singleElement().satisfies(r -> assertThat(r.disagrees()).isTrue());
    assertThat(v2.metExpectationIds()).containsExactly("e-course");
    assertThat(history().versions().get(0).acknowledgements()).hasSize(1);
  }

  @Test
  void comparingAnyTwoVersionsOnRequestGivesWhatTheWriteSideComputed() {
    Feed.all(projection, Projections.journey());
    assertThat(PlanHistories.compare(history(), 1, 2))
        .extracting(PlanChange::kind)
        .containsExactlyElementsOf(
            history().versions().get(1).changes().stream().map(Change::kind).toList());
  }

  @Test
  void redeliveringEveryEventChangesNothing() {
    Feed.all(projection, Projections.journey());
    Map<String, String> once = store.all(PlanHistoryView.COLLECTION);
    Feed.all(projection, Projections.journey());
    assertThat(store.all(PlanHistoryView.COLLECTION)).isEqualTo(once);
  }

  @Test
  void erasingTheCaseRemovesItsPlanHistoryAndLeavesAnotherCaseAsItWas() {
    Erasure.assertErasureLeavesTheOtherCaseAlone(projection, store);
    assertThat(store.all(PlanHistoryView.COLLECTION)).containsOnlyKeys(Erasure.OTHER);
  }

  @Test
  void anErasedCasesEventsReadAgainAfterItsErasureChangeNothing() {
    Erasure.assertRedeliveryChangesNothing(projection, store);
  }

  @Test
  void welshAddedLaterReadsAsIfTheWorkerHadPublishedTheCurrentVersionWithIt() {
    Feed.all(projection, WelshJourney.givenAtFirst());
    PlanHistoryView givenAtFirst = history();
    projection.reset();
    Feed.all(projection, WelshJourney.translated());
    assertThat(Sequences.without(history())).isEqualTo(Sequences.without(givenAtFirst));
    PlanVersionView v2 = history().versions().get(1);
    assertThat(v2.content().expectations().get(0).whatCy())
        .isEqualTo(WelshJourney.WELSH.get(WelshText.PLAN_EXPECTATION));
    assertThat(v2.changes().get(0).reason().cy())
        .isEqualTo(WelshJourney.WELSH.get(WelshText.PLAN_CHANGE_REASON));
    Expectation course = v2.content().expectations().get(0);
    assertThat(course.howWeKnowCy()).isEqualTo(WelshJourney.WELSH.get(WelshText.PLAN_HOW_WE_KNOW));
    assertThat(course.supportCy()).isEqualTo(WelshJourney.WELSH.get(WelshText.PLAN_SUPPORT));
    // The course states no consequence, so Welsh sent for one has nothing to sit beside.
    assertThat(course.consequence()).isEmpty();
    assertThat(course.consequenceCy()).isNull();
    // Older versions stay as they were published.
    assertThat(history().versions().get(0).content()).isEqualTo(DemoJourney.planV1());
  }

  @Test
  void aLaterWelshVersionReplacesTheEarlierOneAndDeliveringItAgainChangesNothing() {
    List<DomainEventMessage<?>> events =
        Projections.journeyThen(
            WelshJourney.welsh(WelshText.PLAN_CHANGE_REASON, "Drafft", 1),
            WelshJourney.welsh(WelshText.PLAN_CHANGE_REASON, "Mae’r cwrs yn dechrau’n gynt.", 2));
    Feed.all(projection, events);
    assertThat(history().versions().get(1).changes().get(0).reason().cy())
        .isEqualTo("Mae’r cwrs yn dechrau’n gynt.");
    // The other change's reason, given with its Welsh, is left as it was.
    assertThat(history().versions().get(1).changes().get(1).reason().cy())
        .isEqualTo("Mae tîm y gynhadledd grŵp teulu yn llawn tan fis Gorffennaf.");
    Map<String, String> once = store.all(PlanHistoryView.COLLECTION);
    Feed.all(projection, events);
    assertThat(store.all(PlanHistoryView.COLLECTION)).isEqualTo(once);
  }

  @Test
  void welshForTextTheHistoryDoesNotHoldOrThatCannotBeReadWritesNothing() {
    Feed.all(projection, Projections.journey());
    Map<String, String> before = store.all(PlanHistoryView.COLLECTION);
    Feed.all(
        projection,
        Projections.journeyThen(
            WelshJourney.welsh(WelshText.CASE_CLOSED_REASON, "Ar gau", 1),
            new WelshTextAddedEvent(
                CASE, WelshText.PLAN_CHANGE_REASON, "e-unknown", null, null, "Cymraeg", null),
            new WelshTextAddedEvent(
                CASE, WelshText.PLAN_EXPECTATION, "e-course", null, null, null, null)));
    assertThat(store.all(PlanHistoryView.COLLECTION)).isEqualTo(before);
  }
}
