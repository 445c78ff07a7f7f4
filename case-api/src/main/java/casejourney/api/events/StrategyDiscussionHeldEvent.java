package casejourney.api.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A strategy discussion was held and section 47 enquiries started, which starts the statutory clock
 * for the initial conference ({@code initialConferenceDue}, in working days from {@code heldOn}).
 */
@Revision("1")
public record StrategyDiscussionHeldEvent(
    String caseId, LocalDate heldOn, LocalDate initialConferenceDue, Instant recordedAt)
    implements CaseEvent {}
