package casejourney.api;

/** The form a young person's contribution takes. */
public enum ContributionForm {
  /** Their own words. */
  WORDS,
  /** The "three houses": worries, good things, wishes. */
  THREE_HOUSES,
  /** A drawing, kept as a reference to an uploaded file, with an optional caption. */
  DRAWING,
  /** Their views as put by an advocate. */
  THROUGH_ADVOCATE
}
