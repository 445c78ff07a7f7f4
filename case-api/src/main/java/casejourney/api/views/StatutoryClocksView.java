package casejourney.api.views;

import casejourney.api.MeetingType;
import casejourney.api.Nation;
import casejourney.api.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case's statutory clocks, in collection {@code statutory_clocks} with {@code _id} = case id.
 * Only dates are stored; whether a clock is overdue depends on the day it is read.
 *
 * @param caseId the case
 * @param nation whose procedures apply (the outline plan and full record clocks are Welsh)
 * @param clocks every clock started, oldest first; a stopped clock keeps its date
 * @param missed every missed clock and late report, with its reason, oldest first
 * @param meetings the case's meetings by type, which decides the clock each one stops
 * @param lastSequence the case's aggregate sequence number of the last event applied
 */
public record StatutoryClocksView(
    String caseId,
    Nation nation,
    List<Clock> clocks,
    List<Missed> missed,
    List<Meeting> meetings,
    long lastSequence) {

  public static final String COLLECTION = "statutory_clocks";

  /** Clocks still running, soonest first as stored. */
  public List<Clock> running() {
    return clocks.stream().filter(Clock::running).toList();
  }

  /** Running clocks whose due date has passed. */
  public List<Clock> overdue(LocalDate today, WorkingDayCalendar calendar) {
    return clocks.stream().filter(c -> c.overdue(today, calendar)).toList();
  }

  /**
   * One clock.
   *
   * @param kind which clock
   * @param meetingId the meeting that started it or that stops it, or null
   * @param due the last day it can be done on time
   * @param stoppedOn the day it was done, or null while it runs
   */
  public record Clock(ClockKind kind, String meetingId, LocalDate due, LocalDate stoppedOn) {

    public boolean running() {
      return stoppedOn == null;
    }

    /** Overdue from the day after the due date, whether or not that is a working day. */
    public boolean overdue(LocalDate today, WorkingDayCalendar calendar) {
      return running() && due != null && today.isAfter(due);
    }

    /** Working days past the due date up to and including today; 0 when not overdue. */
    public int workingDaysOverdue(LocalDate today, WorkingDayCalendar calendar) {
      return overdue(today, calendar) ? calendar.workingDaysBetween(due, today) : 0;
    }
  }

  /**
   * A clock that was missed, never hidden.
   *
   * @param kind which clock
   * @param meetingId the meeting it concerns
   * @param reportId for a late report, the report
   * @param due the day it was due, or null when the event did not say
   * @param workingDaysLate how late, in working days
   * @param reason why, as recorded by the worker
   * @param recordedAt when it was recorded
   */
  public record Missed(
      ClockKind kind,
      String meetingId,
      String reportId,
      LocalDate due,
      int workingDaysLate,
      String reason,
      Instant recordedAt) {}

  /** A meeting on the case and its type. */
  public record Meeting(String meetingId, MeetingType type) {}
}
