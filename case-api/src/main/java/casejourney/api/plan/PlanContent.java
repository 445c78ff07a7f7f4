package casejourney.api.plan;

import casejourney.api.personal.Personal;
import java.util.List;

/**
 * The content of one plan version.
 *
 * @param outcomes what the plan is trying to achieve for the child
 * @param strengths what is going well in the family
 * @param priorityRisks the worries the plan must reduce
 * @param expectations who does what, by when
 */
public record PlanContent(
    @Personal List<String> outcomes,
    @Personal List<String> strengths,
    @Personal List<String> priorityRisks,
    List<Expectation> expectations) {

  public PlanContent {
    outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    strengths = strengths == null ? List.of() : List.copyOf(strengths);
    priorityRisks = priorityRisks == null ? List.of() : List.copyOf(priorityRisks);
    expectations = expectations == null ? List.of() : List.copyOf(expectations);
  }
}
