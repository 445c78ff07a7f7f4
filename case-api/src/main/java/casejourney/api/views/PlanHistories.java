package casejourney.api.views;

import casejourney.api.plan.PlanChange;
import casejourney.api.plan.PlanComparison;
import casejourney.api.views.PlanHistoryView.PlanVersionView;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Comparisons between any two plan versions, with the one goalpost comparison the write side uses.
 */
public final class PlanHistories {

  private PlanHistories() {}

  /**
   * The goalpost changes from version {@code from} to version {@code to}. An expectation counts as
   * met when it was marked met while any version from {@code from} up to (not including) {@code to}
   * was current, so a reopening anywhere in between is reported.
   *
   * @throws IllegalArgumentException when either version is not in the history
   */
  public static List<PlanChange> compare(PlanHistoryView history, int from, int to) {
    PlanVersionView earlier = version(history, from);
    PlanVersionView later = version(history, to);
    Set<String> met = new LinkedHashSet<>();
    for (PlanVersionView v : history.versions()) {
      if (v.version() >= Math.min(from, to) && v.version() < Math.max(from, to)) {
        met.addAll(v.metExpectationIds());
      }
    }
    return PlanComparison.compare(earlier.content(), from < to ? met : Set.of(), later.content());
  }

  /** The current version: the highest number, or empty before the first is published. */
  public static Optional<PlanVersionView> current(PlanHistoryView history) {
    return history.versions().stream().max(Comparator.comparingInt(PlanVersionView::version));
  }

  /** The version with that number. */
  public static PlanVersionView version(PlanHistoryView history, int version) {
    return history.versions().stream()
        .filter(v -> v.version() == version)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "plan version " + version + " is not in case " + history.caseId()));
  }
}
