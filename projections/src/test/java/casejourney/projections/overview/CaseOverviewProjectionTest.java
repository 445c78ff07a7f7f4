package casejourney.projections.overview;

import static casejourney.projections.support.Projections.CASE;
import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.Visibility;
import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.MeetingView;
import casejourney.projections.support.DemoJourney;
import casejourney.projections.support.Erasure;
import casejourney.projections.support.Feed;
import casejourney.projections.support.InMemoryViewStore;
import casejourney.projections.support.Projections;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseOverviewProjectionTest {

  private final InMemoryViewStore store = new InMemoryViewStore();
  private final CaseOverviewProjection projection = new CaseOverviewProjection(store);

  private CaseOverviewView overview() {
    return store.get(CaseOverviewView.COLLECTION, CASE, CaseOverviewView.class);
  }

  @Test
  void holdsTheFamilyTheWorkerAndEveryMeetingForOneReadPages() {
    Feed.all(projection, Projections.journey());
    CaseOverviewView o = overview();
    assertThat(o.child().name()).isEqualTo("Taylor Morgan");
    assertThat(o.familyMembers()).hasSize(2);
    assertThat(o.worker()).isEqualTo(DemoJourney.PRIYA);
    assertThat(o.previousWorkers()).containsExactly(DemoJourney.SAM);
    assertThat(o.open()).isTrue();
    assertThat(o.meetings())
        .extracting(MeetingView::meetingId, MeetingView::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("m-icpc", MeetingView.HELD),
            org.assertj.core.groups.Tuple.tuple("m-core", MeetingView.CANCELLED));
    assertThat(o.lastSequence()).isEqualTo(Projections.journey().size() - 1);
  }

  @Test
  void aMoveJudgesEachSharedReportAgainstTheMeetingsNewDay() {
    Feed.all(projection, Projections.reportRetimedByMoves(1));
    assertThat(overview().meetings().get(0).reports())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.late()).isFalse();
              assertThat(r.workingDaysBeforeMeeting()).isEqualTo(4);
              assertThat(r.lateReason()).isNull();
              assertThat(r.title()).isEqualTo("Social work report");
            });
    Feed.all(projection, Projections.reportRetimedByMoves(2));
    assertThat(overview().meetings().get(0).reports())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.late()).isTrue();
              assertThat(r.workingDaysLate()).isEqualTo(2);
              assertThat(r.lateReason()).isEqualTo("The family asked for the earlier day.");
            });
  }

  @Test
  void aMeetingKeepsItsRescheduleHistoryReportsChoicesAndContributionsWithVisibility() {
    Feed.all(projection, Projections.journey());
    MeetingView icpc = overview().meetings().get(0);
    assertThat(icpc.reschedules())
        .singleElement()
        .satisfies(r -> assertThat(r.reason().en()).isEqualTo("The chair is ill."));
    assertThat(icpc.invitations()).hasSize(3);
    assertThat(icpc.reports()).singleElement().satisfies(r -> assertThat(r.late()).isTrue());
    assertThat(icpc.advocateOffers()).hasSize(1);
    assertThat(icpc.choices()).hasSize(1);
    assertThat(icpc.contributions())
        .extracting(MeetingView.Contribution::visibility)
        .containsExactly(Visibility.CHAIR_AND_WORKER, Visibility.CHAIR_AND_WORKER);
    MeetingView.Contribution overridden = icpc.contributions().get(1);
    assertThat(overridden.chosenVisibility()).isEqualTo(Visibility.EVERYONE_AT_MEETING);
    assertThat(overridden.overrides())
        .singleElement()
        .satisfies(v -> assertThat(v.safeguardingReason()).contains("risk"));
    assertThat(icpc.outcome().nextReviewDate()).hasToString("2026-06-25");
    assertThat(icpc.chairResponses()).hasSize(1);
  }

  @Test
  void plansSayWhoHasReadThemAndWhoDisagrees() {
    Feed.all(projection, Projections.journey());
    CaseOverviewView.PlanSummary v2 = overview().plans().get(1);
    assertThat(v2.acknowledgedBy()).containsExactly(DemoJourney.ALEX);
    assertThat(v2.disagreedBy()).containsExactly(DemoJourney.RHIAN);
    assertThat(v2.flaggedChanges()).isEqualTo(2);
    assertThat(v2.welshMissing()).contains("e-course", "reason:e-course");
  }

  @Test
  void redeliveringEveryEventChangesNothing() {
    Feed.all(projection, Projections.journey());
    Map<String, String> once = store.all(CaseOverviewView.COLLECTION);
    Feed.all(projection, Projections.journey());
    assertThat(store.all(CaseOverviewView.COLLECTION)).isEqualTo(once);
  }

  @Test
  void erasingTheCaseRemovesItsOverviewAndLeavesAnotherCaseAsItWas() {
    Erasure.assertErasureLeavesTheOtherCaseAlone(projection, store);
    assertThat(store.all(CaseOverviewView.COLLECTION)).containsOnlyKeys(Erasure.OTHER);
  }

  @Test
  void anErasedCasesEventsReadAgainAfterItsErasureChangeNothing() {
    Erasure.assertRedeliveryChangesNothing(projection, store);
  }
}
