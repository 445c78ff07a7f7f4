package casejourney.api.commands;

import casejourney.api.DisputedItem;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A parent, carer or the young person says something in the record is wrong. Who they are comes
 * from their sign-in, never from the command.
 *
 * @param disputeId chosen by the client, as a meeting's id is
 * @param item what they say is wrong
 * @param meetingId the meeting, for {@link DisputedItem#MEETING_OUTCOME} and {@link
 *     DisputedItem#REPORT}; otherwise null
 * @param reportId the report, for {@link DisputedItem#REPORT}; otherwise null
 * @param planVersion the plan version, for {@link DisputedItem#PLAN_VERSION}; otherwise null
 * @param whatIsWrong in their own words
 * @param whatItShouldSay in their own words; optional
 */
public record RaiseDisputeCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    String disputeId,
    DisputedItem item,
    String meetingId,
    String reportId,
    Integer planVersion,
    String whatIsWrong,
    String whatItShouldSay) {}
