package casejourney.api.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import casejourney.api.StaffMember;
import casejourney.api.plan.ChangeKind;
import casejourney.api.plan.Expectation;
import casejourney.api.plan.PlanChange;
import casejourney.api.plan.PlanContent;
import casejourney.api.plan.Responsible;
import casejourney.api.views.PlanHistoryView.PlanVersionView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanHistoriesTest {

  private static final Responsible ALEX =
      new Responsible(Responsible.Party.FAMILY_MEMBER, "p-alex", "Alex");

  private static PlanContent plan(LocalDate courseBy) {
    return new PlanContent(
        List.of(),
        List.of(),
        List.of(),
        List.of(new Expectation("e-course", ALEX, "Go to the course", null, courseBy, "", "", "")));
  }

  private static PlanVersionView version(int n, PlanContent content, List<String> met) {
    return new PlanVersionView(
        n,
        content,
        new StaffMember("worker", "Sam"),
        Instant.parse("2026-03-01T10:00:00Z"),
        null,
        null,
        null,
        true,
        null,
        List.of(),
        met,
        List.of(),
        List.of());
  }

  private final PlanHistoryView history =
      new PlanHistoryView(
          "case-1",
          List.of(
              version(1, plan(LocalDate.of(2026, 6, 30)), List.of("e-course")),
              version(2, plan(LocalDate.of(2026, 6, 30)), List.of()),
              version(3, plan(LocalDate.of(2026, 5, 31)), List.of())),
          List.of(),
          3);

  @Test
  void comparingTwoVersionsAcrossOneInBetweenReportsEveryGoalpostChange() {
    assertThat(PlanHistories.compare(history, 1, 3))
        .extracting(PlanChange::kind)
        .containsExactly(ChangeKind.DEADLINE_BROUGHT_FORWARD, ChangeKind.MET_EXPECTATION_REOPENED);
  }

  @Test
  void anExpectationMetBeforeTheEarlierVersionIsNotReopenedLater() {
    assertThat(PlanHistories.compare(history, 2, 3))
        .extracting(PlanChange::kind)
        .containsExactly(ChangeKind.DEADLINE_BROUGHT_FORWARD);
  }

  @Test
  void comparingWithAVersionThatDoesNotExistSaysWhich() {
    assertThatThrownBy(() -> PlanHistories.compare(history, 1, 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plan version 9");
  }
}
