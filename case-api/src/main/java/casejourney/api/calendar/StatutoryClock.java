package casejourney.api.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Due dates for the statutory clocks in DOMAIN.md ("Statutory timescales"), for one authority's
 * calendar and timescales. Pure: the same inputs always give the same dates.
 */
public final class StatutoryClock {

  private final WorkingDayCalendar calendar;
  private final StatutoryTimescales timescales;

  public StatutoryClock(WorkingDayCalendar calendar, StatutoryTimescales timescales) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.timescales = Objects.requireNonNull(timescales, "timescales");
  }

  public WorkingDayCalendar calendar() {
    return calendar;
  }

  public LocalDate initialConferenceDue(LocalDate strategyDiscussion) {
    return calendar.addWorkingDays(strategyDiscussion, timescales.initialConferenceWorkingDays());
  }

  public LocalDate firstCoreGroupDue(LocalDate initialConference) {
    return calendar.addWorkingDays(initialConference, timescales.firstCoreGroupWorkingDays());
  }

  /**
   * Plain calendar months, as the guidance states it; a date that does not exist in the target
   * month (30 November + 3 months) falls back to that month's last day. Not moved off weekends: the
   * meeting must be held by then, and moving the date later would hide a breach.
   */
  public LocalDate firstReviewDue(LocalDate initialConference) {
    return initialConference.plusMonths(timescales.firstReviewMonths());
  }

  /** Plain calendar months after the previous review, as {@link #firstReviewDue}. */
  public LocalDate nextReviewDue(LocalDate previousReview) {
    return previousReview.plusMonths(timescales.laterReviewMonths());
  }

  /**
   * The last date a report may be shared with the family and still be on time: the configured
   * number of working days before the meeting (3 before an initial conference, 5 before a review,
   * by default). Shared on this date, the family has that many working days, counting the meeting
   * day, to read it.
   */
  public LocalDate latestReportShareDate(LocalDate meetingDate, boolean review) {
    int days =
        review
            ? timescales.reportsBeforeReviewWorkingDays()
            : timescales.reportsBeforeInitialWorkingDays();
    // A meeting on a weekend or a bank holiday gives no reading day of its own: count back from
    // the working day before it, as the family's days are counted.
    LocalDate last = meetingDate;
    while (!calendar.isWorkingDay(last)) {
      last = last.minusDays(1);
    }
    return calendar.subtractWorkingDays(last, days);
  }

  /** Outline plan and decisions summary to the family (Wales). */
  public LocalDate outlinePlanDue(LocalDate conference) {
    return calendar.addWorkingDays(conference, timescales.outlinePlanWorkingDays());
  }

  /** Full conference record (Wales, good practice). */
  public LocalDate fullRecordDue(LocalDate conference) {
    return calendar.addWorkingDays(conference, timescales.fullRecordWorkingDays());
  }

  /** Anything done on or before its due date is on time, whatever day of the week it was done. */
  public Lateness lateness(LocalDate due, LocalDate actual) {
    if (!actual.isAfter(due)) {
      return Lateness.onTime();
    }
    return new Lateness(true, calendar.workingDaysBetween(due, actual));
  }
}
