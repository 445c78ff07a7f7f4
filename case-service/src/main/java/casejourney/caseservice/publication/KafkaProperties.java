package casejourney.caseservice.publication;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where events are published. {@code producer} takes any further Kafka producer setting (TLS, SASL
 * and so on for a production cluster); the delivery guarantees themselves are not configurable.
 */
@ConfigurationProperties("casejourney.kafka")
record KafkaProperties(
    @DefaultValue("localhost:9092") String bootstrapServers,
    @DefaultValue("casejourney.case-events.v1") String topic,
    @DefaultValue("/casejourney/case-service") String source,
    @DefaultValue Map<String, String> producer) {}
