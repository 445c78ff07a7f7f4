package casejourney.api.commands;

import casejourney.api.StaffMember;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Hand the case to another social worker. */
public record ChangeWorkerCommand(
    @TargetAggregateIdentifier String caseId,
    @TargetAggregateVersion Long expectedVersion,
    StaffMember newWorker) {}
