package casejourney.projections.ops;

import casejourney.api.events.CaseRecordErasedEvent;
import casejourney.api.personal.KeysUnavailableException;
import casejourney.projections.store.MongoViewStore;
import casejourney.projections.store.Prefetching;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.UnknownSerializedType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Skips events whose type this build does not know (a newer producer), counting them, and writes
 * the batch's documents after its last event, which is before the processor stores its token: a
 * crash in between replays the batch, and the sequence checks make that harmless.
 *
 * <p>When a case's record is erased, its dead letters in this group are removed before the erasure
 * is handled. Otherwise the erasure would queue behind them, and the case's documents would stay
 * until someone retried events that, once the record is erased, would make nothing anyway.
 */
public final class ProjectionInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

  public static final String UNKNOWN_EVENTS = "casejourney.projections.unknown.events";
  public static final String HANDLED_EVENTS = "casejourney.projections.events.handled";

  private static final Logger log = LoggerFactory.getLogger(ProjectionInterceptor.class);

  private final String group;
  private final MongoViewStore store;
  private final Prefetching prefetching;
  private final Counter unknown;
  private final Counter handled;
  private final SequencingPolicy<? super EventMessage<?>> sequencing;
  private final Supplier<Optional<SequencedDeadLetterQueue<EventMessage<?>>>> deadLetters;

  /**
   * @param sequencing the group's sequencing policy, which also keys its dead letters
   * @param deadLetters this group's dead-letter queue, looked up when first needed: it exists only
   *     once Axon has built the processor this interceptor belongs to
   */
  public ProjectionInterceptor(
      String group,
      MongoViewStore store,
      Prefetching prefetching,
      MeterRegistry meters,
      SequencingPolicy<? super EventMessage<?>> sequencing,
      Supplier<Optional<SequencedDeadLetterQueue<EventMessage<?>>>> deadLetters) {
    this.group = group;
    this.store = store;
    this.prefetching = prefetching;
    this.sequencing = sequencing;
    this.deadLetters = deadLetters;
    this.unknown =
        Counter.builder(UNKNOWN_EVENTS)
            .tag("group", group)
            .description("Events of a type this version does not know, skipped")
            .register(meters);
    this.handled =
        Counter.builder(HANDLED_EVENTS)
            .tag("group", group)
            .description("Events handled (or dead-lettered) by this group")
            .register(meters);
  }

  private void prefetch(BatchingUnitOfWork<?> batch) {
    if (prefetching == null) {
      return;
    }
    List<Object> payloads = new ArrayList<>();
    for (Message<?> message : batch.getMessages()) {
      if (UnknownSerializedType.class.equals(message.getPayloadType())) {
        continue;
      }
      try {
        payloads.add(message.getPayload());
      } catch (RuntimeException unreadable) {
        if (KeysUnavailableException.causedBy(unreadable)) {
          // The key store is down: fail the batch, so the processor stops and retries it later.
          throw unreadable;
        }
        // This event cannot be read (a sealed value that does not open): its handler call fails
        // the same way inside the dead-letter queue, which sets aside this case alone.
      }
    }
    prefetching.prefetch(payloads);
  }

  private void clearDeadLetters(EventMessage<?> erasure) {
    Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = deadLetters.get();
    Object sequence = sequencing.getSequenceIdentifierFor(erasure);
    if (queue.isEmpty() || sequence == null || !queue.get().contains(sequence)) {
      return;
    }
    int removed = 0;
    for (DeadLetter<? extends EventMessage<?>> letter : queue.get().deadLetterSequence(sequence)) {
      queue.get().evict(letter);
      removed++;
    }
    // A count, not the case: which record was erased is in the event store.
    log.info("{} removed {} dead letters of an erased record", group, removed);
  }

  @Override
  public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
      throws Exception {
    EventMessage<?> event = unitOfWork.getMessage();
    if (unitOfWork.root() instanceof BatchingUnitOfWork<?> batch && batch.isFirstMessage()) {
      prefetch(batch);
    }
    Object result = null;
    if (UnknownSerializedType.class.equals(event.getPayloadType())) {
      unknown.increment();
      log.warn(
          "{} skipped event {} of unknown type {}",
          group,
          event.getIdentifier(),
          ((UnknownSerializedType) event.getPayload()).serializedType());
    } else {
      if (CaseRecordErasedEvent.class.equals(event.getPayloadType())) {
        clearDeadLetters(event);
      }
      result = chain.proceed();
      handled.increment();
    }
    if (!(unitOfWork.root() instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
      store.flush();
    }
    return result;
  }
}
