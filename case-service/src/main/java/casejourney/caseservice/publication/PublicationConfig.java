package casejourney.caseservice.publication;

import casejourney.api.EventJson;
import casejourney.api.personal.JdbcCaseKeys;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The serialised form of events is the integration contract ({@link EventJson}), not the web
 * layer's JSON.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KafkaProperties.class)
class PublicationConfig {

  @Bean
  @Primary
  Serializer serializer() {
    return EventJson.plain();
  }

  /**
   * Events are stored and published with their personal fields sealed under their case's key
   * (docs/adr/0011), so destroying the key at the end of retention erases them everywhere.
   */
  @Bean
  @Qualifier("eventSerializer")
  Serializer eventSerializer(JdbcCaseKeys keys) {
    return EventJson.sealing(keys);
  }

  @Bean
  @Qualifier("messageSerializer")
  Serializer messageSerializer() {
    return EventJson.plain();
  }

  @Bean
  CloudEventsKafkaMessageConverter cloudEventsConverter(
      @Qualifier("eventSerializer") Serializer eventSerializer, KafkaProperties kafka) {
    return new CloudEventsKafkaMessageConverter(eventSerializer, kafka.source());
  }

  /** acks=all and idempotence: the broker has the record, once, in order, before we move on. */
  @Bean(destroyMethod = "close")
  Producer<String, byte[]> outboxProducer(KafkaProperties kafka) {
    Map<String, Object> config = new HashMap<>(kafka.producer());
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    config.put(ProducerConfig.CLIENT_ID_CONFIG, "case-service-outbox");
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
    config.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 1);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return new KafkaProducer<>(config);
  }

  @Bean
  KafkaOutbox kafkaOutbox(
      Producer<String, byte[]> outboxProducer,
      CloudEventsKafkaMessageConverter converter,
      KafkaProperties kafka) {
    return new KafkaOutbox(outboxProducer, converter, kafka.topic(), 30_000);
  }

  /** A failure must stop the outbox and retry, never log and move past the event. */
  @Autowired
  void outboxErrorHandling(EventProcessingConfigurer processing) {
    processing.registerListenerInvocationErrorHandler(
        KafkaOutbox.GROUP, config -> PropagatingErrorHandler.instance());
  }
}
