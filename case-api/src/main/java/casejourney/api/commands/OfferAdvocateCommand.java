package casejourney.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Record the active offer of an independent professional advocate to the young person for a
 * meeting.
 */
public record OfferAdvocateCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    String meetingId,
    String advocacyService) {}
