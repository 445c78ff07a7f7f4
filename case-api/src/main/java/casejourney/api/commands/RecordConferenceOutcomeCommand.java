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
 * dissent. {@code lateReason} is required when the meeting was held after its statutory date and
 * later than the day it was set for.
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
    String dissent,
    String lateReason) {

  /** An outcome held on time, or on the day it was set for, needs no late reason. */
  public RecordConferenceOutcomeCommand(
      String caseId,
      Long expectedVersion,
      String meetingId,
      LocalDate heldOn,
      ConferenceDecision decision,
      ProtectionCategory category,
      LocalDate nextReviewDate,
      BilingualText reasons,
      List<String> strengths,
      List<String> risks,
      String familyView,
      String dissent) {
    this(
        caseId,
        expectedVersion,
        meetingId,
        heldOn,
        decision,
        category,
        nextReviewDate,
        reasons,
        strengths,
        risks,
        familyView,
        dissent,
        null);
  }
}
