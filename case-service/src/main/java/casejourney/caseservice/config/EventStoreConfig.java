package casejourney.caseservice.config;

import casejourney.api.ActorMetaData;
import java.time.Duration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Maps Axon's JDBC engine onto the snake_case tables that Flyway creates (Axon's defaults are
 * camelCase names, which PostgreSQL would fold to unreadable lower case).
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfig {

  @Bean
  EventSchema eventSchema() {
    return EventSchema.builder()
        .eventTable("domain_event_entry")
        .snapshotTable("snapshot_event_entry")
        .globalIndexColumn("global_index")
        .timestampColumn("time_stamp")
        .eventIdentifierColumn("event_identifier")
        .aggregateIdentifierColumn("aggregate_identifier")
        .sequenceNumberColumn("sequence_number")
        .typeColumn("type")
        .payloadTypeColumn("payload_type")
        .payloadRevisionColumn("payload_revision")
        .payloadColumn("payload")
        .metaDataColumn("meta_data")
        .build();
  }

  /**
   * Keeps recently used cases in memory so a command need not re-read the case's whole history. A
   * case dropped from the cache (too many cases, or idle too long) is rebuilt from the event store
   * on its next command; a stale copy cannot be written, because the event store refuses a sequence
   * number that is already taken.
   */
  @Bean
  Cache caseFileCache(
      @Value("${casejourney.aggregate-cache.max-cases:10000}") long maxCases,
      @Value("${casejourney.aggregate-cache.idle:PT30M}") Duration idle) {
    return new BoundedCache(maxCases, idle);
  }

  @Bean
  TokenSchema tokenSchema() {
    return TokenSchema.builder()
        .setTokenTable("token_entry")
        .setProcessorNameColumn("processor_name")
        .setSegmentColumn("segment")
        .setTokenColumn("token")
        .setTokenTypeColumn("token_type")
        .setTimestampColumn("timestamp")
        .setOwnerColumn("owner")
        .build();
  }

  /**
   * Copies who acted (and the client's command id) from each command onto every event it causes, so
   * the event store answers "who did this" without a separate audit table.
   */
  @Bean
  CorrelationDataProvider actorCorrelation() {
    return new SimpleCorrelationDataProvider(
        ActorMetaData.SUBJECT, ActorMetaData.ROLE, ActorMetaData.COMMAND_ID);
  }
}
