package casejourney.api.commands;

import casejourney.api.MeetingType;
import casejourney.api.StaffMember;
import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Schedule a conference or core group meeting; {@code lateReason} is required when it falls after
 * its statutory due date.
 */
public record ScheduleMeetingCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    String meetingId,
    MeetingType type,
    LocalDateTime startsAt,
    String location,
    StaffMember chair,
    String lateReason) {}
