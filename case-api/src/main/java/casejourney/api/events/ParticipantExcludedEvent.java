package casejourney.api.events;

import casejourney.api.BilingualText;
import casejourney.api.ExclusionScope;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The chair left a family member out of all or part of a meeting, for a recorded safeguarding
 * reason (its words are sealed, as {@link BilingualText} always is). The family member is told; the
 * rest of the family is not.
 */
@Revision("1")
public record ParticipantExcludedEvent(
    String caseId,
    String meetingId,
    String personId,
    ExclusionScope scope,
    BilingualText reason,
    Instant excludedAt)
    implements CaseEvent {}
