package casejourney.api.commands;

import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Record that a report for a meeting was shared with named family members at a time; {@code
 * lateReason} is required when it was shared later than the rule allows.
 */
public record ShareReportCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    String meetingId,
    String reportId,
    String title,
    String author,
    List<String> sharedWithPersonIds,
    LocalDateTime sharedAt,
    String lateReason) {}
