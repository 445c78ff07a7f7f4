package casejourney.api.commands;

import casejourney.api.BilingualText;
import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Move a meeting, saying why; {@code lateReason} is required when the new time falls after its
 * statutory due date.
 */
public record RescheduleMeetingCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    String meetingId,
    LocalDateTime startsAt,
    String location,
    BilingualText reason,
    String lateReason) {}
