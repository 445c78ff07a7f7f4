package casejourney.api.commands;

import casejourney.api.BilingualText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The chair responds to the young person's views for a meeting. */
public record RespondToViewsCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    String meetingId,
    BilingualText response) {}
