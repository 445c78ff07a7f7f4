package casejourney.api;

/**
 * Which worker-written text a Welsh version is added to (DOMAIN.md, "Language and readability": a
 * missing translation is a task for the worker). Each kind names the ids that find its text in the
 * case: {@code ref} always, {@code personId} and {@code reportId} only where said.
 */
public enum WelshText {
  /** What an expectation asks, in the current plan version. {@code ref}: the expectation. */
  PLAN_EXPECTATION,
  /** Why an expectation changed, in the current plan version. {@code ref}: the expectation. */
  PLAN_CHANGE_REASON,
  /**
   * How we will know an expectation is done, in the current plan version. {@code ref}: the
   * expectation.
   */
  PLAN_HOW_WE_KNOW,
  /**
   * The help promised for an expectation, in the current plan version. {@code ref}: the
   * expectation.
   */
  PLAN_SUPPORT,
  /**
   * What happens if an expectation is not done, in the current plan version. {@code ref}: the
   * expectation.
   */
  PLAN_CONSEQUENCE,
  /** Why a meeting was last moved. {@code ref}: the meeting. */
  MEETING_MOVED_REASON,
  /** Why a meeting was cancelled. {@code ref}: the meeting. */
  MEETING_CANCELLED_REASON,
  /** The reasons recorded with a meeting's outcome. {@code ref}: the meeting. */
  OUTCOME_REASONS,
  /**
   * The chair's response to a young person's views. {@code ref}: the meeting; {@code personId}: the
   * young person.
   */
  CHAIR_RESPONSE,
  /**
   * Why a family member was left out of a meeting. {@code ref}: the meeting; {@code personId}: who
   * was left out.
   */
  EXCLUSION_REASON,
  /**
   * Why parts of a report were held back from one person's copy. {@code ref}: the meeting; {@code
   * reportId}: the report; {@code personId}: whose copy.
   */
  REDACTION_REASON,
  /** Why the answer to a dispute needs more time. {@code ref}: the dispute. */
  DISPUTE_EXTENSION_REASON,
  /** The answer to a dispute. {@code ref}: the dispute. */
  DISPUTE_ANSWER,
  /** Why the case was closed. {@code ref}: the case. */
  CASE_CLOSED_REASON;

  /** True for the kinds that name a person, as {@code personId}. */
  public boolean needsPerson() {
    return this == CHAIR_RESPONSE || this == EXCLUSION_REASON || this == REDACTION_REASON;
  }

  /** True for the kinds whose text is part of one expectation in the current plan version. */
  public boolean isPlanText() {
    return this == PLAN_EXPECTATION
        || this == PLAN_CHANGE_REASON
        || this == PLAN_HOW_WE_KNOW
        || this == PLAN_SUPPORT
        || this == PLAN_CONSEQUENCE;
  }

  /** True for the kinds that name a report, as {@code reportId}. */
  public boolean needsReport() {
    return this == REDACTION_REASON;
  }
}
