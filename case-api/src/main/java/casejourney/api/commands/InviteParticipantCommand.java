package casejourney.api.commands;

import casejourney.api.Language;
import casejourney.api.ParticipantKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Invite someone to a meeting. For a family member only {@code participantId} (their person id) is
 * needed: name and language come from the case. For a professional, {@code participantId} is their
 * sign-in subject or an email-like handle.
 */
public record InviteParticipantCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    String meetingId,
    String participantId,
    ParticipantKind kind,
    String name,
    String roleDescription,
    Language language) {}
