package casejourney.api.events;

import casejourney.api.Language;
import casejourney.api.ParticipantKind;
import casejourney.api.personal.Personal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Someone was invited to a meeting, in their preferred language. {@code participantId} is a family
 * member's person id or a professional's sign-in subject.
 */
@Revision("1")
public record ParticipantInvitedEvent(
    String caseId,
    String meetingId,
    String participantId,
    ParticipantKind kind,
    @Personal String name,
    @Personal String roleDescription,
    Language language,
    Instant invitedAt)
    implements CaseEvent {}
