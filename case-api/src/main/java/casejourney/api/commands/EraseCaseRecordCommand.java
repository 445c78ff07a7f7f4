package casejourney.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erase a closed case's record at the end of its retention. Sent only by case-service's own
 * retention sweep, acting as {@link casejourney.api.ActorRole#SYSTEM}; no HTTP route accepts it.
 */
public record EraseCaseRecordCommand(@TargetAggregateIdentifier String caseId) {}
