package casejourney.projections.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class ProcessorLagTest {

  private static final TopicPartition P0 = new TopicPartition("events", 0);
  private static final TopicPartition P1 = new TopicPartition("events", 1);
  private static final TopicPartition P2 = new TopicPartition("events", 2);

  @Test
  void a_group_that_handled_the_last_record_of_every_partition_is_not_behind() {
    assertThat(ProcessorLag.behind(Map.of(P0, 10L, P1, 5L), Map.of(P0, 9L, P1, 4L))).isZero();
  }

  @Test
  void each_partition_counts_the_records_after_the_last_one_handled() {
    // p0: records 8 and 9 to come; p1: 2, 3 and 4; p2 is empty.
    assertThat(ProcessorLag.behind(Map.of(P0, 10L, P1, 5L, P2, 0L), Map.of(P0, 7L, P1, 1L)))
        .isEqualTo(5);
  }

  @Test
  void a_partition_not_read_yet_counts_whole() {
    assertThat(ProcessorLag.behind(Map.of(P0, 10L, P1, 5L), Map.of(P0, 9L))).isEqualTo(5);
    assertThat(ProcessorLag.behind(Map.of(P0, 10L, P1, 5L), Map.of())).isEqualTo(15);
  }
}
