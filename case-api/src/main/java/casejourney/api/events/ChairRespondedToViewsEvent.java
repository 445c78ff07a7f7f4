package casejourney.api.events;

import casejourney.api.BilingualText;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The chair responded to the young person's views for a meeting: "what happened to my views". */
@Revision("1")
public record ChairRespondedToViewsEvent(
    String caseId,
    String meetingId,
    String youngPersonId,
    BilingualText response,
    Instant respondedAt)
    implements CaseEvent {}
