package casejourney.api.events;

import casejourney.api.personal.Personal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A report for a meeting was shared with named family members at a recorded time. {@code
 * workingDaysBeforeMeeting} against {@code requiredWorkingDaysBefore} shows whether it was shared
 * late; a late share carries its reason.
 */
@Revision("1")
public record ReportSharedEvent(
    String caseId,
    String meetingId,
    String reportId,
    @Personal String title,
    @Personal String author,
    List<String> sharedWithPersonIds,
    LocalDateTime sharedAt,
    int requiredWorkingDaysBefore,
    int workingDaysBeforeMeeting,
    boolean late,
    int workingDaysLate,
    @Personal String lateReason,
    Instant recordedAt)
    implements CaseEvent {}
