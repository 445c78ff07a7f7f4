package casejourney.caseservice.domain;

import static casejourney.caseservice.domain.Rejections.rejected;
import static casejourney.caseservice.domain.StandardCase.*;

import casejourney.api.BilingualText;
import casejourney.api.ConferenceDecision;
import casejourney.api.MeetingType;
import casejourney.api.ProtectionCategory;
import casejourney.api.commands.RecordConferenceOutcomeCommand;
import casejourney.api.commands.ScheduleMeetingCommand;
import casejourney.api.commands.ShareReportCommand;
import casejourney.api.events.ConferenceOutcomeRecordedEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** Statutory dates an audit against DOMAIN.md found the aggregate getting wrong (2026-11-27). */
class CaseFileClockRulesTest {

  private static RecordConferenceOutcomeCommand outcome(
      String meetingId, LocalDate heldOn, LocalDate nextReview) {
    return new RecordConferenceOutcomeCommand(
        CASE_ID,
        null,
        meetingId,
        heldOn,
        ConferenceDecision.PLAN_NEEDED,
        ProtectionCategory.NEGLECT,
        nextReview,
        BilingualText.en("Worries"),
        List.of(),
        List.of(),
        null,
        null);
  }

  /** A first review five months after the initial conference is past the law's 3 months. */
  @Test
  void aNextReviewDateBeyondTheStatutoryReviewDateIsRefused() {
    fixture()
        .given(withEarlierConference())
        .when(outcome(EARLIER, TODAY, LocalDate.of(2026, 8, 3)), asChair())
        .expectException(
            rejected(CaseRuleException.class, "nextReviewDate", "must be held by 2026-06-02"));
  }

  /**
   * With a second initial conference still booked, the first core group counts from the one that
   * was held. Held 2 March: due 16 March; a core group on 17 March is late.
   */
  @Test
  void theFirstCoreGroupCountsFromTheInitialConferenceThatWasHeld() {
    fixture()
        .given(withEarlierConference())
        .andGiven(
            held(EARLIER, TODAY),
            scheduled(
                "m-initial-2",
                MeetingType.INITIAL_CONFERENCE,
                LocalDateTime.of(2026, 3, 13, 10, 0)))
        .when(
            new ScheduleMeetingCommand(
                CASE_ID,
                null,
                "m-core",
                MeetingType.CORE_GROUP,
                LocalDateTime.of(2026, 3, 17, 10, 0),
                "Family centre",
                CHAIR,
                null),
            asWorker())
        .expectException(rejected(CaseRuleException.class, "lateReason", "(2026-03-16)"));
  }

  /**
   * Core groups have no report rule (DOMAIN.md names none; the portal's form warns of none), so a
   * report shared after one needs no late reason.
   */
  @Test
  void aCoreGroupReportNeedsNoLateReason() {
    fixture()
        .given(
            opened(),
            strategyDiscussion(),
            scheduled("m-core", MeetingType.CORE_GROUP, LocalDateTime.of(2026, 2, 27, 10, 0)))
        .when(
            new ShareReportCommand(
                CASE_ID,
                null,
                "m-core",
                "r-1",
                "Core group notes",
                "Sam",
                List.of(PARENT_A.personId()),
                LocalDateTime.of(2026, 3, 2, 8, 30),
                null),
            asWorker())
        .expectSuccessfulHandlerExecution();
  }

  /** Twenty past nine on Friday 20 March, after the conference set for 12 March. */
  private static AggregateTestFixture<CaseFile> onTwentiethMarch() {
    AggregateTestFixture<CaseFile> fixture = new AggregateTestFixture<>(CaseFile.class);
    fixture.registerInjectableResource(
        CaseRules.defaults(
            Clock.fixed(Instant.parse("2026-03-20T09:20:00Z"), ZoneId.of("Europe/London"))));
    return fixture;
  }

  private static RecordConferenceOutcomeCommand heldOn18March(String lateReason) {
    RecordConferenceOutcomeCommand c = outcome(INITIAL, LocalDate.of(2026, 3, 18), null);
    return new RecordConferenceOutcomeCommand(
        c.caseId(),
        c.expectedVersion(),
        c.meetingId(),
        c.heldOn(),
        c.decision(),
        c.category(),
        LocalDate.of(2026, 6, 1),
        c.reasons(),
        c.strengths(),
        c.risks(),
        c.familyView(),
        c.dissent(),
        lateReason);
  }

  /**
   * Set for 12 March, due by 16 March, held on 18 March: held late, and later than the day it was
   * set for, so the chair says why, and the reason is kept with the outcome.
   */
  @Test
  void aConferenceHeldAfterItsStatutoryDateAndItsOwnDayNeedsAReason() {
    onTwentiethMarch()
        .given(withInitialConference())
        .when(heldOn18March(" "), asChair())
        .expectException(
            rejected(
                CaseRuleException.class,
                "lateReason",
                "held 2 working days after its statutory date (2026-03-16)"));
    onTwentiethMarch()
        .given(withInitialConference())
        .when(heldOn18March(" The chair was taken ill on the day. "), asChair())
        .expectEvents(
            new ConferenceOutcomeRecordedEvent(
                CASE_ID,
                INITIAL,
                LocalDate.of(2026, 3, 18),
                ConferenceDecision.PLAN_NEEDED,
                ProtectionCategory.NEGLECT,
                LocalDate.of(2026, 6, 1),
                BilingualText.en("Worries"),
                List.of(),
                List.of(),
                null,
                null,
                Instant.parse("2026-03-20T09:20:00Z"),
                "The chair was taken ill on the day."));
  }
}
