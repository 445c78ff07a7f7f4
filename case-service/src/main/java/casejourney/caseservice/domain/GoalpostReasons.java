package casejourney.caseservice.domain;

import casejourney.api.BilingualText;
import casejourney.api.plan.ChangeKind;
import casejourney.api.plan.Expectation;
import casejourney.api.plan.PlanChange;
import casejourney.api.plan.PlanComparison;
import casejourney.api.plan.PlanContent;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * DOMAIN.md "No moving goalposts": a change that makes things harder for the family cannot be
 * published without a plain-language reason, and the worker is told exactly which items need one.
 */
final class GoalpostReasons {

  private GoalpostReasons() {}

  /** The changes from the previous version; refuses when a flagged change has no reason. */
  static List<PlanChange> changes(
      PlanContent previous,
      Set<String> metExpectationIds,
      PlanContent next,
      Map<String, BilingualText> reasons) {
    List<PlanChange> changes = PlanComparison.compare(previous, metExpectationIds, next);
    Map<String, String> english = new HashMap<>();
    if (reasons != null) {
      reasons.forEach((id, reason) -> english.put(id, reason == null ? null : reason.en()));
    }
    List<String> missing = PlanComparison.missingReasons(changes, english);
    if (!missing.isEmpty()) {
      throw new CaseRuleException(
          missing.stream()
              .map(
                  id ->
                      new FieldError(
                          "reasonsByExpectationId[" + id + "]",
                          message(id, changes, previous, next)))
              .toList());
    }
    return changes;
  }

  private static String message(
      String expectationId, List<PlanChange> changes, PlanContent previous, PlanContent next) {
    String kinds =
        changes.stream()
            .filter(c -> c.expectationId().equals(expectationId) && c.flagged())
            .map(c -> describe(c.kind()))
            .distinct()
            .collect(Collectors.joining(", "));
    return "Give a reason for the change to \""
        + what(expectationId, previous, next)
        + "\": it makes things harder for the family ("
        + kinds
        + ")";
  }

  private static String what(String expectationId, PlanContent previous, PlanContent next) {
    return Stream.of(next, previous)
        .flatMap(plan -> plan.expectations().stream())
        .filter(e -> e.expectationId().equals(expectationId))
        .map(Expectation::what)
        .findFirst()
        .orElse(expectationId);
  }

  static String describe(ChangeKind kind) {
    return switch (kind) {
      case EXPECTATION_ADDED -> "a new expectation";
      case RESPONSIBILITY_MOVED_TO_FAMILY -> "it is now the family's task";
      case MET_EXPECTATION_REOPENED -> "it was met and is now expected again";
      default -> kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }
}
