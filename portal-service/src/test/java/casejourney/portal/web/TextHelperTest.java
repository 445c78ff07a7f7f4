package casejourney.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.plan.ChangeKind;
import casejourney.api.plan.Expectation;
import casejourney.api.plan.PlanChange;
import casejourney.api.plan.PlanComparison;
import casejourney.api.plan.PlanContent;
import casejourney.api.plan.Responsible;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextHelperTest {

  private final TextHelper text = new TextHelper();

  @Test
  void the_comparisons_own_words_have_message_keys_and_worker_words_do_not() {
    // What the comparison really writes when a met expectation is expected again.
    Expectation course =
        new Expectation(
            "e-1",
            new Responsible(Responsible.Party.COUNCIL, null, null),
            "Arrange a family group conference",
            null,
            LocalDate.of(2026, 6, 15),
            "A date is agreed",
            "",
            "");
    PlanContent plan = new PlanContent(List.of(), List.of(), List.of(), List.of(course));
    PlanChange reopened =
        PlanComparison.compare(plan, Set.of("e-1"), plan).stream()
            .filter(c -> c.kind() == ChangeKind.MET_EXPECTATION_REOPENED)
            .findFirst()
            .orElseThrow();

    assertThat(text.planValueKey(reopened.before())).isEqualTo("changes.value.met");
    assertThat(text.planValueKey(reopened.after())).isEqualTo("changes.value.reopened");
    assertThat(text.planValueKey("COUNCIL")).isEqualTo("changes.value.party.COUNCIL");
    assertThat(text.planValueKey("Go to the course each week")).isNull();
    assertThat(text.planValueKey("2026-06-15")).isNull();
  }

  @Test
  void worker_words_in_a_comparison_say_welsh_is_on_its_way_on_a_welsh_page() {
    assertThat(text.planValue("Go to the course each week", "cy"))
        .isEqualTo(new TextHelper.Shown("Go to the course each week", "en", true));
    assertThat(text.planValue("Go to the course each week", "en").translationPending()).isFalse();
    assertThat(text.planValue("2026-06-15", "cy"))
        .isEqualTo(new TextHelper.Shown("15 Mehefin 2026", "cy", false));
  }

  @Test
  void a_day_with_its_weekday_reads_inside_a_sentence_in_either_language() {
    LocalDate christmas = LocalDate.of(2026, 12, 25);
    assertThat(text.weekdayAndDay(christmas, "en")).isEqualTo("Friday 25 December 2026");
    assertThat(text.weekdayAndDay(christmas, "cy")).isEqualTo("dydd Gwener 25 Rhagfyr 2026");
    assertThat(text.args(List.of(christmas, 3), "cy"))
        .containsExactly("dydd Gwener 25 Rhagfyr 2026", 3);
  }
}
