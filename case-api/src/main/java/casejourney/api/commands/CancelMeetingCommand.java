package casejourney.api.commands;

import casejourney.api.BilingualText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Cancel a meeting, saying why. */
public record CancelMeetingCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    String meetingId,
    BilingualText reason) {}
