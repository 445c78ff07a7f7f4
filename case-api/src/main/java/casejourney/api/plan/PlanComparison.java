package casejourney.api.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two plan versions item by item, by {@code expectationId}, and names each difference with
 * a goalpost {@link ChangeKind} (DOMAIN.md, "Goalpost changes"). Pure: no clock, no I/O.
 *
 * <p>A plan is two-sided, so the same edit can be good or bad news depending on whose task it is. A
 * new or earlier council or agency task is help arriving sooner (not flagged); a dropped or later
 * one is a promise withdrawn or delayed (flagged). Date changes are judged by who holds the
 * expectation in the new version.
 *
 * <p>Free text cannot be read for direction, so the rules are conservative: any substantive change
 * to the support text is reported as {@link ChangeKind#SUPPORT_WITHDRAWN_OR_DELAYED} and any new or
 * substantively changed consequence as {@link ChangeKind#CONSEQUENCE_MADE_STRICTER}. Both are
 * flagged, so the worker has to explain the change to the family in words. "Substantive" is decided
 * by {@link Wording}; Welsh text ({@code whatCy}) is a translation and never a goalpost change.
 *
 * <p>Moving a task between the council and another agency, or renaming who holds it, is not
 * reported: it changes nothing the family must do.
 */
public final class PlanComparison {

  /**
   * The before and after values of a {@link ChangeKind#MET_EXPECTATION_REOPENED}: words the
   * comparison writes itself, so a page shows them in the reader's language rather than as stored.
   */
  public static final String MET = "met";

  public static final String REOPENED = "expected again";

  private PlanComparison() {}

  /**
   * The changes from {@code previous} to {@code next}, ordered by the expectation's position in
   * {@code next} (removed expectations last, in their order in {@code previous}), then by {@link
   * ChangeKind} order.
   *
   * @param previous the version before, or null when {@code next} is the first version (which is
   *     not a goalpost change, so gives no changes)
   * @param metExpectationIds expectations marked met in {@code previous}; each one still in {@code
   *     next} is reported as reopened. Null is read as none
   * @throws IllegalArgumentException when a version holds one expectation id twice
   */
  public static List<PlanChange> compare(
      PlanContent previous, Set<String> metExpectationIds, PlanContent next) {
    Objects.requireNonNull(next, "next");
    if (previous == null) {
      return List.of();
    }
    Set<String> met = metExpectationIds == null ? Set.of() : metExpectationIds;
    Map<String, Expectation> before = byId(previous);
    Map<String, Expectation> after = byId(next);
    List<PlanChange> changes = new ArrayList<>();
    for (Expectation now : after.values()) {
      Expectation was = before.get(now.expectationId());
      if (was == null) {
        changes.add(added(now));
      } else {
        changes.addAll(ExpectationComparison.between(was, now, met.contains(was.expectationId())));
      }
    }
    for (Expectation was : before.values()) {
      if (!after.containsKey(was.expectationId())) {
        changes.add(removed(was));
      }
    }
    return List.copyOf(changes);
  }

  /** Ids of expectations with at least one flagged change, in the order of {@code changes}. */
  public static Set<String> expectationsNeedingReason(List<PlanChange> changes) {
    Set<String> ids = new LinkedHashSet<>();
    for (PlanChange change : changes) {
      if (change.flagged()) {
        ids.add(change.expectationId());
      }
    }
    return Collections.unmodifiableSet(ids);
  }

  /**
   * Ids of expectations with a flagged change but no non-blank reason: a version with any of these
   * cannot be published. Null reasons are read as none given.
   */
  public static List<String> missingReasons(
      List<PlanChange> changes, Map<String, String> reasonsByExpectationId) {
    Map<String, String> reasons =
        reasonsByExpectationId == null ? Map.of() : reasonsByExpectationId;
    return expectationsNeedingReason(changes).stream()
        .filter(id -> ExpectationComparison.isBlank(reasons.get(id)))
        .toList();
  }

  /** Who holds an expectation, in words. */
  static String describe(Responsible responsible) {
    return ExpectationComparison.isBlank(responsible.name())
        ? responsible.party().name()
        : responsible.name();
  }

  /** A new council or agency task is a new promise of help, not a new demand on the family. */
  private static PlanChange added(Expectation now) {
    ChangeKind kind =
        now.responsible().party().isFamily()
            ? ChangeKind.EXPECTATION_ADDED
            : ChangeKind.SUPPORT_ADDED_OR_BROUGHT_FORWARD;
    return new PlanChange(now.expectationId(), kind, null, now.what());
  }

  private static PlanChange removed(Expectation was) {
    ChangeKind kind =
        was.responsible().party().isFamily()
            ? ChangeKind.EXPECTATION_REMOVED
            : ChangeKind.SUPPORT_WITHDRAWN_OR_DELAYED;
    return new PlanChange(was.expectationId(), kind, was.what(), null);
  }

  private static Map<String, Expectation> byId(PlanContent plan) {
    Map<String, Expectation> byId = new LinkedHashMap<>();
    for (Expectation expectation : plan.expectations()) {
      if (byId.put(expectation.expectationId(), expectation) != null) {
        throw new IllegalArgumentException(
            "expectation " + expectation.expectationId() + " appears twice in one plan version");
      }
    }
    return byId;
  }
}
