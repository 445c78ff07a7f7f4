package casejourney.caseservice.publication;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.kafka.eventhandling.DefaultKafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;

/**
 * Publishes each event as a CloudEvents 1.0 binary-mode Kafka record (docs/adr/0004): the JSON
 * payload as the value, the case id as the key, and {@code ce_*} headers so that any consumer, not
 * only an Axon one, can route and deduplicate without reading the payload. Axon's own headers stay,
 * so the projections can consume through Axon's Kafka source.
 */
public class CloudEventsKafkaMessageConverter implements KafkaMessageConverter<String, byte[]> {

  static final String TYPE_PREFIX = "org.casejourney.case.";

  private final DefaultKafkaMessageConverter axon;
  private final String source;

  public CloudEventsKafkaMessageConverter(Serializer eventSerializer, String source) {
    this.axon = DefaultKafkaMessageConverter.builder().serializer(eventSerializer).build();
    this.source = source;
  }

  @Override
  public ProducerRecord<String, byte[]> createKafkaMessage(EventMessage<?> event, String topic) {
    ProducerRecord<String, byte[]> record = axon.createKafkaMessage(event, topic);
    Headers headers = record.headers();
    put(headers, "ce_specversion", "1.0");
    put(headers, "ce_id", event.getIdentifier());
    put(headers, "ce_type", ceType(event.getPayloadType()));
    put(headers, "ce_source", source);
    if (event instanceof DomainEventMessage<?> domainEvent) {
      put(headers, "ce_subject", domainEvent.getAggregateIdentifier());
    }
    put(headers, "ce_time", DateTimeFormatter.ISO_INSTANT.format(event.getTimestamp()));
    put(headers, "content-type", "application/json");
    return record;
  }

  @Override
  public Optional<EventMessage<?>> readKafkaMessage(ConsumerRecord<String, byte[]> record) {
    return axon.readKafkaMessage(record);
  }

  /** The versioned type name: a new revision of an event is a new type to consumers. */
  public static String ceType(Class<?> payloadType) {
    Revision revision = payloadType.getAnnotation(Revision.class);
    String version = revision == null ? "0" : revision.value();
    return TYPE_PREFIX + payloadType.getSimpleName() + ".v" + version;
  }

  private static void put(Headers headers, String key, String value) {
    headers.remove(key);
    headers.add(key, value.getBytes(StandardCharsets.UTF_8));
  }
}
