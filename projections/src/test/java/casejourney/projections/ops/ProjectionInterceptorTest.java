package casejourney.projections.ops;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.personal.KeysUnavailableException;
import casejourney.projections.store.MongoViewStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.junit.jupiter.api.Test;

/**
 * What a batch does with an event it cannot read (ADR 0011): the key store being down stops the
 * batch, so the processor retries it later; a value that does not open goes on to its handler,
 * where the dead-letter queue sets that case aside.
 */
class ProjectionInterceptorTest {

  private final List<Object> prefetched = new ArrayList<>();
  private final AtomicInteger handled = new AtomicInteger();
  // Nothing is written in these batches, so the store never reaches its database.
  private final ProjectionInterceptor interceptor =
      new ProjectionInterceptor(
          "timelines",
          new MongoViewStore(null),
          prefetched::addAll,
          new SimpleMeterRegistry(),
          org.axonframework.eventhandling.async.SequentialPerAggregatePolicy.instance(),
          java.util.Optional::empty);

  private static EventMessage<Object> unreadable(RuntimeException failure) {
    return new GenericEventMessage<>((Object) "sealed") {
      @Override
      public Object getPayload() {
        throw failure;
      }
    };
  }

  private ResultMessage<Object> run(List<EventMessage<?>> events) {
    BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events);
    return batch.executeWithResult(
        () ->
            interceptor.handle(
                batch,
                () -> {
                  handled.incrementAndGet();
                  return null;
                }),
        RollbackConfigurationType.ANY_THROWABLE);
  }

  @Test
  void whenTheKeyStoreIsDownTheBatchFailsBeforeAnyHandlerRuns() {
    RuntimeException down =
        new IllegalStateException(
            "could not deserialize",
            new KeysUnavailableException(
                "could not read the key", new SQLTransientConnectionException("timed out")));

    ResultMessage<Object> result =
        run(List.of(GenericEventMessage.asEventMessage("readable"), unreadable(down)));

    assertThat(result.isExceptional()).isTrue();
    assertThat(KeysUnavailableException.causedBy(result.exceptionResult())).isTrue();
    assertThat(handled).hasValue(0);
  }

  @Test
  void aValueThatDoesNotOpenIsLeftToItsHandlerAndTheRestOfTheBatchIsHandled() {
    RuntimeException doesNotOpen = new IllegalStateException("a sealed value does not open");

    ResultMessage<Object> result =
        run(List.of(unreadable(doesNotOpen), GenericEventMessage.asEventMessage("readable")));

    assertThat(result.isExceptional()).isFalse();
    assertThat(prefetched).containsExactly("readable");
    assertThat(handled).hasValue(2);
  }
}
