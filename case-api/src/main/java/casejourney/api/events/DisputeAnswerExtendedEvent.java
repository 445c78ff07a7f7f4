package casejourney.api.events;

import casejourney.api.BilingualText;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The allocated worker took more time to answer a complex dispute, telling the family member why
 * (UK GDPR Article 12(3)). Its reason is sealed, as {@link BilingualText} always is. A dispute is
 * extended at most once.
 *
 * @param personId who raised the dispute, so that readers need not look it up
 * @param answerDue the new last day to answer: two calendar months after the first one
 */
@Revision("1")
public record DisputeAnswerExtendedEvent(
    String caseId,
    String disputeId,
    String personId,
    BilingualText reason,
    LocalDate answerDue,
    Instant extendedAt)
    implements CaseEvent {}
