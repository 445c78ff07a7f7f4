package casejourney.portal.staff;

import casejourney.api.MeetingType;
import casejourney.api.calendar.Lateness;
import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.ClockKind;
import casejourney.api.views.StatutoryClocksView;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The statutory due date a meeting or report is judged against, worked out before submitting so the
 * page can ask for a reason up front. case-service decides in the end; when it knows better (a
 * clock the portal cannot see), its 422 refusal on {@code lateReason} is shown the same way.
 *
 * @param due the last day it can be on time, or null when no clock applies or it is not known
 * @param lateness how late the proposed date is
 */
public record LateRule(LocalDate due, Lateness lateness) {

  static final LateRule NONE = new LateRule(null, Lateness.onTime());

  public boolean late() {
    return lateness.late();
  }

  /** A meeting of this type on this day, against the case's running clock for that type. */
  static LateRule meeting(
      StaffCalendar calendar,
      CaseOverviewView overview,
      StatutoryClocksView clocks,
      MeetingType type,
      LocalDate on) {
    LocalDate due = dueBy(calendar, overview, clocks, type, null);
    if (due == null || on == null) {
      return new LateRule(due, Lateness.onTime());
    }
    return new LateRule(due, calendar.statutory().lateness(due, on));
  }

  /**
   * The meeting's running clock; the initial conference can also be counted from the overview. Only
   * the first core group has a clock (as case-service counts it): a core group clock already tied
   * to another booked core group is not this meeting's.
   *
   * @param meetingId the meeting being moved, or null for a new one
   */
  static LocalDate dueBy(
      StaffCalendar calendar,
      CaseOverviewView overview,
      StatutoryClocksView clocks,
      MeetingType type,
      String meetingId) {
    if (type == null) {
      return null;
    }
    ClockKind kind = ClockKind.valueOf(type.name());
    if (clocks != null) {
      LocalDate running =
          clocks.running().stream()
              .filter(c -> c.kind() == kind && c.due() != null)
              .filter(
                  c ->
                      kind != ClockKind.CORE_GROUP
                          || c.meetingId() == null
                          || c.meetingId().equals(meetingId))
              .map(StatutoryClocksView.Clock::due)
              .findFirst()
              .orElse(null);
      if (running != null) {
        return running;
      }
    }
    if (type == MeetingType.INITIAL_CONFERENCE && overview.strategyDiscussionOn() != null) {
      return calendar.statutory().initialConferenceDue(overview.strategyDiscussionOn());
    }
    return null;
  }

  /**
   * A report shared at {@code sharedAt} for a meeting of {@code type} starting at {@code meeting}:
   * counted as case-service counts it, in working days the family had to read it.
   */
  static LateRule report(
      StaffCalendar calendar, MeetingType type, LocalDateTime meeting, LocalDateTime sharedAt) {
    if (type == MeetingType.CORE_GROUP || meeting == null) {
      return NONE;
    }
    boolean review = type == MeetingType.REVIEW_CONFERENCE;
    LocalDate latest = calendar.statutory().latestReportShareDate(meeting.toLocalDate(), review);
    if (sharedAt == null) {
      return new LateRule(latest, Lateness.onTime());
    }
    int required =
        review
            ? calendar.timescales().reportsBeforeReviewWorkingDays()
            : calendar.timescales().reportsBeforeInitialWorkingDays();
    int had = calendar.calendar().workingDaysBetween(sharedAt.toLocalDate(), meeting.toLocalDate());
    return had < required
        ? new LateRule(latest, new Lateness(true, required - had))
        : new LateRule(latest, Lateness.onTime());
  }
}
