package casejourney.api;

/**
 * How the allocated worker answered a dispute. Neither answer changes what was recorded before:
 * both are kept next to it.
 */
public enum DisputeAnswer {
  /** The record was wrong; the correction is kept next to it, and the family is told what it is. */
  CORRECTED,
  /**
   * The council keeps the record as it is, and says why; the family member's words stay next to it,
   * and they are told how to complain.
   */
  NOT_CHANGED
}
