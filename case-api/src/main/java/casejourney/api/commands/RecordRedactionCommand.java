package casejourney.api.commands;

import casejourney.api.BilingualText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The allocated worker records that parts of a report were held back from one person's copy, for a
 * safeguarding reason that is recorded and told to them (DOMAIN.md: each redaction is recorded with
 * its reason).
 */
public record RecordRedactionCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    String meetingId,
    String reportId,
    String personId,
    BilingualText reason) {}
