package casejourney.projections.support;

import casejourney.api.EventJson;
import casejourney.api.personal.CaseKeys;
import casejourney.projections.config.SerializationConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.serialization.Serializer;

/**
 * Publishes events onto the topic exactly as case-service does (Axon's Kafka converter and the same
 * Jackson serializer, record key = case id), so the read side can be tested without the write side
 * running.
 */
public final class TopicPublisher implements AutoCloseable {

  private final KafkaMessageConverter<String, byte[]> converter;
  private final KafkaProducer<String, byte[]> producer;
  private final String topic;

  /** Publishes events with their personal fields plain, as events from before ADR 0011 are. */
  public TopicPublisher(String bootstrapServers, String topic) {
    this(bootstrapServers, topic, EventJson.plain());
  }

  /**
   * Publishes events with their personal fields sealed under {@code keys}, as case-service does.
   */
  public TopicPublisher(String bootstrapServers, String topic, CaseKeys keys) {
    this(bootstrapServers, topic, EventJson.sealing(keys));
  }

  private TopicPublisher(String bootstrapServers, String topic, Serializer serializer) {
    this.converter = SerializationConfig.converter(serializer);
    this.topic = topic;
    this.producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.LINGER_MS_CONFIG,
                5,
                ProducerConfig.BATCH_SIZE_CONFIG,
                262_144,
                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                "lz4"),
            new StringSerializer(),
            new ByteArraySerializer());
  }

  public void publish(List<? extends EventMessage<?>> events) {
    for (EventMessage<?> event : events) {
      producer.send(converter.createKafkaMessage(event, topic));
    }
    producer.flush();
  }

  /** An event whose type this build does not know, as a newer producer would write it. */
  public void publishUnknownType(EventMessage<?> template, String unknownType) {
    ProducerRecord<String, byte[]> record = converter.createKafkaMessage(template, topic);
    record.headers().remove("axon-message-type");
    record.headers().add("axon-message-type", unknownType.getBytes(StandardCharsets.UTF_8));
    producer.send(record);
    producer.flush();
  }

  @Override
  public void close() {
    producer.close();
  }
}
