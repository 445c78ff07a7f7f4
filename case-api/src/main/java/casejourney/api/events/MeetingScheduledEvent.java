package casejourney.api.events;

import casejourney.api.MeetingType;
import casejourney.api.StaffMember;
import casejourney.api.personal.Personal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.axonframework.serialization.Revision;

/**
 * A conference or core group meeting was scheduled. When it is later than its statutory due date,
 * {@code late} is true, {@code workingDaysLate} says by how much, and {@code lateReason} says why;
 * {@code dueBy} is null where no clock applies.
 */
@Revision("1")
public record MeetingScheduledEvent(
    String caseId,
    String meetingId,
    MeetingType type,
    LocalDateTime startsAt,
    @Personal String location,
    StaffMember chair,
    LocalDate dueBy,
    boolean late,
    int workingDaysLate,
    @Personal String lateReason,
    Instant scheduledAt)
    implements CaseEvent {}
