package casejourney.api.commands;

import casejourney.api.BilingualText;
import casejourney.api.ConferenceDecision;
import casejourney.api.ProtectionCategory;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The chair records that a meeting was held and what it decided, with the family's view and any
 * dissent.
 */
public record RecordConferenceOutcomeCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    String meetingId,
    LocalDate heldOn,
    ConferenceDecision decision,
    ProtectionCategory category,
    LocalDate nextReviewDate,
    BilingualText reasons,
    List<String> strengths,
    List<String> risks,
    String familyView,
    String dissent) {}
