package casejourney.projections.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Readers are threads (the pacing knows a reader by its thread), one single-thread executor each.
 * The window is 20 records on one partition, so a reader may lead by 10.
 */
class CatchUpPacingTest {

  static final long NOW = 1_000_000_000L;
  static final long HISTORY = NOW - 60_000;

  final ExecutorService alex = Executors.newSingleThreadExecutor();
  final ExecutorService sam = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    alex.shutdownNow();
    sam.shutdownNow();
  }

  static CatchUpPacing pacing(Duration idle) {
    return new CatchUpPacing(20, Duration.ofSeconds(10), idle, () -> NOW);
  }

  static ConsumerRecord<String, byte[]> record(int partition, long offset, long timestamp) {
    return new ConsumerRecord<>(
        "topic",
        partition,
        offset,
        timestamp,
        TimestampType.CREATE_TIME,
        0,
        0,
        "key",
        new byte[0],
        new RecordHeaders(),
        Optional.empty());
  }

  static void read(ExecutorService reader, CatchUpPacing pacing, ConsumerRecord<?, ?> record)
      throws Exception {
    reader.submit(() -> pacing.arrive(record)).get(10, TimeUnit.SECONDS);
  }

  @Test
  void a_reader_far_ahead_in_history_waits_until_the_slowest_catches_up() throws Exception {
    CatchUpPacing pacing = pacing(Duration.ofSeconds(30));
    read(sam, pacing, record(0, 0, HISTORY));

    Future<?> ahead = alex.submit(() -> pacing.arrive(record(0, 100, HISTORY)));
    Thread.sleep(300);
    assertThat(ahead).isNotDone();

    read(sam, pacing, record(0, 95, HISTORY));
    ahead.get(10, TimeUnit.SECONDS);
    assertThat(pacing.waitedSeconds()).isPositive();
  }

  @Test
  void a_reader_within_the_lead_does_not_wait() throws Exception {
    assertThat(alexWaitedAfter(record(0, 90, HISTORY), record(0, 100, HISTORY))).isZero();
  }

  @Test
  void a_reader_at_the_head_of_the_topic_never_waits() throws Exception {
    // Recent records: live reading is never held up by a reader replaying from the start.
    assertThat(alexWaitedAfter(record(0, 0, HISTORY), record(0, 100_000, NOW - 50))).isZero();
  }

  /** Sam reads one record, then Alex reads another: how long Alex waited, in seconds. */
  double alexWaitedAfter(ConsumerRecord<?, ?> sams, ConsumerRecord<?, ?> alexs) throws Exception {
    CatchUpPacing pacing = pacing(Duration.ofSeconds(30));
    read(sam, pacing, sams);
    read(alex, pacing, alexs);
    return pacing.waitedSeconds();
  }

  @Test
  void a_reader_that_stopped_reading_is_waited_for_only_until_it_counts_as_idle() throws Exception {
    CatchUpPacing pacing = pacing(Duration.ofMillis(300));
    read(sam, pacing, record(0, 0, HISTORY));

    read(alex, pacing, record(0, 100, HISTORY));
    assertThat(pacing.waitedSeconds()).isPositive();

    // Once idle, it holds nobody up at all.
    double waited = pacing.waitedSeconds();
    read(alex, pacing, record(0, 101, HISTORY));
    assertThat(pacing.waitedSeconds()).isEqualTo(waited);
  }

  @Test
  void two_readers_each_ahead_on_a_different_partition_do_not_hold_each_other_up()
      throws Exception {
    CatchUpPacing pacing = pacing(Duration.ofSeconds(30));
    read(alex, pacing, record(0, 0, HISTORY));
    read(alex, pacing, record(1, 0, HISTORY));
    read(sam, pacing, record(0, 0, HISTORY));
    read(sam, pacing, record(1, 0, HISTORY));

    // Two partitions: a lead of 5 each. Alex runs ahead on partition 1 and waits for Sam.
    Future<?> alexAhead = alex.submit(() -> pacing.arrive(record(1, 50, HISTORY)));
    Thread.sleep(200);
    assertThat(alexAhead).isNotDone();

    // Sam is ahead of Alex on partition 0, but Alex is waiting, so Sam does not wait for Alex
    // (each would otherwise wait for the other until it counted as idle, 30 s here).
    sam.submit(() -> pacing.arrive(record(0, 50, HISTORY))).get(10, TimeUnit.SECONDS);

    // Sam reads on and catches up on partition 1, which lets Alex go on.
    read(sam, pacing, record(1, 48, HISTORY));
    alexAhead.get(10, TimeUnit.SECONDS);
  }
}
