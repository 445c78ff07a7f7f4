package casejourney.projections.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.BilingualText;
import casejourney.api.ConferenceDecision;
import casejourney.api.FamilyMember;
import casejourney.api.FamilyRole;
import casejourney.api.Language;
import casejourney.api.MeetingType;
import casejourney.api.Nation;
import casejourney.api.ProtectionCategory;
import casejourney.api.StaffMember;
import casejourney.api.calendar.StatutoryClock;
import casejourney.api.calendar.StatutoryTimescales;
import casejourney.api.calendar.WorkingDayCalendar;
import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.CaseOpenedEvent;
import casejourney.api.events.ConferenceOutcomeRecordedEvent;
import casejourney.api.events.MeetingCancelledEvent;
import casejourney.api.events.MeetingScheduledEvent;
import casejourney.api.events.StrategyDiscussionHeldEvent;
import casejourney.api.views.ClockKind;
import casejourney.api.views.StatutoryClocksView;
import casejourney.api.views.StatutoryClocksView.Missed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clock faults an audit against DOMAIN.md found (2026-11-27): closing a case with clocks overdue,
 * two initial conferences booked, a late meeting cancelled and replaced, a late meeting held later
 * still. Each test failed on the fold before the fix.
 */
class ClockFoldTest {

  static final String CASE = "c";
  static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
  static final StaffMember W = new StaffMember("w", "Worker");
  static final StatutoryClock RULES =
      new StatutoryClock(
          WorkingDayCalendar.englandAndWales(List.of()), StatutoryTimescales.defaults());
  // Strategy discussion Monday 2 March 2026: initial conference due Monday 23 March.
  static final LocalDate SD = LocalDate.of(2026, 3, 2);
  static final LocalDate IC_DUE = RULES.initialConferenceDue(SD);

  private final ClockFold fold = new ClockFold(RULES, ClockFold.empty(CASE));

  private void given(Object... events) {
    for (Object e : events) {
      fold.apply(e);
    }
  }

  private StatutoryClocksView view() {
    return fold.view(CASE, 99);
  }

  static CaseOpenedEvent opened() {
    return new CaseOpenedEvent(
        CASE,
        Nation.ENGLAND,
        new FamilyMember("p", "Jo", FamilyRole.YOUNG_PERSON, Language.EN, "yp", null),
        List.of(),
        W,
        AT);
  }

  static MeetingScheduledEvent scheduled(
      String id, MeetingType type, LocalDate on, LocalDate due, int late, String reason) {
    return new MeetingScheduledEvent(
        CASE, id, type, on.atTime(10, 0), "Hall", W, due, late > 0, late, reason, AT);
  }

  static ConferenceOutcomeRecordedEvent held(String id, LocalDate on) {
    return new ConferenceOutcomeRecordedEvent(
        CASE,
        id,
        on,
        ConferenceDecision.PLAN_NEEDED,
        ProtectionCategory.NEGLECT,
        on.plusMonths(3),
        BilingualText.en("why"),
        List.of(),
        List.of(),
        null,
        null,
        AT,
        null);
  }

  /** Closing a case records the clocks already past their due date as missed, with the reason. */
  @Test
  void closingTheCaseRecordsAlreadyOverdueClocksAsMissed() {
    LocalDate icOn = LocalDate.of(2026, 3, 20);
    given(
        opened(),
        new StrategyDiscussionHeldEvent(CASE, SD, IC_DUE, AT),
        scheduled("ic", MeetingType.INITIAL_CONFERENCE, icOn, IC_DUE, 0, null),
        held("ic", icOn),
        // core group due 2 April and review due 20 June: neither ever held
        new CaseClosedEvent(
            CASE, BilingualText.en("Moved away"), Instant.parse("2026-09-01T10:00:00Z")));

    assertThat(view().clocks())
        .filteredOn(c -> c.kind() == ClockKind.CORE_GROUP)
        .singleElement()
        .satisfies(c -> assertThat(c.due()).isBefore(LocalDate.of(2026, 9, 1)));
    assertThat(view().missed())
        .extracting(Missed::kind)
        .contains(ClockKind.CORE_GROUP, ClockKind.REVIEW_CONFERENCE);
    assertThat(view().missed())
        .filteredOn(m -> m.kind() == ClockKind.CORE_GROUP)
        .singleElement()
        .satisfies(m -> assertThat(m.reason()).isEqualTo("Moved away"));
  }

  /** Holding either of two initial conferences booked stops the initial conference clock. */
  @Test
  void holdingAnyInitialConferenceStopsTheInitialConferenceClock() {
    given(
        opened(),
        new StrategyDiscussionHeldEvent(CASE, SD, IC_DUE, AT),
        scheduled(
            "ic-1", MeetingType.INITIAL_CONFERENCE, LocalDate.of(2026, 3, 20), IC_DUE, 0, null),
        scheduled(
            "ic-2", MeetingType.INITIAL_CONFERENCE, LocalDate.of(2026, 3, 19), IC_DUE, 0, null),
        held("ic-2", LocalDate.of(2026, 3, 19)),
        new MeetingCancelledEvent(CASE, "ic-1", BilingualText.en("duplicate"), AT));

    assertThat(view().overdue(LocalDate.of(2026, 4, 1), RULES.calendar()))
        .extracting(StatutoryClocksView.Clock::kind)
        .doesNotContain(ClockKind.INITIAL_CONFERENCE);
  }

  /** A late meeting cancelled and replaced by one in time is not a missed clock. */
  @Test
  void aLateMeetingCancelledAndReplacedInTimeIsNoLongerMissed() {
    given(
        opened(),
        new StrategyDiscussionHeldEvent(CASE, SD, IC_DUE, AT),
        scheduled(
            "ic-1",
            MeetingType.INITIAL_CONFERENCE,
            LocalDate.of(2026, 3, 25),
            IC_DUE,
            2,
            "No chair"),
        new MeetingCancelledEvent(CASE, "ic-1", BilingualText.en("A chair is free sooner"), AT),
        scheduled(
            "ic-2", MeetingType.INITIAL_CONFERENCE, LocalDate.of(2026, 3, 20), IC_DUE, 0, null),
        held("ic-2", LocalDate.of(2026, 3, 20)));

    assertThat(view().clocks())
        .filteredOn(c -> c.kind() == ClockKind.INITIAL_CONFERENCE)
        .singleElement()
        .satisfies(c -> assertThat(c.stoppedOn()).isBeforeOrEqualTo(c.due()));
    assertThat(view().missed())
        .extracting(Missed::kind)
        .doesNotContain(ClockKind.INITIAL_CONFERENCE);
  }

  /** A meeting set late and held later still counts the days it really was late. */
  @Test
  void aLateMeetingHeldLaterStillRecordsHowLateItReallyWas() {
    LocalDate scheduledOn = LocalDate.of(2026, 3, 24); // 1 working day late
    LocalDate heldOn = LocalDate.of(2026, 3, 31); // 6 working days late
    given(
        opened(),
        new StrategyDiscussionHeldEvent(CASE, SD, IC_DUE, AT),
        scheduled("ic", MeetingType.INITIAL_CONFERENCE, scheduledOn, IC_DUE, 1, "No chair"),
        held("ic", heldOn));

    assertThat(view().missed())
        .filteredOn(m -> m.kind() == ClockKind.INITIAL_CONFERENCE)
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.workingDaysLate())
                    .isEqualTo(RULES.lateness(IC_DUE, heldOn).workingDaysLate()));
  }

  /** A conference held late and later than set keeps the chair's reason with the miss. */
  @Test
  void aConferenceHeldLateKeepsTheChairsReason() {
    LocalDate heldOn = LocalDate.of(2026, 3, 25);
    ConferenceOutcomeRecordedEvent held = held("ic", heldOn);
    given(
        opened(),
        new StrategyDiscussionHeldEvent(CASE, SD, IC_DUE, AT),
        scheduled("ic", MeetingType.INITIAL_CONFERENCE, LocalDate.of(2026, 3, 20), IC_DUE, 0, null),
        new ConferenceOutcomeRecordedEvent(
            held.caseId(),
            held.meetingId(),
            held.heldOn(),
            held.decision(),
            held.category(),
            held.nextReviewDate(),
            held.reasons(),
            held.strengths(),
            held.risks(),
            held.familyView(),
            held.dissent(),
            held.recordedAt(),
            "The chair was taken ill."));

    assertThat(view().missed())
        .filteredOn(m -> m.kind() == ClockKind.INITIAL_CONFERENCE)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.reason()).isEqualTo("The chair was taken ill.");
              assertThat(m.workingDaysLate()).isEqualTo(2);
            });
  }
}
