package casejourney.api.commands;

import casejourney.api.BilingualText;
import casejourney.api.ExclusionScope;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The chair leaves an invited parent or carer out of all or part of a meeting, for a safeguarding
 * reason that is recorded and told to them (DOMAIN.md: each exclusion is recorded with its reason).
 */
public record ExcludeFromMeetingCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    String meetingId,
    String personId,
    ExclusionScope scope,
    BilingualText reason) {}
