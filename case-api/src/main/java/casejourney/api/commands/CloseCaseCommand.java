package casejourney.api.commands;

import casejourney.api.BilingualText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Close the case and end the plan, with the reason. */
public record CloseCaseCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    BilingualText reason) {}
