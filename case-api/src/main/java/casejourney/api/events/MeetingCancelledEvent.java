package casejourney.api.events;

import casejourney.api.BilingualText;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A meeting was cancelled, with the reason families are shown. */
@Revision("1")
public record MeetingCancelledEvent(
    String caseId, String meetingId, BilingualText reason, Instant cancelledAt)
    implements CaseEvent {}
