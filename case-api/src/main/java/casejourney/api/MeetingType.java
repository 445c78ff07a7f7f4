package casejourney.api;

/** The kinds of child protection meeting. */
public enum MeetingType {
  INITIAL_CONFERENCE,
  REVIEW_CONFERENCE,
  CORE_GROUP
}
