package casejourney.api.commands;

import casejourney.api.Visibility;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The chair changes who may see a contribution, for a safeguarding reason that is recorded and told
 * to the young person.
 */
public record OverrideContributionVisibilityCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    String meetingId,
    String contributionId,
    Visibility visibility,
    String safeguardingReason) {}
