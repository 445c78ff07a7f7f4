package casejourney.caseservice.domain;

import static casejourney.caseservice.domain.Rejections.closed;
import static casejourney.caseservice.domain.Rejections.notPermitted;
import static casejourney.caseservice.domain.Rejections.rejected;
import static casejourney.caseservice.domain.StandardCase.*;

import casejourney.api.BilingualText;
import casejourney.api.MeetingType;
import casejourney.api.commands.CancelMeetingCommand;
import casejourney.api.commands.RescheduleMeetingCommand;
import casejourney.api.commands.ScheduleMeetingCommand;
import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.ConferenceOutcomeRecordedEvent;
import casejourney.api.events.MeetingCancelledEvent;
import casejourney.api.events.MeetingRescheduledEvent;
import casejourney.api.events.MeetingScheduledEvent;
import casejourney.api.events.ReportSharedEvent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CaseFileMeetingsTest {

  private static final BilingualText REASON = BilingualText.en("The chair is ill");
  private AggregateTestFixture<CaseFile> fixture;

  @BeforeEach
  void setUp() {
    fixture = fixture();
  }

  private static ScheduleMeetingCommand schedule(
      String id, MeetingType type, LocalDateTime at, String lateReason) {
    return new ScheduleMeetingCommand(
        CASE_ID, null, id, type, at, "Family centre", CHAIR, lateReason);
  }

  private static MeetingScheduledEvent expected(
      String id, MeetingType type, LocalDateTime at, LocalDate due, int late, String reason) {
    return new MeetingScheduledEvent(
        CASE_ID, id, type, at, "Family centre", CHAIR, due, late > 0, late, reason, NOW);
  }

  private static ConferenceOutcomeRecordedEvent reviewSetFor(
      String id, LocalDate on, LocalDate next) {
    ConferenceOutcomeRecordedEvent held = held(id, on);
    return new ConferenceOutcomeRecordedEvent(
        CASE_ID,
        id,
        on,
        held.decision(),
        held.category(),
        next,
        held.reasons(),
        List.of(),
        List.of(),
        null,
        null,
        NOW,
        null);
  }

  @Test
  @DisplayName("an initial conference within 15 working days of the strategy discussion is on time")
  void schedulesInitialConferenceOnTime() {
    fixture
        .given(opened(), strategyDiscussion())
        .when(schedule(INITIAL, MeetingType.INITIAL_CONFERENCE, INITIAL_STARTS, null), asWorker())
        .expectEvents(
            expected(
                INITIAL,
                MeetingType.INITIAL_CONFERENCE,
                INITIAL_STARTS,
                INITIAL_CONFERENCE_DUE,
                0,
                null));
  }

  @Test
  @DisplayName("an initial conference on its due date is on time")
  void initialConferenceOnDueDateIsOnTime() {
    LocalDateTime onDueDate = INITIAL_CONFERENCE_DUE.atTime(16, 0);
    fixture
        .given(opened(), strategyDiscussion())
        .when(schedule(INITIAL, MeetingType.INITIAL_CONFERENCE, onDueDate, null), asWorker())
        .expectEvents(
            expected(
                INITIAL,
                MeetingType.INITIAL_CONFERENCE,
                onDueDate,
                INITIAL_CONFERENCE_DUE,
                0,
                null));
  }

  @Test
  @DisplayName("a late initial conference without a reason is refused")
  void lateInitialConferenceWithoutReasonIsRefused() {
    fixture
        .given(opened(), strategyDiscussion())
        .when(
            schedule(
                INITIAL, MeetingType.INITIAL_CONFERENCE, LocalDateTime.of(2026, 3, 18, 10, 0), " "),
            asWorker())
        .expectException(
            rejected(CaseRuleException.class, "lateReason", "(2026-03-16) by 2 working days"));
  }

  @Test
  @DisplayName("a late initial conference with a reason records how many working days late it is")
  void lateInitialConferenceIsRecordedAsLate() {
    LocalDateTime late = LocalDateTime.of(2026, 3, 18, 10, 0);
    fixture
        .given(opened(), strategyDiscussion())
        .when(schedule(INITIAL, MeetingType.INITIAL_CONFERENCE, late, "No chair free"), asWorker())
        .expectEvents(
            expected(
                INITIAL,
                MeetingType.INITIAL_CONFERENCE,
                late,
                INITIAL_CONFERENCE_DUE,
                2,
                "No chair free"));
  }

  @Test
  @DisplayName(
      "an initial conference cannot be scheduled before the strategy discussion is recorded")
  void initialConferenceNeedsStrategyDiscussion() {
    fixture
        .given(opened())
        .when(schedule(INITIAL, MeetingType.INITIAL_CONFERENCE, INITIAL_STARTS, null), asWorker())
        .expectException(
            rejected(CaseRuleException.class, "type", "record the strategy discussion first"));
  }

  @Test
  @DisplayName("a meeting cannot be scheduled in the past")
  void cannotScheduleInThePast() {
    fixture
        .given(opened(), strategyDiscussion())
        .when(
            schedule(
                INITIAL, MeetingType.INITIAL_CONFERENCE, LocalDateTime.of(2026, 3, 2, 8, 59), null),
            asWorker())
        .expectException(rejected(CaseRuleException.class, "startsAt", "has not passed"));
  }

  @Test
  @DisplayName("the same meeting id cannot be scheduled twice")
  void duplicateMeetingIdIsRefused() {
    fixture
        .given(withInitialConference())
        .when(
            schedule(INITIAL, MeetingType.CORE_GROUP, INITIAL_STARTS.plusDays(1), null), asWorker())
        .expectException(rejected(CaseRuleException.class, "meetingId", "already scheduled"));
  }

  @Test
  @DisplayName("scheduling with missing details reports every missing field")
  void schedulingWithMissingDetailsIsInvalid() {
    fixture
        .given(opened())
        .when(
            new ScheduleMeetingCommand(CASE_ID, null, "", null, null, " ", null, text(2_001)),
            asWorker())
        .expectException(
            rejected(InvalidCommandException.class, "meetingId", "enter the meeting's id"))
        .expectException(rejected(InvalidCommandException.class, "type", "choose"))
        .expectException(rejected(InvalidCommandException.class, "startsAt", "enter when"))
        .expectException(rejected(InvalidCommandException.class, "location", "enter where"))
        .expectException(rejected(InvalidCommandException.class, "chair", "enter the chair"))
        .expectException(rejected(InvalidCommandException.class, "lateReason", "2,000"));
  }

  @Test
  @DisplayName("a meeting id longer than 100 characters is invalid")
  void overlongIdIsInvalid() {
    fixture
        .given(opened(), strategyDiscussion())
        .when(schedule(text(101), MeetingType.INITIAL_CONFERENCE, INITIAL_STARTS, null), asWorker())
        .expectException(
            rejected(
                InvalidCommandException.class,
                "meetingId",
                "100 characters or fewer (you wrote 101)"));
  }

  @Test
  @DisplayName("only the allocated worker schedules meetings")
  void onlyAllocatedWorkerSchedules() {
    ScheduleMeetingCommand command =
        schedule(INITIAL, MeetingType.INITIAL_CONFERENCE, INITIAL_STARTS, null);
    fixture
        .given(opened(), strategyDiscussion())
        .when(command, asChair())
        .expectException(notPermitted());
    fixture
        .given(opened(), strategyDiscussion())
        .when(command, as("other-worker", "WORKER"))
        .expectException(notPermitted());
  }

  @Test
  @DisplayName("a closed case cannot have meetings scheduled")
  void closedCaseRefusesScheduling() {
    fixture
        .given(opened(), strategyDiscussion(), new CaseClosedEvent(CASE_ID, REASON, NOW))
        .when(schedule(INITIAL, MeetingType.INITIAL_CONFERENCE, INITIAL_STARTS, null), asWorker())
        .expectException(closed());
  }

  @Test
  @DisplayName("the first core group is due 10 working days after the initial conference was held")
  void firstCoreGroupCountsFromHeldInitialConference() {
    LocalDateTime at = LocalDateTime.of(2026, 3, 10, 10, 0);
    fixture
        .given(withEarlierConference())
        .andGiven(held(EARLIER, TODAY))
        .when(schedule("m-core", MeetingType.CORE_GROUP, at, null), asWorker())
        .expectEvents(
            expected("m-core", MeetingType.CORE_GROUP, at, LocalDate.of(2026, 3, 16), 0, null));
  }

  @Test
  @DisplayName("before the initial conference is held, the first core group counts from its date")
  void firstCoreGroupCountsFromPlannedInitialConference() {
    LocalDateTime at = LocalDateTime.of(2026, 3, 27, 10, 0);
    fixture
        .given(withInitialConference())
        .when(schedule("m-core", MeetingType.CORE_GROUP, at, "Family on holiday"), asWorker())
        .expectEvents(
            expected(
                "m-core",
                MeetingType.CORE_GROUP,
                at,
                LocalDate.of(2026, 3, 26),
                1,
                "Family on holiday"));
  }

  @Test
  @DisplayName("later core groups have no statutory clock")
  void laterCoreGroupHasNoClock() {
    LocalDateTime at = LocalDateTime.of(2026, 5, 27, 10, 0);
    fixture
        .given(withInitialConference())
        .andGiven(
            scheduled("m-core-1", MeetingType.CORE_GROUP, LocalDateTime.of(2026, 3, 20, 10, 0)))
        .when(schedule("m-core-2", MeetingType.CORE_GROUP, at, null), asWorker())
        .expectEvents(expected("m-core-2", MeetingType.CORE_GROUP, at, null, 0, null));
  }

  @Test
  @DisplayName("the first review is due three months after the initial conference was held")
  void firstReviewDueThreeMonthsAfterInitialConference() {
    LocalDateTime at = LocalDateTime.of(2026, 6, 3, 10, 0);
    fixture
        .given(withEarlierConference())
        .andGiven(reviewSetFor(EARLIER, TODAY, null))
        .when(schedule("m-review", MeetingType.REVIEW_CONFERENCE, at, "Chair away"), asWorker())
        .expectEvents(
            expected(
                "m-review",
                MeetingType.REVIEW_CONFERENCE,
                at,
                LocalDate.of(2026, 6, 2),
                1,
                "Chair away"));
  }

  @Test
  @DisplayName(
      "a review date set by the conference earlier than the statutory date is the due date")
  void earlierReviewDateSetByConferenceWins() {
    LocalDateTime at = LocalDateTime.of(2026, 5, 1, 10, 0);
    fixture
        .given(withEarlierConference())
        .andGiven(reviewSetFor(EARLIER, TODAY, LocalDate.of(2026, 4, 30)))
        .when(schedule("m-review", MeetingType.REVIEW_CONFERENCE, at, "Chair away"), asWorker())
        .expectEvents(
            expected(
                "m-review",
                MeetingType.REVIEW_CONFERENCE,
                at,
                LocalDate.of(2026, 4, 30),
                1,
                "Chair away"));
  }

  @Test
  @DisplayName("later reviews are due six months after the previous review was held")
  void laterReviewDueSixMonthsAfterPreviousReview() {
    LocalDateTime at = LocalDateTime.of(2026, 9, 1, 10, 0);
    fixture
        .given(withEarlierConference())
        .andGiven(
            reviewSetFor(EARLIER, TODAY, null),
            scheduled("m-review-1", MeetingType.REVIEW_CONFERENCE, EARLIER_STARTS),
            reviewSetFor("m-review-1", TODAY, null))
        .when(schedule("m-review-2", MeetingType.REVIEW_CONFERENCE, at, null), asWorker())
        .expectEvents(
            expected(
                "m-review-2",
                MeetingType.REVIEW_CONFERENCE,
                at,
                LocalDate.of(2026, 9, 2),
                0,
                null));
  }

  @Test
  @DisplayName("moving a meeting re-assesses its lateness against the statutory date")
  void rescheduleReassessesLateness() {
    LocalDateTime later = LocalDateTime.of(2026, 3, 17, 14, 0);
    fixture
        .given(withInitialConference())
        .when(
            new RescheduleMeetingCommand(CASE_ID, null, INITIAL, later, null, REASON, "Chair ill"),
            asWorker())
        .expectEvents(
            new MeetingRescheduledEvent(
                CASE_ID,
                INITIAL,
                INITIAL_STARTS,
                later,
                "Family centre",
                REASON,
                INITIAL_CONFERENCE_DUE,
                true,
                1,
                "Chair ill",
                NOW,
                List.of()));
  }

  @Test
  @DisplayName("moving a meeting to a new place within its timescale is on time")
  void rescheduleOnTime() {
    LocalDateTime sooner = LocalDateTime.of(2026, 3, 11, 10, 0);
    fixture
        .given(withInitialConference())
        .when(
            new RescheduleMeetingCommand(CASE_ID, null, INITIAL, sooner, "Town hall", REASON, null),
            asWorker())
        .expectEvents(
            new MeetingRescheduledEvent(
                CASE_ID,
                INITIAL,
                INITIAL_STARTS,
                sooner,
                "Town hall",
                REASON,
                INITIAL_CONFERENCE_DUE,
                false,
                0,
                null,
                NOW,
                List.of()));
  }

  /** Shared on 2 March, 8 working days before the conference on 12 March; the rule is 3. */
  private static ReportSharedEvent reportSharedInTime() {
    return new ReportSharedEvent(
        CASE_ID,
        INITIAL,
        "r-1",
        "Conference report",
        "Sam",
        List.of(PARENT_A.personId()),
        LocalDateTime.of(2026, 3, 2, 8, 30),
        3,
        8,
        false,
        0,
        null,
        NOW);
  }

  private static final LocalDateTime TWO_DAYS_AFTER_SHARING = LocalDateTime.of(2026, 3, 4, 10, 0);

  private static MeetingRescheduledEvent movedTo(
      LocalDateTime from, LocalDateTime to, MeetingRescheduledEvent.ReportTiming... reports) {
    return new MeetingRescheduledEvent(
        CASE_ID,
        INITIAL,
        from,
        to,
        "Family centre",
        REASON,
        INITIAL_CONFERENCE_DUE,
        false,
        0,
        null,
        NOW,
        List.of(reports));
  }

  @Test
  @DisplayName("moving a meeting earlier than a shared report allows is refused without a reason")
  void movingEarlierThanASharedReportAllowsNeedsAReason() {
    fixture
        .given(withInitialConference())
        .andGiven(reportSharedInTime())
        .when(
            new RescheduleMeetingCommand(
                CASE_ID, null, INITIAL, TWO_DAYS_AFTER_SHARING, null, REASON, null),
            asWorker())
        .expectException(
            rejected(
                CaseRuleException.class,
                "reportsLateReason",
                "leaves the family 2 working days to read a report"));
  }

  @Test
  @DisplayName("a move that makes a shared report late records it as late, with the reason")
  void aMoveThatMakesAReportLateRecordsItsTiming() {
    fixture
        .given(withInitialConference())
        .andGiven(reportSharedInTime())
        .when(
            new RescheduleMeetingCommand(
                CASE_ID,
                null,
                INITIAL,
                TWO_DAYS_AFTER_SHARING,
                null,
                REASON,
                null,
                "The family asked for an earlier date."),
            asWorker())
        .expectEvents(
            movedTo(
                INITIAL_STARTS,
                TWO_DAYS_AFTER_SHARING,
                new MeetingRescheduledEvent.ReportTiming(
                    "r-1", 2, true, 1, "The family asked for an earlier date.")));
  }

  @Test
  @DisplayName("a report already late keeps its reason; moving back gives it its time again")
  void aReportAlreadyLateKeepsItsReasonAndAMoveBackPutsItRight() {
    MeetingRescheduledEvent madeLate =
        movedTo(
            INITIAL_STARTS,
            TWO_DAYS_AFTER_SHARING,
            new MeetingRescheduledEvent.ReportTiming("r-1", 2, true, 1, "Earlier date asked for."));
    LocalDateTime sooner = LocalDateTime.of(2026, 3, 3, 10, 0);
    fixture
        .given(withInitialConference())
        .andGiven(reportSharedInTime(), madeLate)
        .when(
            new RescheduleMeetingCommand(CASE_ID, null, INITIAL, sooner, null, REASON, null),
            asWorker())
        .expectEvents(
            movedTo(
                TWO_DAYS_AFTER_SHARING,
                sooner,
                new MeetingRescheduledEvent.ReportTiming(
                    "r-1", 1, true, 2, "Earlier date asked for.")));
    fixture
        .given(withInitialConference())
        .andGiven(reportSharedInTime(), madeLate)
        .when(
            new RescheduleMeetingCommand(
                CASE_ID, null, INITIAL, INITIAL_STARTS, null, REASON, null),
            asWorker())
        .expectEvents(
            movedTo(
                TWO_DAYS_AFTER_SHARING,
                INITIAL_STARTS,
                new MeetingRescheduledEvent.ReportTiming("r-1", 8, false, 0, null)));
  }

  @Test
  @DisplayName("moving a meeting past its statutory date without a reason is refused")
  void lateRescheduleWithoutReasonIsRefused() {
    fixture
        .given(withInitialConference())
        .when(
            new RescheduleMeetingCommand(
                CASE_ID, null, INITIAL, LocalDateTime.of(2026, 3, 17, 14, 0), null, REASON, null),
            asWorker())
        .expectException(rejected(CaseRuleException.class, "lateReason", "say why"));
  }

  @Test
  @DisplayName("a meeting cannot be moved into the past")
  void rescheduleIntoThePastIsRefused() {
    fixture
        .given(withInitialConference())
        .when(
            new RescheduleMeetingCommand(
                CASE_ID, null, INITIAL, LocalDateTime.of(2026, 3, 1, 10, 0), null, REASON, null),
            asWorker())
        .expectException(rejected(CaseRuleException.class, "startsAt", "has not passed"));
  }

  @Test
  @DisplayName("a held meeting cannot be moved")
  void heldMeetingCannotBeMoved() {
    fixture
        .given(withEarlierConference())
        .andGiven(held(EARLIER, TODAY))
        .when(
            new RescheduleMeetingCommand(
                CASE_ID, null, EARLIER, INITIAL_STARTS, null, REASON, null),
            asWorker())
        .expectException(rejected(CaseRuleException.class, "meetingId", "already been held"));
  }

  @Test
  @DisplayName("a cancelled meeting cannot be moved")
  void cancelledMeetingCannotBeMoved() {
    fixture
        .given(withInitialConference())
        .andGiven(new MeetingCancelledEvent(CASE_ID, INITIAL, REASON, NOW))
        .when(
            new RescheduleMeetingCommand(
                CASE_ID, null, INITIAL, INITIAL_STARTS, null, REASON, null),
            asWorker())
        .expectException(rejected(CaseRuleException.class, "meetingId", "was cancelled"));
  }

  @Test
  @DisplayName("moving an unknown meeting is refused as unknown")
  void movingUnknownMeetingIsUnknown() {
    fixture
        .given(withInitialConference())
        .when(
            new RescheduleMeetingCommand(
                CASE_ID, null, "m-nope", INITIAL_STARTS, null, REASON, null),
            asWorker())
        .expectException(rejected(UnknownItemException.class, "meetingId", "m-nope"));
  }

  @Test
  @DisplayName("moving a meeting without a time or a reason is invalid")
  void rescheduleWithoutTimeOrReasonIsInvalid() {
    fixture
        .given(withInitialConference())
        .when(
            new RescheduleMeetingCommand(CASE_ID, null, INITIAL, null, null, null, null),
            asWorker())
        .expectException(rejected(InvalidCommandException.class, "startsAt", "enter when"))
        .expectException(
            rejected(InvalidCommandException.class, "reason.en", "why the meeting is moving"));
  }

  @Test
  @DisplayName("a parent cannot move a meeting")
  void parentCannotReschedule() {
    fixture
        .given(withInitialConference())
        .when(
            new RescheduleMeetingCommand(
                CASE_ID, null, INITIAL, INITIAL_STARTS, null, REASON, null),
            asParentA())
        .expectException(notPermitted());
  }

  @Test
  @DisplayName("the worker cancels a meeting with the reason families see")
  void cancelsMeeting() {
    fixture
        .given(withInitialConference())
        .when(new CancelMeetingCommand(CASE_ID, null, INITIAL, REASON), asWorker())
        .expectEvents(new MeetingCancelledEvent(CASE_ID, INITIAL, REASON, NOW));
  }

  @Test
  @DisplayName("a cancelled meeting cannot be cancelled again")
  void cancellingTwiceIsRefused() {
    fixture
        .given(withInitialConference())
        .andGiven(new MeetingCancelledEvent(CASE_ID, INITIAL, REASON, NOW))
        .when(new CancelMeetingCommand(CASE_ID, null, INITIAL, REASON), asWorker())
        .expectException(rejected(CaseRuleException.class, "meetingId", "was cancelled"));
  }

  @Test
  @DisplayName("a held meeting cannot be cancelled")
  void heldMeetingCannotBeCancelled() {
    fixture
        .given(withEarlierConference())
        .andGiven(held(EARLIER, TODAY))
        .when(new CancelMeetingCommand(CASE_ID, null, EARLIER, REASON), asWorker())
        .expectException(rejected(CaseRuleException.class, "meetingId", "already been held"));
  }

  @Test
  @DisplayName("cancelling without a reason is invalid, and an unknown meeting is unknown")
  void cancelNeedsReasonAndKnownMeeting() {
    fixture
        .given(withInitialConference())
        .when(new CancelMeetingCommand(CASE_ID, null, INITIAL, null), asWorker())
        .expectException(
            rejected(InvalidCommandException.class, "reason.en", "why the meeting is cancelled"));
    fixture
        .given(withInitialConference())
        .when(new CancelMeetingCommand(CASE_ID, null, "m-nope", REASON), asWorker())
        .expectException(rejected(UnknownItemException.class, "meetingId", "m-nope"));
  }

  @Test
  @DisplayName("a chair cannot cancel a meeting")
  void chairCannotCancel() {
    fixture
        .given(withInitialConference())
        .when(new CancelMeetingCommand(CASE_ID, null, INITIAL, REASON), asChair())
        .expectException(notPermitted());
  }

  @Test
  @DisplayName("a cancelled initial conference does not start the first core group clock")
  void cancelledInitialConferenceIsIgnoredByClocks() {
    LocalDateTime at = LocalDateTime.of(2026, 5, 27, 10, 0);
    fixture
        .given(withInitialConference())
        .andGiven(new MeetingCancelledEvent(CASE_ID, INITIAL, REASON, NOW))
        .when(schedule("m-core", MeetingType.CORE_GROUP, at, null), asWorker())
        .expectEvents(expected("m-core", MeetingType.CORE_GROUP, at, null, 0, null));
  }

  @Test
  @DisplayName("a late reason given for a meeting that is on time is not kept")
  void lateReasonForOnTimeMeetingIsNotKept() {
    fixture
        .given(opened(), strategyDiscussion())
        .when(
            schedule(INITIAL, MeetingType.INITIAL_CONFERENCE, INITIAL_STARTS, "Just in case"),
            asWorker())
        .expectEvents(
            expected(
                INITIAL,
                MeetingType.INITIAL_CONFERENCE,
                INITIAL_STARTS,
                INITIAL_CONFERENCE_DUE,
                0,
                null));
  }
}
