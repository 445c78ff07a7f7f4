package casejourney.projections.config;

import casejourney.api.EventJson;
import casejourney.api.personal.CaseKeys;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.axonframework.extensions.kafka.eventhandling.DefaultKafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Reads events exactly as case-service writes them (docs/events.md): Axon's Kafka headers and a
 * Jackson payload. Unknown fields are ignored so that a newer producer's additions do not stop the
 * read side; unknown event types arrive as {@code UnknownSerializedType} and are skipped by {@link
 * casejourney.projections.ops.ProjectionInterceptor}.
 */
@Configuration(proxyBeanMethods = false)
public class SerializationConfig {

  /** The converter the producer uses, so a test or benchmark can publish as case-service does. */
  public static KafkaMessageConverter<String, byte[]> converter(Serializer serializer) {
    return DefaultKafkaMessageConverter.builder().serializer(serializer).build();
  }

  @Bean
  @Primary
  Serializer serializer() {
    return EventJson.plain();
  }

  /** Opens the events' sealed personal fields with their case's key (docs/adr/0011). */
  @Bean
  @Qualifier("eventSerializer")
  Serializer eventSerializer(CaseKeys keys) {
    return EventJson.sealing(keys);
  }

  @Bean
  @Qualifier("messageSerializer")
  Serializer messageSerializer() {
    return EventJson.plain();
  }

  /**
   * Decodes each record once for all the processors ({@link SharedDecoding}). Each processor's
   * fetcher reads up to {@code axon.kafka.fetcher.buffer-size} (10,000) records ahead of it, so the
   * default keeps twice the buffer. Zero turns the sharing off. Readers reading records older than
   * {@code catch-up-after} (a replay, or catching up after a stop) are paced to stay within that
   * window of each other ({@link CatchUpPacing}); {@code pace-catch-up: false} turns that off.
   */
  @Bean
  KafkaMessageConverter<String, byte[]> kafkaMessageConverter(
      @Qualifier("eventSerializer") Serializer eventSerializer,
      MeterRegistry meters,
      @Value("${casejourney.kafka.shared-records:20000}") int sharedRecords,
      @Value("${casejourney.kafka.catch-up-after:10s}") Duration catchUpAfter,
      @Value("${casejourney.kafka.pace-catch-up:true}") boolean paceCatchUp) {
    if (sharedRecords <= 0) {
      // Off: each processor decodes its own copy of every record.
      return converter(eventSerializer);
    }
    return new SharedDecoding(
            converter(eventSerializer), sharedRecords, paceCatchUp ? catchUpAfter : null)
        .register(meters);
  }
}
