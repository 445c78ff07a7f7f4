package casejourney.api.events;

import casejourney.api.BilingualText;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Parts of a shared report were held back from one person's copy, for a recorded safeguarding
 * reason (sealed, as {@link BilingualText} always is). That person is told; no one else in the
 * family is.
 */
@Revision("1")
public record ReportRedactedEvent(
    String caseId,
    String meetingId,
    String reportId,
    String personId,
    BilingualText reason,
    Instant redactedAt)
    implements CaseEvent {}
