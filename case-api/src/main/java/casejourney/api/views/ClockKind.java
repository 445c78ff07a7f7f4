package casejourney.api.views;

/** The statutory clocks in DOMAIN.md "Statutory timescales". */
public enum ClockKind {
  INITIAL_CONFERENCE,
  CORE_GROUP,
  REVIEW_CONFERENCE,
  OUTLINE_PLAN,
  FULL_RECORD,
  REPORT_SHARING
}
