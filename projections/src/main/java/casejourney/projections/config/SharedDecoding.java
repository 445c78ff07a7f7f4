package casejourney.projections.config;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;

/**
 * Turns each Kafka record into an event message once for all seven read models. Every processing
 * group has its own consumer and reads every record, and each used to rebuild the message from the
 * record's headers and deserialize its payload again: together a sixth of a replay's CPU (ADR 0007,
 * eighth pass). The processors read the topic at nearly the same place, so the messages of the most
 * recent records are kept and handed to whichever processor asks next. Messages are immutable and
 * their payload is deserialized on first use, so sharing one changes nothing a handler sees.
 *
 * <p>Only the last {@code capacity} records are kept, oldest out first. Least-recently-used or
 * frequency-based eviction would be wrong here: a record is wanted by each processor once and then
 * never again. A processor further behind than that simply decodes its own copy, as before. While
 * the processors read history (a replay, or catching up after a stop), they drift further apart
 * than any sensible window, so they can be paced to stay together ({@link CatchUpPacing}).
 *
 * <p>A record is known by its topic, partition, offset and timestamp: the offset alone repeats if a
 * topic is deleted and made again under the same name (tests do), the timestamp as well is
 * practically never the same.
 */
public final class SharedDecoding implements KafkaMessageConverter<String, byte[]> {

  public static final String SHARED = "casejourney.projections.records.shared";
  public static final String DECODED = "casejourney.projections.records.decoded";
  public static final String WAITED = "casejourney.projections.records.catch-up.waited";

  private record Key(String topic, int partition, long offset, long timestamp) {}

  private final KafkaMessageConverter<String, byte[]> decoder;
  private final int capacity;
  private final ConcurrentHashMap<Key, Optional<EventMessage<?>>> recent;
  private final ConcurrentLinkedQueue<Key> order = new ConcurrentLinkedQueue<>();
  private final LongAdder shared = new LongAdder();
  private final LongAdder decoded = new LongAdder();

  private final CatchUpPacing pacing;

  /** Shares what the readers happen to read together; readers catching up are not paced. */
  public SharedDecoding(KafkaMessageConverter<String, byte[]> decoder, int capacity) {
    this(decoder, capacity, null);
  }

  /**
   * Also keeps readers that are reading history (records older than {@code catchUpAfter}) within
   * the window of each other ({@link CatchUpPacing}), so that a replay decodes each record once.
   */
  public SharedDecoding(
      KafkaMessageConverter<String, byte[]> decoder, int capacity, Duration catchUpAfter) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.decoder = decoder;
    this.capacity = capacity;
    this.recent = new ConcurrentHashMap<>(capacity * 2);
    this.pacing =
        catchUpAfter == null
            ? null
            : new CatchUpPacing(capacity, catchUpAfter, IDLE, System::currentTimeMillis);
  }

  /**
   * A reader that read nothing for this long is not waited for. A slow processor's fetcher reads a
   * poll's worth (500 records) whenever its buffer has room, a few times a second in a replay.
   */
  static final Duration IDLE = Duration.ofSeconds(3);

  /** Counts records decoded and records handed on already decoded, so the sharing can be seen. */
  public SharedDecoding register(MeterRegistry meters) {
    FunctionCounter.builder(DECODED, decoded, LongAdder::sum)
        .description("Kafka records turned into event messages")
        .register(meters);
    FunctionCounter.builder(SHARED, shared, LongAdder::sum)
        .description("Kafka records whose event message another processor had already made")
        .register(meters);
    if (pacing != null) {
      FunctionCounter.builder(WAITED, pacing, CatchUpPacing::waitedSeconds)
          .description("Time readers catching up waited for slower ones, so as to share records")
          .baseUnit("seconds")
          .register(meters);
    }
    return this;
  }

  @Override
  public ProducerRecord<String, byte[]> createKafkaMessage(EventMessage<?> event, String topic) {
    return decoder.createKafkaMessage(event, topic);
  }

  @Override
  public Optional<EventMessage<?>> readKafkaMessage(ConsumerRecord<String, byte[]> record) {
    if (pacing != null) {
      pacing.arrive(record);
    }
    Key key = new Key(record.topic(), record.partition(), record.offset(), record.timestamp());
    Optional<EventMessage<?>> known = recent.get(key);
    if (known != null) {
      shared.increment();
      return known;
    }
    Optional<EventMessage<?>> message = decoder.readKafkaMessage(record);
    decoded.increment();
    // Two processors may decode the same record at once; the first one kept is the one shared.
    Optional<EventMessage<?>> raced = recent.putIfAbsent(key, message);
    if (raced != null) {
      return raced;
    }
    order.add(key);
    if (recent.size() > capacity) {
      Key oldest = order.poll();
      if (oldest != null) {
        recent.remove(oldest);
      }
    }
    return message;
  }

  /** How many records are kept now: the capacity, give or take the calls under way. */
  int kept() {
    return recent.size();
  }
}
