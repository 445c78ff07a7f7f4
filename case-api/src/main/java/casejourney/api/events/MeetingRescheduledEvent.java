package casejourney.api.events;

import casejourney.api.BilingualText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.axonframework.serialization.Revision;

/**
 * A meeting was moved, with the reason families are shown. Lateness against the statutory due date
 * is re-assessed for the new time.
 */
@Revision("1")
public record MeetingRescheduledEvent(
    String caseId,
    String meetingId,
    LocalDateTime previousStartsAt,
    LocalDateTime startsAt,
    String location,
    BilingualText reason,
    LocalDate dueBy,
    boolean late,
    int workingDaysLate,
    String lateReason,
    Instant rescheduledAt) {}
