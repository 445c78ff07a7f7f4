package casejourney.portal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.calendar.WorkingDayCalendar;
import casejourney.portal.web.FormErrors;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which days the meeting pages ask the worker to confirm, and what a tick confirms. */
class NonWorkingDayRuleTest {

  // Wednesday 5 June 2030, shut for the council's own reasons.
  private static final LocalDate CLOSURE = LocalDate.of(2030, 6, 5);
  private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales(List.of(CLOSURE));

  @Test
  void an_authority_closure_day_is_asked_about_like_a_weekend() {
    assertThat(NonWorkingDayRule.of(calendar, CLOSURE, null).applies()).isTrue();
    assertThat(NonWorkingDayRule.of(calendar, LocalDate.of(2030, 6, 1), null).applies()).isTrue();
    assertThat(NonWorkingDayRule.of(calendar, LocalDate.of(2030, 6, 4), "2030-06-05"))
        .isEqualTo(NonWorkingDayRule.NONE);
  }

  @Test
  void an_unconfirmed_day_is_an_error_on_the_date_naming_the_day() {
    FormErrors errors = new FormErrors();
    NonWorkingDayRule.of(calendar, CLOSURE, "").check(errors);
    assertThat(errors.get("date"))
        .isEqualTo(
            new FormErrors.Error("date", "staff.error.nonWorkingDay", null, List.of(CLOSURE)));
  }

  @Test
  void a_tick_confirms_only_the_day_it_was_given_for() {
    assertThat(NonWorkingDayRule.of(calendar, CLOSURE, " 2030-06-05 ").confirmed()).isTrue();
    assertThat(NonWorkingDayRule.of(calendar, CLOSURE, "2030-06-01").confirmed()).isFalse();
    assertThat(NonWorkingDayRule.of(calendar, CLOSURE, "yes").confirmed()).isFalse();
    FormErrors errors = new FormErrors();
    NonWorkingDayRule.of(calendar, CLOSURE, "2030-06-05").check(errors);
    assertThat(errors.isEmpty()).isTrue();
  }

  @Test
  void no_day_chosen_leaves_the_date_to_its_own_check() {
    assertThat(NonWorkingDayRule.of(calendar, null, "2030-06-05"))
        .isEqualTo(NonWorkingDayRule.NONE);
  }
}
