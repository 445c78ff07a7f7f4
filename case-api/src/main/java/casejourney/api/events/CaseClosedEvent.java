package casejourney.api.events;

import casejourney.api.BilingualText;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The case was closed and the plan ended, with the reason. */
@Revision("1")
public record CaseClosedEvent(String caseId, BilingualText reason, Instant closedAt)
    implements CaseEvent {}
