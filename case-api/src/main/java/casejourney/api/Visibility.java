package casejourney.api;

/** Who may see a young person's contribution; the young person chooses. */
public enum Visibility {
  /** Everyone at the meeting, including their parents. */
  EVERYONE_AT_MEETING,
  /** Only the chair and their social worker. */
  CHAIR_AND_WORKER
}
