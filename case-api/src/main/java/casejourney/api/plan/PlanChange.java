package casejourney.api.plan;

import casejourney.api.personal.Personal;

/**
 * One difference between two plan versions, for one expectation.
 *
 * @param expectationId the expectation the change is about
 * @param kind what kind of change it is
 * @param before the old value in words (null when the expectation is new)
 * @param after the new value in words (null when the expectation was removed)
 */
public record PlanChange(
    String expectationId, ChangeKind kind, @Personal String before, @Personal String after) {

  /** True when the change makes things harder for the family and needs a reason. */
  public boolean flagged() {
    return kind.flagged();
  }
}
