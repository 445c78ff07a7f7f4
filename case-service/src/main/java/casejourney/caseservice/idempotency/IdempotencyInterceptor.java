package casejourney.caseservice.idempotency;

import casejourney.api.ActorMetaData;
import casejourney.caseservice.web.Records;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Records a command's client-supplied id in the same database transaction that appends its events.
 * Checking first and writing afterwards in separate transactions would let two concurrent retries
 * both pass the check; here the second one hits the primary key and nothing of it is stored.
 */
public class IdempotencyInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

  /** Metadata key for the hash of the request, so a reused id with a different body is caught. */
  public static final String REQUEST_HASH = "requestHash";

  /** Metadata key for the ids the request created, returned again on a retry. */
  public static final String ACCEPTED_IDS = "acceptedIds";

  private final ProcessedCommands processed;

  public IdempotencyInterceptor(ProcessedCommands processed) {
    this.processed = processed;
  }

  @Override
  public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
      throws Exception {
    CommandMessage<?> command = unitOfWork.getMessage();
    Object commandId = command.getMetaData().get(ActorMetaData.COMMAND_ID);
    Object result = chain.proceed();
    if (commandId != null) {
      long version = result instanceof Long v ? v : 0L;
      String caseId =
          result instanceof String id
              ? id
              : String.valueOf(Records.get((Record) command.getPayload(), "caseId"));
      processed.insert(
          String.valueOf(command.getMetaData().get(ActorMetaData.SUBJECT)),
          commandId.toString(),
          new ProcessedCommands.Processed(
              String.valueOf(command.getMetaData().get(REQUEST_HASH)),
              caseId,
              version,
              String.valueOf(command.getMetaData().getOrDefault(ACCEPTED_IDS, "{}"))));
    }
    return result;
  }
}
