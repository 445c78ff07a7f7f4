package casejourney.api.commands;

import casejourney.api.ParticipationChoice;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The young person chooses how to take part in a meeting; they may change their mind until it
 * starts.
 */
public record ChooseParticipationCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    String meetingId,
    ParticipationChoice choice,
    boolean wantsAdvocate) {}
