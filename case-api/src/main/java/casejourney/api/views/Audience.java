package casejourney.api.views;

/**
 * Whose eyes a timeline or an access grant is for. Each sees what DOMAIN.md "Who may see what"
 * allows.
 */
public enum Audience {
  /** A parent or carer on the case. */
  PARENT,
  /** The young person the case is about. */
  YOUNG_PERSON,
  /** The allocated social worker. */
  WORKER,
  /** A conference chair, for the meetings they chair. */
  CHAIR
}
