package casejourney.api;

/** How much of a meeting a family member is left out of, when the chair decides they must be. */
public enum ExclusionScope {
  /** They are not at the meeting at all. */
  WHOLE_MEETING,
  /** They are asked to leave for part of it. */
  PART_OF_MEETING
}
