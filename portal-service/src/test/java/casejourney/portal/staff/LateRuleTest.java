package casejourney.portal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.MeetingType;
import casejourney.api.Nation;
import casejourney.api.views.ClockKind;
import casejourney.api.views.StatutoryClocksView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The portal's warnings agree with what case-service enforces (an audit, 2026-11-27). */
class LateRuleTest {

  private final StaffCalendar calendar =
      new StaffCalendar(
          Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Europe/London")));

  /** A Saturday meeting: sharing on the "share by" day the hint gives is on time. */
  @Test
  void aReportSharedOnTheShareByDateIsOnTime() {
    LocalDateTime meeting = LocalDateTime.of(2026, 3, 14, 10, 0); // Saturday
    LateRule hint = LateRule.report(calendar, MeetingType.INITIAL_CONFERENCE, meeting, null);
    LateRule sharedOnThatDay =
        LateRule.report(calendar, MeetingType.INITIAL_CONFERENCE, meeting, hint.due().atTime(9, 0));
    assertThat(sharedOnThatDay.late()).isFalse();
  }

  /** Only the first core group has a clock, so a second one is never "late". */
  @Test
  void aSecondCoreGroupHasNoMustBeHeldByDate() {
    // The read model after: initial conference held 12 March, core group m-core-1 scheduled.
    StatutoryClocksView clocks =
        new StatutoryClocksView(
            "c",
            Nation.ENGLAND,
            List.of(
                new StatutoryClocksView.Clock(
                    ClockKind.INITIAL_CONFERENCE,
                    "m-ic",
                    LocalDate.of(2026, 3, 16),
                    LocalDate.of(2026, 3, 12)),
                new StatutoryClocksView.Clock(
                    ClockKind.CORE_GROUP, "m-core-1", LocalDate.of(2026, 3, 26), null)),
            List.of(),
            List.of(
                new StatutoryClocksView.Meeting("m-ic", MeetingType.INITIAL_CONFERENCE),
                new StatutoryClocksView.Meeting("m-core-1", MeetingType.CORE_GROUP)),
            5);
    LateRule rule =
        LateRule.meeting(calendar, null, clocks, MeetingType.CORE_GROUP, LocalDate.of(2026, 5, 27));
    assertThat(rule.late()).isFalse();
  }
}
