package casejourney.api.events;

import casejourney.api.personal.Personal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An expectation in the current plan was marked as met. If a later version requires it again, that
 * is a flagged goalpost change.
 */
@Revision("1")
public record ExpectationMetEvent(
    String caseId, String expectationId, int version, @Personal String note, Instant markedAt)
    implements CaseEvent {}
