package casejourney.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The chair lets a parent or carer they had left out come to the whole meeting after all. */
public record WithdrawExclusionCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    String meetingId,
    String personId) {}
