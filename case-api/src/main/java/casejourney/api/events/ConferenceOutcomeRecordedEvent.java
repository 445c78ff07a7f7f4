package casejourney.api.events;

import casejourney.api.BilingualText;
import casejourney.api.ConferenceDecision;
import casejourney.api.ProtectionCategory;
import casejourney.api.personal.Personal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A meeting was held and its outcome recorded: the decision, the category, the next review date,
 * the family's view and any dissent, with strengths as well as worries. {@code decision} and {@code
 * category} are null for a core group. {@code lateReason} says why a meeting held after its
 * statutory date, and later than the day it was set for, was late; null otherwise, and in events
 * recorded before 2026-11-27.
 */
@Revision("1")
public record ConferenceOutcomeRecordedEvent(
    String caseId,
    String meetingId,
    LocalDate heldOn,
    ConferenceDecision decision,
    ProtectionCategory category,
    LocalDate nextReviewDate,
    BilingualText reasons,
    @Personal List<String> strengths,
    @Personal List<String> risks,
    @Personal String familyView,
    @Personal String dissent,
    Instant recordedAt,
    @Personal String lateReason)
    implements CaseEvent {}
