package casejourney.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A parent or carer responds to a plan version, or says they disagree and why. */
public record RespondToPlanCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    int version,
    boolean disagrees,
    String response) {}
