package casejourney.api.events;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The young person was actively offered an independent professional advocate for a meeting (a duty
 * in Wales, good practice in England).
 */
@Revision("1")
public record AdvocateOfferedEvent(
    String caseId,
    String meetingId,
    String youngPersonId,
    String advocacyService,
    Instant offeredAt)
    implements CaseEvent {}
