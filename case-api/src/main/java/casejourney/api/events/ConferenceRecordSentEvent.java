package casejourney.api.events;

import casejourney.api.personal.Personal;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The full record of a conference was sent to the family: in Wales, within 20 working days of the
 * conference (DOMAIN.md). It stops that clock. {@code lateReason} says why a Welsh record was sent
 * after that; null otherwise, and absent from events recorded before 2026-11-27.
 */
@Revision("1")
public record ConferenceRecordSentEvent(
    String caseId,
    String meetingId,
    LocalDate sentOn,
    Instant recordedAt,
    @Personal String lateReason)
    implements CaseEvent {}
