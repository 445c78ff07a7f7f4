package casejourney.api.commands;

import casejourney.api.BilingualText;
import casejourney.api.plan.PlanContent;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Publish the next plan version. Every flagged goalpost change needs a plain-language reason keyed
 * by expectation id. {@code decidedAtMeetingId} is null when decided between conferences; {@code
 * correctsVersion} names the version this corrects, if any.
 */
public record PublishPlanVersionCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    PlanContent content,
    Map<String, BilingualText> reasonsByExpectationId,
    String decidedAtMeetingId,
    Integer correctsVersion) {}
