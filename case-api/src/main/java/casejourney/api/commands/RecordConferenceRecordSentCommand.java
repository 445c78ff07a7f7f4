package casejourney.api.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The worker says the full record of a held conference was sent to the family, and on which day;
 * {@code lateReason} is required when, in Wales, that is after the record was due.
 */
public record RecordConferenceRecordSentCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    String meetingId,
    LocalDate sentOn,
    String lateReason) {

  /** A record sent in time, or outside Wales, needs no late reason. */
  public RecordConferenceRecordSentCommand(
      String caseId, Long expectedVersion, String meetingId, LocalDate sentOn) {
    this(caseId, expectedVersion, meetingId, sentOn, null);
  }
}
