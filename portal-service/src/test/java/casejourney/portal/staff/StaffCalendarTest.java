package casejourney.portal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.calendar.AuthoritySettings;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The portal reads the authority's settings from the same properties as case-service. */
class StaffCalendarTest {

  // A Monday; 15 working days later is Monday 22 June 2026 with no closures.
  private static final LocalDate STRATEGY = LocalDate.of(2026, 6, 1);

  @Test
  void closure_days_and_timescales_configured_for_the_authority_move_the_portals_due_dates() {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("casejourney.authority.closure-days[0]", "2026-06-03")
            .withProperty("casejourney.authority.closure-days[1]", "2026-06-04")
            .withProperty("casejourney.authority.timescales.first-core-group-working-days", "5");
    StaffCalendar configured = new StaffCalendar(environment);
    StaffCalendar defaults = new StaffCalendar(new MockEnvironment());

    assertThat(defaults.statutory().initialConferenceDue(STRATEGY))
        .isEqualTo(AuthoritySettings.defaults().statutoryClock().initialConferenceDue(STRATEGY))
        .isEqualTo(LocalDate.of(2026, 6, 22));
    // Two closure days push it two working days later.
    assertThat(configured.statutory().initialConferenceDue(STRATEGY))
        .isEqualTo(LocalDate.of(2026, 6, 24));
    assertThat(configured.timescales().firstCoreGroupWorkingDays()).isEqualTo(5);
    assertThat(defaults.timescales().firstCoreGroupWorkingDays()).isEqualTo(10);
  }
}
