package casejourney.api.events;

import casejourney.api.personal.Personal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A parent or carer responded to a plan version; {@code disagrees} is true when they disagree, with
 * their reasons in {@code response}.
 */
@Revision("1")
public record PlanResponseRecordedEvent(
    String caseId,
    int version,
    String personId,
    boolean disagrees,
    @Personal String response,
    Instant respondedAt)
    implements CaseEvent {}
