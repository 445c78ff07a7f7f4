package casejourney.projections.overview;

import static casejourney.projections.support.Projections.CASE;
import static casejourney.projections.support.WelshJourney.WELSH;
import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.BilingualText;
import casejourney.api.DisputeAnswer;
import casejourney.api.DisputedItem;
import casejourney.api.ExclusionScope;
import casejourney.api.Visibility;
import casejourney.api.WelshText;
import casejourney.api.events.DisputeAnsweredEvent;
import casejourney.api.events.DisputeRaisedEvent;
import casejourney.api.events.WelshTextAddedEvent;
import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.CaseOverviewView.Dispute;
import casejourney.api.views.MeetingView;
import casejourney.api.views.ViewJson;
import casejourney.projections.support.DemoJourney;
import casejourney.projections.support.Erasure;
import casejourney.projections.support.Feed;
import casejourney.projections.support.InMemoryViewStore;
import casejourney.projections.support.Projections;
import casejourney.projections.support.Sequences;
import casejourney.projections.support.WelshJourney;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.axonframework.eventhandling.DomainEventMessage;
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
  void aLaterExclusionOfTheSamePersonReplacesTheirEarlierOneAndRedeliveryChangesNothing() {
    List<DomainEventMessage<?>> events =
        Projections.beforeTheConferenceThen(
            Projections.excluded(
                DemoJourney.ALEX, ExclusionScope.PART_OF_MEETING, BilingualText.en("First."), 10),
            Projections.excluded(
                DemoJourney.RHIAN, ExclusionScope.WHOLE_MEETING, BilingualText.en("Rhian."), 11),
            Projections.excluded(
                DemoJourney.ALEX,
                ExclusionScope.WHOLE_MEETING,
                new BilingualText("Second.", "Ail."),
                12));
    Feed.all(projection, events.subList(0, events.size() - 1));
    assertThat(overview().meetings().get(0).exclusions())
        .extracting(MeetingView.Exclusion::personId, MeetingView.Exclusion::scope)
        .containsExactly(
            Tuple.tuple(DemoJourney.ALEX, ExclusionScope.PART_OF_MEETING),
            Tuple.tuple(DemoJourney.RHIAN, ExclusionScope.WHOLE_MEETING));

    Feed.all(projection, events);
    assertThat(overview().meetings().get(0).exclusions())
        .containsExactly(
            new MeetingView.Exclusion(
                DemoJourney.ALEX,
                ExclusionScope.WHOLE_MEETING,
                new BilingualText("Second.", "Ail."),
                Instant.parse("2026-03-24T12:00:00Z")),
            new MeetingView.Exclusion(
                DemoJourney.RHIAN,
                ExclusionScope.WHOLE_MEETING,
                BilingualText.en("Rhian."),
                Instant.parse("2026-03-24T11:00:00Z")));

    Map<String, String> once = store.all(CaseOverviewView.COLLECTION);
    Feed.all(projection, events);
    assertThat(store.all(CaseOverviewView.COLLECTION)).isEqualTo(once);
  }

  @Test
  void aWithdrawnExclusionLeavesTheMeetingAndRedeliveryChangesNothing() {
    List<DomainEventMessage<?>> events =
        Projections.beforeTheConferenceThen(
            Projections.excluded(
                DemoJourney.ALEX, ExclusionScope.PART_OF_MEETING, BilingualText.en("First."), 10),
            Projections.excluded(
                DemoJourney.RHIAN, ExclusionScope.WHOLE_MEETING, BilingualText.en("Rhian."), 11),
            Projections.withdrawn(DemoJourney.ALEX, 12));
    Feed.all(projection, events);
    assertThat(overview().meetings().get(0).exclusions())
        .extracting(MeetingView.Exclusion::personId)
        .containsExactly(DemoJourney.RHIAN);
    Map<String, String> once = store.all(CaseOverviewView.COLLECTION);
    Feed.all(projection, events);
    assertThat(store.all(CaseOverviewView.COLLECTION)).isEqualTo(once);
  }

  @Test
  void
      aLaterRedactionOfTheSameReportForTheSamePersonReplacesTheEarlierOneAndRedeliveryChangesNothing() {
    String report = Projections.REPORT;
    List<DomainEventMessage<?>> events =
        Projections.beforeTheConferenceThen(
            Projections.sharedWith("r-health", "Health visitor report", DemoJourney.ALEX, 9),
            Projections.redacted(report, DemoJourney.ALEX, BilingualText.en("First."), 10),
            Projections.redacted(report, DemoJourney.RHIAN, BilingualText.en("Rhian."), 11),
            Projections.redacted("r-health", DemoJourney.ALEX, BilingualText.en("Health."), 12),
            Projections.redacted(
                report, DemoJourney.ALEX, new BilingualText("Second.", "Ail."), 13));
    Feed.all(projection, events.subList(0, events.size() - 1));
    assertThat(overview().meetings().get(0).redactions())
        .extracting(MeetingView.Redaction::reportId, MeetingView.Redaction::personId)
        .containsExactly(
            Tuple.tuple(report, DemoJourney.ALEX),
            Tuple.tuple(report, DemoJourney.RHIAN),
            Tuple.tuple("r-health", DemoJourney.ALEX));

    Feed.all(projection, events);
    assertThat(overview().meetings().get(0).redactions())
        .containsExactly(
            new MeetingView.Redaction(
                report,
                DemoJourney.ALEX,
                new BilingualText("Second.", "Ail."),
                Instant.parse("2026-03-24T13:00:00Z")),
            new MeetingView.Redaction(
                report,
                DemoJourney.RHIAN,
                BilingualText.en("Rhian."),
                Instant.parse("2026-03-24T11:00:00Z")),
            new MeetingView.Redaction(
                "r-health",
                DemoJourney.ALEX,
                BilingualText.en("Health."),
                Instant.parse("2026-03-24T12:00:00Z")));

    Map<String, String> once = store.all(CaseOverviewView.COLLECTION);
    Feed.all(projection, events);
    assertThat(store.all(CaseOverviewView.COLLECTION)).isEqualTo(once);
  }

  private static final BilingualText YOU_WERE_THERE =
      new BilingualText("You were there. The report was wrong.", "Roeddech chi yno.");

  @Test
  void aDisputeIsKeptWithItsLatestAnswerAndWhatItIsAboutIsNotChanged() {
    DisputeRaisedEvent rhian =
        Projections.disputed(
            "d-report",
            DemoJourney.RHIAN,
            DisputedItem.REPORT,
            "The report says I missed the appointment.",
            "That I went.",
            9);
    DisputeRaisedEvent taylor =
        Projections.disputed(
            "d-other", DemoJourney.TAYLOR, DisputedItem.OTHER, "My school is wrong.", null, 10);
    DisputeAnsweredEvent notChanged =
        Projections.answered(
            "d-report",
            DemoJourney.RHIAN,
            DisputeAnswer.NOT_CHANGED,
            BilingualText.en("The nurse’s note says you did not come."),
            9);
    DisputeAnsweredEvent corrected =
        Projections.answered(
            "d-report", DemoJourney.RHIAN, DisputeAnswer.CORRECTED, YOU_WERE_THERE, 15);
    List<DomainEventMessage<?>> events =
        Projections.journeyThen(rhian, taylor, notChanged, corrected);
    Feed.all(projection, Projections.journey());
    CaseOverviewView before = overview();
    assertThat(before.disputes()).isEmpty();

    Feed.all(projection, events.subList(0, events.size() - 2));
    Dispute raised =
        new Dispute(
            "d-report",
            DemoJourney.RHIAN,
            DisputedItem.REPORT,
            DemoJourney.ICPC,
            Projections.REPORT,
            null,
            "The report says I missed the appointment.",
            "That I went.",
            Instant.parse("2026-04-20T09:00:00Z"),
            LocalDate.of(2026, 5, 20),
            null,
            null,
            null,
            null,
            null);
    assertThat(overview().disputes())
        .extracting(Dispute::disputeId, Dispute::answered)
        .containsExactly(Tuple.tuple("d-report", false), Tuple.tuple("d-other", false));
    assertThat(overview().disputes().get(0)).isEqualTo(raised);
    // Nothing is rewritten: the report, the meetings and the plans are as they were.
    assertThat(overview().meetings()).isEqualTo(before.meetings());
    assertThat(overview().plans()).isEqualTo(before.plans());

    Feed.all(projection, events.subList(0, events.size() - 1));
    assertThat(overview().disputes().get(0).answer()).isEqualTo(DisputeAnswer.NOT_CHANGED);

    // A later answer replaces the earlier one; the dispute keeps its place and its words.
    Feed.all(projection, events);
    assertThat(overview().disputes())
        .containsExactly(
            new Dispute(
                "d-report",
                DemoJourney.RHIAN,
                DisputedItem.REPORT,
                DemoJourney.ICPC,
                Projections.REPORT,
                null,
                "The report says I missed the appointment.",
                "That I went.",
                Instant.parse("2026-04-20T09:00:00Z"),
                LocalDate.of(2026, 5, 20),
                DisputeAnswer.CORRECTED,
                YOU_WERE_THERE,
                DemoJourney.PRIYA,
                Instant.parse("2026-04-27T15:00:00Z"),
                null),
            new Dispute(
                "d-other",
                DemoJourney.TAYLOR,
                DisputedItem.OTHER,
                null,
                null,
                null,
                "My school is wrong.",
                null,
                Instant.parse("2026-04-20T10:00:00Z"),
                LocalDate.of(2026, 5, 20),
                null,
                null,
                null,
                null,
                null));
    assertThat(overview().meetings()).isEqualTo(before.meetings());
    assertThat(overview().lastSequence()).isEqualTo(events.size() - 1);

    Map<String, String> once = store.all(CaseOverviewView.COLLECTION);
    Feed.all(projection, events);
    assertThat(store.all(CaseOverviewView.COLLECTION)).isEqualTo(once);
  }

  @Test
  void moreTimeMovesTheDayItIsLateFromAndKeepsTheFirstDayAndTheReason() {
    BilingualText clinic = BilingualText.en("We need the clinic’s list, which takes six weeks.");
    List<DomainEventMessage<?>> events =
        Projections.journeyThen(
            Projections.disputed(
                "d-report",
                DemoJourney.RHIAN,
                DisputedItem.REPORT,
                "The report says I missed the appointment.",
                null,
                9),
            Projections.extended("d-report", DemoJourney.RHIAN, clinic, 10),
            Projections.answered(
                "d-report", DemoJourney.RHIAN, DisputeAnswer.CORRECTED, YOU_WERE_THERE, 15));
    Feed.all(projection, events.subList(0, events.size() - 2));
    assertThat(overview().disputes().get(0).extended()).isFalse();
    assertThat(overview().disputes().get(0).lateOn(LocalDate.of(2026, 5, 21))).isTrue();

    Feed.all(projection, events.subList(0, events.size() - 1));
    Dispute extended = overview().disputes().get(0);
    assertThat(extended.answerDue()).isEqualTo(LocalDate.of(2026, 7, 20));
    assertThat(extended.extension())
        .isEqualTo(
            new CaseOverviewView.Extension(
                LocalDate.of(2026, 5, 20), clinic, Instant.parse("2026-04-24T10:00:00Z")));
    assertThat(extended.lateOn(LocalDate.of(2026, 5, 21))).isFalse();
    assertThat(extended.lateOn(LocalDate.of(2026, 7, 20))).isFalse();
    assertThat(extended.lateOn(LocalDate.of(2026, 7, 21))).isTrue();

    // The answer keeps the extension: it is part of the dispute's history.
    Feed.all(projection, events);
    assertThat(overview().disputes().get(0).answered()).isTrue();
    assertThat(overview().disputes().get(0).extension()).isEqualTo(extended.extension());
    assertThat(overview().disputes().get(0).lateOn(LocalDate.of(2026, 7, 21))).isFalse();
  }

  @Test
  void aDocumentWrittenBeforeDisputesExistedReadsAsNoneAndTakesTheFirstOne() throws Exception {
    Feed.all(projection, Projections.journey());
    ObjectNode old =
        (ObjectNode) ViewJson.mapper().readTree(store.all(CaseOverviewView.COLLECTION).get(CASE));
    old.remove("disputes");
    store.save(CaseOverviewView.COLLECTION, CASE, old);
    assertThat(overview().disputes()).isNull();
    assertThat(overview().disputesOrNone()).isEmpty();

    Feed.all(
        projection,
        Projections.journeyThen(
            Projections.disputed(
                "d-plan",
                DemoJourney.ALEX,
                DisputedItem.PLAN_VERSION,
                "The date is wrong.",
                null,
                9)));
    assertThat(overview().disputes())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.planVersion()).isEqualTo(2);
              assertThat(d.answered()).isFalse();
            });
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

  @Test
  void welshAddedLaterReadsAsIfTheWorkerHadWrittenItWithTheEnglish() {
    Feed.all(projection, WelshJourney.givenAtFirst());
    CaseOverviewView givenAtFirst = overview();
    store.clear(CaseOverviewView.COLLECTION);
    Feed.all(projection, WelshJourney.translated());
    CaseOverviewView o = overview();

    assertThat(Sequences.without(o)).isEqualTo(Sequences.without(givenAtFirst));
    MeetingView icpc = o.meetings().get(0);
    assertThat(icpc.reschedules().get(0).reason().cy())
        .isEqualTo(WELSH.get(WelshText.MEETING_MOVED_REASON));
    assertThat(icpc.outcome().reasons().cy()).isEqualTo(WELSH.get(WelshText.OUTCOME_REASONS));
    assertThat(icpc.chairResponses().get(0).response().cy())
        .isEqualTo(WELSH.get(WelshText.CHAIR_RESPONSE));
    assertThat(icpc.exclusions().get(0).reason().cy())
        .isEqualTo(WELSH.get(WelshText.EXCLUSION_REASON));
    assertThat(icpc.redactions().get(0).reason().cy())
        .isEqualTo(WELSH.get(WelshText.REDACTION_REASON));
    assertThat(o.meetings().get(1).cancelReason().cy())
        .isEqualTo(WELSH.get(WelshText.MEETING_CANCELLED_REASON));
    assertThat(o.disputes().get(0).extension().reason().cy())
        .isEqualTo(WELSH.get(WelshText.DISPUTE_EXTENSION_REASON));
    assertThat(o.disputes().get(0).explanation().cy())
        .isEqualTo(WELSH.get(WelshText.DISPUTE_ANSWER));
    assertThat(o.closedReason().cy()).isEqualTo(WELSH.get(WelshText.CASE_CLOSED_REASON));
    assertThat(o.plans().get(1).welshMissing()).isEmpty();
    // The English stays as it was written.
    assertThat(o.closedReason().en()).isEqualTo("The family is safe now.");
  }

  @Test
  void welshForThePlanLeavesOnlyTheCurrentVersionWaitingForWhatIsStillMissing() {
    Feed.all(projection, WelshJourney.untranslated());
    assertThat(overview().plans().get(1).welshMissing())
        .containsExactly("e-course", "reason:e-course");
    Feed.all(
        projection,
        WelshJourney.untranslatedThen(
            WelshJourney.welsh(WelshText.PLAN_CHANGE_REASON, "Rheswm", 1)));
    assertThat(overview().plans().get(1).welshMissing()).containsExactly("e-course");
    // Version 1 was published without it and stays as it was.
    assertThat(overview().plans().get(0).welshMissing()).containsExactly("e-course");
  }

  @Test
  void aLaterWelshVersionOfTheSameTextReplacesTheEarlierOne() {
    Feed.all(
        projection,
        WelshJourney.untranslatedThen(
            WelshJourney.welsh(WelshText.OUTCOME_REASONS, "Drafft cyntaf.", 1),
            WelshJourney.welsh(WelshText.OUTCOME_REASONS, "Mae angen help ar Taylor.", 2)));
    assertThat(overview().meetings().get(0).outcome().reasons())
        .isEqualTo(
            new BilingualText("Taylor needs more help at home.", "Mae angen help ar Taylor."));
  }

  @Test
  void welshDeliveredAgainChangesNothing() {
    Feed.all(projection, WelshJourney.translated());
    Map<String, String> once = store.all(CaseOverviewView.COLLECTION);
    Feed.all(projection, WelshJourney.translated());
    assertThat(store.all(CaseOverviewView.COLLECTION)).isEqualTo(once);
  }

  @Test
  void welshForTextTheCaseDoesNotHoldChangesNothingAndFailsNothing() {
    Feed.all(projection, WelshJourney.untranslated());
    CaseOverviewView before = overview();
    Feed.all(
        projection,
        WelshJourney.untranslatedThen(
            new WelshTextAddedEvent(
                CASE, WelshText.MEETING_MOVED_REASON, "m-core", null, null, "Cymraeg", AT),
            new WelshTextAddedEvent(
                CASE, WelshText.OUTCOME_REASONS, "m-unknown", null, null, "Cymraeg", AT),
            new WelshTextAddedEvent(
                CASE,
                WelshText.EXCLUSION_REASON,
                DemoJourney.ICPC,
                "p-nobody",
                null,
                "Cymraeg",
                AT),
            new WelshTextAddedEvent(
                CASE,
                WelshText.REDACTION_REASON,
                DemoJourney.ICPC,
                DemoJourney.RHIAN,
                "r-unknown",
                "Cymraeg",
                AT),
            new WelshTextAddedEvent(
                CASE,
                WelshText.CHAIR_RESPONSE,
                DemoJourney.ICPC,
                DemoJourney.ALEX,
                null,
                "Cymraeg",
                AT),
            new WelshTextAddedEvent(
                CASE, WelshText.DISPUTE_ANSWER, "d-unknown", null, null, "Cymraeg", AT),
            new WelshTextAddedEvent(
                CASE, WelshText.CASE_CLOSED_REASON, "another-case", null, null, "Cymraeg", AT),
            new WelshTextAddedEvent(
                CASE, WelshText.PLAN_EXPECTATION, "e-unknown", null, null, "Cymraeg", AT),
            new WelshTextAddedEvent(CASE, null, DemoJourney.ICPC, null, null, "Cymraeg", AT)));
    assertThat(Sequences.without(overview())).isEqualTo(Sequences.without(before));
  }

  @Test
  void welshThatCanNoLongerBeReadChangesNothing() {
    Feed.all(projection, WelshJourney.untranslated());
    CaseOverviewView before = overview();
    // As a replay reads it once the case's key is destroyed.
    Feed.all(projection, Erasure.unreadable(WelshJourney.translated()));
    assertThat(Sequences.without(overview())).isEqualTo(Sequences.without(before));
  }

  private static final Instant AT = Instant.parse("2026-06-01T09:00:00Z");
}
