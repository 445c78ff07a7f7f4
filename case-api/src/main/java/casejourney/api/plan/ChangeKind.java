package casejourney.api.plan;

/**
 * The goalpost taxonomy (DOMAIN.md, "Goalpost changes"). A flagged kind makes things harder for the
 * family: it cannot be published without a plain-language reason, and families see it highlighted.
 */
public enum ChangeKind {
  EXPECTATION_ADDED(true),
  EXPECTATION_REMOVED(false),
  DEADLINE_BROUGHT_FORWARD(true),
  DEADLINE_MOVED_LATER(false),
  SUCCESS_MEASURE_CHANGED(true),
  WORDING_CHANGED(true),
  RESPONSIBILITY_MOVED_TO_FAMILY(true),
  RESPONSIBILITY_MOVED_FROM_FAMILY(false),
  SUPPORT_WITHDRAWN_OR_DELAYED(true),
  SUPPORT_ADDED_OR_BROUGHT_FORWARD(false),
  CONSEQUENCE_MADE_STRICTER(true),
  CONSEQUENCE_REMOVED(false),
  MET_EXPECTATION_REOPENED(true);

  private final boolean flagged;

  ChangeKind(boolean flagged) {
    this.flagged = flagged;
  }

  /** True when this kind makes things harder for the family. */
  public boolean flagged() {
    return flagged;
  }
}
