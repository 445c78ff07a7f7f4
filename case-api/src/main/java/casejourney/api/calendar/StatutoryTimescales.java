package casejourney.api.calendar;

/**
 * One local authority's statutory timescales. Defaults come from DOMAIN.md; every number is
 * configurable per authority.
 *
 * @param initialConferenceWorkingDays initial conference within this many working days of the
 *     strategy discussion that started section 47 enquiries
 * @param firstCoreGroupWorkingDays first core group within this many working days of the initial
 *     conference
 * @param firstReviewMonths first review conference within this many months of the initial
 *     conference
 * @param laterReviewMonths later review conferences at most this many months apart
 * @param reportsBeforeInitialWorkingDays reports shared at least this many working days before an
 *     initial conference
 * @param reportsBeforeReviewWorkingDays reports shared at least this many working days before a
 *     review conference
 * @param outlinePlanWorkingDays outline plan and decisions summary to the family within this many
 *     working days of the conference (Wales)
 * @param fullRecordWorkingDays full conference record within this many working days (Wales, good
 *     practice)
 */
public record StatutoryTimescales(
    int initialConferenceWorkingDays,
    int firstCoreGroupWorkingDays,
    int firstReviewMonths,
    int laterReviewMonths,
    int reportsBeforeInitialWorkingDays,
    int reportsBeforeReviewWorkingDays,
    int outlinePlanWorkingDays,
    int fullRecordWorkingDays) {

  /** The defaults in DOMAIN.md. */
  public static StatutoryTimescales defaults() {
    return new StatutoryTimescales(15, 10, 3, 6, 3, 5, 5, 20);
  }
}
