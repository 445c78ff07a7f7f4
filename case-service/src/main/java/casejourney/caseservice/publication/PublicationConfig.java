package casejourney.caseservice.publication;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The serialised form of events is the integration contract, so it gets its own ObjectMapper rather
 * than the web layer's (which rejects unknown fields, right for commands but wrong for reading
 * events written by a newer version).
 */
@Configuration(proxyBeanMethods = false)
class PublicationConfig {

  static final String PUBLISHER_GROUP = "__axon-kafka-event-publishing-group";

  static ObjectMapper eventObjectMapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
  }

  private static Serializer jackson() {
    return JacksonSerializer.builder().objectMapper(eventObjectMapper()).build();
  }

  @Bean
  @Primary
  Serializer serializer() {
    return jackson();
  }

  @Bean
  @Qualifier("eventSerializer")
  Serializer eventSerializer() {
    return jackson();
  }

  @Bean
  @Qualifier("messageSerializer")
  Serializer messageSerializer() {
    return jackson();
  }

  /**
   * The Kafka extension registers its publishing processor itself (with a propagating error
   * handler, so a Kafka outage stops and retries rather than skipping); only its tuning is ours.
   * Batches amortise the wait for the broker's acknowledgement; the short claim interval lets a
   * restarted instance take over publication quickly.
   */
  @Autowired
  void tunePublisher(EventProcessingConfigurer processing) {
    processing.registerTrackingEventProcessorConfiguration(
        PUBLISHER_GROUP,
        config ->
            TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                .andBatchSize(200)
                .andTokenClaimInterval(1, TimeUnit.SECONDS)
                .andEventAvailabilityTimeout(1, TimeUnit.SECONDS));
  }

  @Bean
  KafkaMessageConverter<String, byte[]> kafkaMessageConverter(
      @Qualifier("eventSerializer") Serializer eventSerializer,
      @Value("${casejourney.kafka.source}") String source) {
    return new CloudEventsKafkaMessageConverter(eventSerializer, source);
  }
}
