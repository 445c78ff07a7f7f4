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
 *
 * <p>{@code basedOnVersion} is the version the worker wrote this one from (0 when the case had no
 * plan). When another version has been published since, the command is refused, so a worker never
 * undoes a change they did not see. It guards the plan only: a parent's acknowledgement or a new
 * meeting in the meantime does not refuse it, as the case-wide {@code expectedVersion} would.
 */
public record PublishPlanVersionCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    PlanContent content,
    Map<String, BilingualText> reasonsByExpectationId,
    String decidedAtMeetingId,
    Integer correctsVersion,
    String outlinePlanLateReason,
    Integer basedOnVersion) {

  /** A version that is no late outline plan, with no guard against one published meanwhile. */
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
        null,
        null);
  }
}
