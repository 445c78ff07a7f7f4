package casejourney.api.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The worker says the full record of a held conference was sent to the family, and on which day.
 */
public record RecordConferenceRecordSentCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    String meetingId,
    LocalDate sentOn) {}
