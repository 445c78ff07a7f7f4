package casejourney.projections.config;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Keeps the processors' readers together while they read history, so that {@link SharedDecoding}
 * can hand each record's message to all of them.
 *
 * <p>Left alone, readers drift apart in a replay: the seven processors share two cores evenly, but
 * the timelines cost the most per event, so the other six run tens of thousands of records ahead
 * and each decodes every record itself. Here a reader that is reading history (records older than
 * {@code catchUpAfter}) and is more than a lead ahead of the slowest other reader on the same
 * partition waits for it. The lead is sized so that every reader stays within the shared window.
 *
 * <p>Waiting must never stop the read side, so:
 *
 * <ul>
 *   <li>a reader at the head of the topic (reading recent records) never waits: live freshness is
 *       untouched, and a single read model replaying does not hold up the others;
 *   <li>a reader that has read nothing for {@code idle} (a processor stopped, retrying a failing
 *       batch, or closed) is not waited for;
 *   <li>a reader that is itself waiting is not waited for, so two readers each ahead on a different
 *       partition cannot hold each other up;
 *   <li>no reader waits longer than {@code idle} on one record.
 * </ul>
 */
final class CatchUpPacing {

  /** One processor's fetcher thread: where it last read on each partition, and when. */
  private static final class Reader {
    final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    volatile long lastReadNanos;
    volatile boolean waiting;
    volatile boolean catchingUp;
  }

  private final long catchUpAfterMillis;
  private final long idleNanos;
  private final int window;
  private final LongSupplier wallClockMillis;
  private final Set<Reader> readers = ConcurrentHashMap.newKeySet();
  private final Set<TopicPartition> partitions = ConcurrentHashMap.newKeySet();
  private final ThreadLocal<Reader> self = ThreadLocal.withInitial(Reader::new);
  private final LongAdder waitedNanos = new LongAdder();

  /**
   * @param window how many records the shared window holds
   * @param catchUpAfter how old a record must be for its reader to count as catching up
   * @param idle how long a reader may read nothing and still be waited for
   */
  CatchUpPacing(int window, Duration catchUpAfter, Duration idle, LongSupplier wallClockMillis) {
    this.window = window;
    this.catchUpAfterMillis = catchUpAfter.toMillis();
    this.idleNanos = idle.toNanos();
    this.wallClockMillis = wallClockMillis;
  }

  /** Called by a reader before it takes this record: waits while it is too far ahead. */
  void arrive(ConsumerRecord<?, ?> record) {
    Reader me = self.get();
    readers.add(me);
    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
    partitions.add(partition);
    long timestamp = record.timestamp();
    me.catchingUp = timestamp >= 0 && wallClockMillis.getAsLong() - timestamp > catchUpAfterMillis;
    if (me.catchingUp) {
      long lead = Math.max(1, window / (2L * partitions.size()));
      long start = System.nanoTime();
      long now = start;
      try {
        while (now - start < idleNanos) {
          Long slowest = slowestOther(me, partition, now);
          if (slowest == null || record.offset() - slowest <= lead) {
            break;
          }
          me.waiting = true;
          LockSupport.parkNanos(1_000_000);
          now = System.nanoTime();
        }
      } finally {
        me.waiting = false;
        waitedNanos.add(now - start);
      }
    }
    me.positions.put(partition, record.offset());
    me.lastReadNanos = System.nanoTime();
  }

  /** The lowest position on this partition of the other readers that are catching up too. */
  private Long slowestOther(Reader me, TopicPartition partition, long now) {
    Long slowest = null;
    for (Reader other : readers) {
      if (other == me || other.waiting || !other.catchingUp) {
        continue;
      }
      if (now - other.lastReadNanos > idleNanos) {
        if (now - other.lastReadNanos > 20 * idleNanos) {
          // A reader gone for good (its stream closed); it comes back if its thread reads again.
          readers.remove(other);
        }
        continue;
      }
      Long position = other.positions.get(partition);
      if (position != null && (slowest == null || position < slowest)) {
        slowest = position;
      }
    }
    return slowest;
  }

  /** Total time readers have waited, in seconds. */
  double waitedSeconds() {
    return waitedNanos.sum() / 1e9;
  }
}
