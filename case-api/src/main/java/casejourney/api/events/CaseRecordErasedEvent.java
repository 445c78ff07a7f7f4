package casejourney.api.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The case's record reached the end of its retention ({@code retainUntil}, counted from {@code
 * closedAt}) and was erased: its key was destroyed, so the personal data sealed in its earlier
 * events can no longer be read by anyone (docs/adr/0011). The last event a case has. A read model
 * removes everything it holds for the case; consumers that keep copies must do the same.
 */
@Revision("1")
public record CaseRecordErasedEvent(
    String caseId, Instant closedAt, LocalDate retainUntil, Instant erasedAt)
    implements CaseEvent {}
