package casejourney.api.events;

import casejourney.api.BilingualText;
import casejourney.api.personal.Personal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A meeting was moved, with the reason families are shown. Lateness against the statutory due date
 * is re-assessed for the new time, and so is the timing of every report already shared for it
 * ({@code reports}; absent from events recorded before 2026-11-27, which did not re-assess them).
 */
@Revision("1")
public record MeetingRescheduledEvent(
    String caseId,
    String meetingId,
    LocalDateTime previousStartsAt,
    LocalDateTime startsAt,
    @Personal String location,
    BilingualText reason,
    LocalDate dueBy,
    boolean late,
    int workingDaysLate,
    @Personal String lateReason,
    Instant rescheduledAt,
    List<ReportTiming> reports)
    implements CaseEvent {

  /**
   * A report already shared for this meeting, assessed again against the new time: moving a meeting
   * earlier can leave the family less time to read it than the rule gives.
   *
   * @param workingDaysBeforeMeeting working days between sharing and the meeting's new day
   * @param late whether that is fewer than the rule's working days
   * @param lateReason why, when late: the reason given when it was shared late, or the worker's
   *     reason for the move that made it late
   */
  public record ReportTiming(
      String reportId,
      int workingDaysBeforeMeeting,
      boolean late,
      int workingDaysLate,
      String lateReason) {}
}
