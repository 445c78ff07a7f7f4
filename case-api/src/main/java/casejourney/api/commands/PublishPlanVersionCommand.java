package casejourney.api.commands;

import casejourney.api.BilingualText;
import casejourney.api.plan.PlanContent;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Publish the next plan version. Every flagged goalpost change needs a plain-language reason keyed
 * by expectation id. {@code decidedAtMeetingId} is null when decided between conferences; {@code
 * correctsVersion} names the version this corrects, if any. {@code outlinePlanLateReason} is
 * required when, in Wales, this is the outline plan a conference was waiting for and it comes after
 * its 5 working days.
 */
public record PublishPlanVersionCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    PlanContent content,
    Map<String, BilingualText> reasonsByExpectationId,
    String decidedAtMeetingId,
    Integer correctsVersion,
    String outlinePlanLateReason) {

  /** A version that is no late outline plan needs no reason for it. */
  public PublishPlanVersionCommand(
      String caseId,
      Long expectedVersion,
      PlanContent content,
      Map<String, BilingualText> reasonsByExpectationId,
      String decidedAtMeetingId,
      Integer correctsVersion) {
    this(
        caseId,
        expectedVersion,
        content,
        reasonsByExpectationId,
        decidedAtMeetingId,
        correctsVersion,
        null);
  }
}
