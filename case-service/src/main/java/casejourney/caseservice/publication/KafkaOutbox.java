package casejourney.caseservice.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.EventPublicationFailedException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The transactional outbox: a tracking processor reads the event store and hands every event to
 * Kafka. A whole batch is sent at once and every acknowledgement (acks=all) is awaited before the
 * processor's token moves on, so a Kafka outage stops publication and retries it from the same
 * place; it never skips an event. (axon-kafka 4.9's publisher waits for each event's
 * acknowledgement in turn, which capped publication at about 100 events a second here.)
 */
@ProcessingGroup(KafkaOutbox.GROUP)
public class KafkaOutbox {

  public static final String GROUP = "kafka-publisher";
  private static final String PENDING = KafkaOutbox.class.getName() + ".pending";

  private final Producer<String, byte[]> producer;
  private final CloudEventsKafkaMessageConverter converter;
  private final String topic;
  private final long ackTimeoutMillis;

  public KafkaOutbox(
      Producer<String, byte[]> producer,
      CloudEventsKafkaMessageConverter converter,
      String topic,
      long ackTimeoutMillis) {
    this.producer = producer;
    this.converter = converter;
    this.topic = topic;
    this.ackTimeoutMillis = ackTimeoutMillis;
  }

  @EventHandler
  void publish(EventMessage<?> event) {
    List<Future<RecordMetadata>> pending = pendingAcknowledgements();
    pending.add(producer.send(converter.createKafkaMessage(event, topic)));
  }

  private List<Future<RecordMetadata>> pendingAcknowledgements() {
    UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
    return unitOfWork.getOrComputeResource(
        PENDING,
        key -> {
          List<Future<RecordMetadata>> futures = new ArrayList<>();
          unitOfWork.onPrepareCommit(u -> awaitAll(futures));
          return futures;
        });
  }

  private void awaitAll(List<Future<RecordMetadata>> futures) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ackTimeoutMillis);
    try {
      for (Future<RecordMetadata> future : futures) {
        future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EventPublicationFailedException("Interrupted while publishing to Kafka", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new EventPublicationFailedException(
          "Kafka did not acknowledge the batch; it will be sent again", e);
    }
  }
}
