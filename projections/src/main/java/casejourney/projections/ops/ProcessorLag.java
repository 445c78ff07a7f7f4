package casejourney.projections.ops;

import casejourney.projections.ProcessingGroups;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code casejourney.projections.lag{group=...}}: how many records of the topic each read model has
 * still to handle. Handled counts say a group is moving, not how far it has to go; this is the
 * number to alert on, and the one that says when a replay has finished (Axon's own "replaying" flag
 * stays up with Kafka tokens, ADR 0007).
 *
 * <p>Worked out every {@code casejourney.lag-interval} on a thread of its own, not when metrics are
 * read: the topic's end offsets are a call to the broker, which must not hold up a scrape. A group
 * that has no position yet (before it claims its segment) or a broker that does not answer reads as
 * NaN: unknown, never a reassuring 0.
 */
@Component
public class ProcessorLag implements AutoCloseable {

  public static final String LAG = "casejourney.projections.lag";

  private static final Logger log = LoggerFactory.getLogger(ProcessorLag.class);

  private final EventProcessingConfiguration processing;
  private final MeterRegistry meters;
  private final Admin admin;
  private final String topic;
  private final Duration interval;
  private final Map<String, Double> lags = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "projections-lag");
            t.setDaemon(true);
            return t;
          });

  public ProcessorLag(
      EventProcessingConfiguration processing,
      MeterRegistry meters,
      Admin admin,
      @Value("${axon.kafka.default-topic}") String topic,
      @Value("${casejourney.lag-interval:PT10S}") Duration interval) {
    this.processing = processing;
    this.meters = meters;
    this.admin = admin;
    this.topic = topic;
    this.interval = interval;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void start() {
    for (String group : ProcessingGroups.ALL) {
      lags.put(group, Double.NaN);
      Gauge.builder(LAG, lags, l -> l.getOrDefault(group, Double.NaN))
          .tag("group", group)
          .description("Records of the topic this read model has still to handle")
          .register(meters);
    }
    timer.scheduleWithFixedDelay(this::refresh, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  void refresh() {
    Map<TopicPartition, Long> ends;
    try {
      ends = endOffsets();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      log.debug("Could not read the end offsets of {}: {}", topic, e.toString());
      ProcessingGroups.ALL.forEach(group -> lags.put(group, Double.NaN));
      return;
    }
    for (String group : ProcessingGroups.ALL) {
      Map<TopicPartition, Long> positions = positions(group);
      lags.put(group, positions == null ? Double.NaN : (double) behind(ends, positions));
    }
  }

  private Map<TopicPartition, Long> endOffsets() throws Exception {
    TopicDescription description =
        admin.describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS).get(topic);
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    description
        .partitions()
        .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
    Map<TopicPartition, ListOffsetsResultInfo> found =
        admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS);
    Map<TopicPartition, Long> ends = new HashMap<>();
    found.forEach((partition, info) -> ends.put(partition, info.offset()));
    return ends;
  }

  /** The group's last handled offset per partition, over all its segments; null if unknown. */
  private Map<TopicPartition, Long> positions(String group) {
    var processor = processing.eventProcessor(group, StreamingEventProcessor.class);
    if (processor.isEmpty() || processor.get().processingStatus().isEmpty()) {
      return null;
    }
    Map<TopicPartition, Long> positions = new HashMap<>();
    for (EventTrackerStatus status : processor.get().processingStatus().values()) {
      // During a replay the token is a replay token around where the processor has got to.
      TrackingToken token = WrappedToken.unwrapLowerBound(status.getTrackingToken());
      if (token instanceof KafkaTrackingToken kafka) {
        kafka.getPositions().forEach((p, offset) -> positions.merge(p, offset, Math::max));
      }
    }
    return positions;
  }

  /**
   * Records still to handle: for each partition, its end offset (the offset the next record will
   * get) less the one after the last handled. A partition the group has not read yet counts whole.
   *
   * @param ends each partition's end offset
   * @param handled the offset of the last record handled, per partition, as Kafka tokens keep it
   */
  static long behind(Map<TopicPartition, Long> ends, Map<TopicPartition, Long> handled) {
    long total = 0;
    for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
      Long last = handled.get(end.getKey());
      long next = last == null ? 0 : last + 1;
      total += Math.max(0, end.getValue() - next);
    }
    return total;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
