package casejourney.api.events;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The chair withdrew a decision to leave a family member out of a meeting: they may come to all of
 * it. Told to whoever was told of the exclusion: the person and staff.
 */
@Revision("1")
public record ParticipantExclusionWithdrawnEvent(
    String caseId, String meetingId, String personId, Instant withdrawnAt) implements CaseEvent {}
