package casejourney.api;

/** What a conference decided. */
public enum ConferenceDecision {
  PLAN_NEEDED,
  NO_PLAN_NEEDED,
  PLAN_CONTINUES,
  PLAN_ENDS
}
