package casejourney.api.events;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A parent or carer said they have read a plan version. */
@Revision("1")
public record PlanAcknowledgedEvent(
    String caseId, int version, String personId, Instant acknowledgedAt) implements CaseEvent {}
