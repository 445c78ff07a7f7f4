package casejourney.api;

/** Whether a meeting participant is a family member or a professional. */
public enum ParticipantKind {
  FAMILY_MEMBER,
  PROFESSIONAL
}
