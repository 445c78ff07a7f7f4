package casejourney.api.events;

import casejourney.api.DisputedItem;
import casejourney.api.personal.Personal;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A family member said something in the record is wrong. What was recorded before is not changed:
 * the dispute is kept next to it (DOMAIN.md, "Data").
 *
 * @param personId who raised it: a parent, carer or the young person
 * @param meetingId set for a meeting's outcome or a report, else null
 * @param reportId set for a report, else null
 * @param planVersion set for a plan version, else null
 * @param answerDue the last day to answer: one calendar month after it was raised (UK GDPR Article
 *     12(3), the time to act on a request to correct personal data)
 */
@Revision("1")
public record DisputeRaisedEvent(
    String caseId,
    String disputeId,
    String personId,
    DisputedItem item,
    String meetingId,
    String reportId,
    Integer planVersion,
    @Personal String whatIsWrong,
    @Personal String whatItShouldSay,
    Instant raisedAt,
    LocalDate answerDue)
    implements CaseEvent {}
