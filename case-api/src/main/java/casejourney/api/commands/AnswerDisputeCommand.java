package casejourney.api.commands;

import casejourney.api.BilingualText;
import casejourney.api.DisputeAnswer;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The allocated worker answers a dispute: the correction, or why the record stays as it is. The
 * family member who raised it is told, in their language when there is a Welsh version.
 */
public record AnswerDisputeCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    String disputeId,
    DisputeAnswer answer,
    BilingualText explanation) {}
