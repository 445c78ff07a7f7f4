package casejourney.api.events;

import casejourney.api.BilingualText;
import casejourney.api.DisputeAnswer;
import casejourney.api.StaffMember;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The allocated worker answered a dispute: the correction, or why the record stays as it is (its
 * words are sealed, as {@link BilingualText} always is). A later answer to the same dispute
 * replaces this one; both stay in the history.
 *
 * @param personId who raised the dispute, so that readers need not look it up
 */
@Revision("1")
public record DisputeAnsweredEvent(
    String caseId,
    String disputeId,
    String personId,
    DisputeAnswer answer,
    BilingualText explanation,
    StaffMember answeredBy,
    Instant answeredAt)
    implements CaseEvent {}
