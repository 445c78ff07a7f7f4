package casejourney.api.commands;

import casejourney.api.ContributionForm;
import casejourney.api.Visibility;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The young person sends their views for a meeting and chooses who may see them. */
public record SubmitContributionCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    String meetingId,
    String contributionId,
    ContributionForm form,
    String words,
    String worries,
    String goodThings,
    String wishes,
    String drawingReference,
    Visibility visibility) {}
