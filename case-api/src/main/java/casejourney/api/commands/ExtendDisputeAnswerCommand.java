package casejourney.api.commands;

import casejourney.api.BilingualText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The allocated worker needs more time to answer a dispute that is complex. The family member who
 * raised it is told why, and the new last day, in their language when there is a Welsh version.
 *
 * @param reason why more time is needed, written for the family member
 */
public record ExtendDisputeAnswerCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    String disputeId,
    BilingualText reason) {}
