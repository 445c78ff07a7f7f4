package casejourney.api;

/**
 * What in the record a family member says is wrong (DOMAIN.md, "Data": a disputed fact is recorded
 * as a dispute, never by rewriting history).
 */
public enum DisputedItem {
  /** What a conference or core group decided and recorded: needs its meeting. */
  MEETING_OUTCOME,
  /** A report shared with them: needs its meeting and report. */
  REPORT,
  /** A plan version: needs its version number. */
  PLAN_VERSION,
  /** Anything else recorded about them or their family. */
  OTHER
}
