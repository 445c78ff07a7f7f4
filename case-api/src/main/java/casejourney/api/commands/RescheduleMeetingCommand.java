package casejourney.api.commands;

import casejourney.api.BilingualText;
import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Move a meeting, saying why; {@code lateReason} is required when the new time falls after its
 * statutory due date, and {@code reportsLateReason} when moving it earlier leaves the family less
 * time than the rule gives to read a report already shared.
 */
public record RescheduleMeetingCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    String meetingId,
    LocalDateTime startsAt,
    String location,
    BilingualText reason,
    String lateReason,
    String reportsLateReason) {

  /** A move that makes no shared report late needs no reason for the reports. */
  public RescheduleMeetingCommand(
      String caseId,
      Long expectedVersion,
      String meetingId,
      LocalDateTime startsAt,
      String location,
      BilingualText reason,
      String lateReason) {
    this(caseId, expectedVersion, meetingId, startsAt, location, reason, lateReason, null);
  }
}
