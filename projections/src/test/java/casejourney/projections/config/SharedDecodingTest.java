package casejourney.projections.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import casejourney.api.EventJson;
import casejourney.projections.support.DemoJourney;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.junit.jupiter.api.Test;

class SharedDecodingTest {

  static final String TOPIC = "casejourney.case-events.v1";

  final KafkaMessageConverter<String, byte[]> producer =
      SerializationConfig.converter(EventJson.plain());
  final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  final List<DomainEventMessage<?>> journey = DemoJourney.messages("case-shared");

  /** The record as a consumer would receive it: a fresh copy of the bytes every time. */
  ConsumerRecord<String, byte[]> received(int index, long offset, long timestamp) {
    ProducerRecord<String, byte[]> sent = producer.createKafkaMessage(journey.get(index), TOPIC);
    RecordHeaders headers = new RecordHeaders();
    sent.headers().forEach(h -> headers.add(h.key(), h.value().clone()));
    return new ConsumerRecord<>(
        TOPIC,
        0,
        offset,
        timestamp,
        TimestampType.CREATE_TIME,
        sent.key().length(),
        sent.value().length,
        sent.key(),
        sent.value().clone(),
        headers,
        Optional.empty());
  }

  SharedDecoding sharing(int capacity) {
    return new SharedDecoding(SerializationConfig.converter(EventJson.plain()), capacity)
        .register(meters);
  }

  double count(String name) {
    return meters.get(name).functionCounter().count();
  }

  @Test
  void every_processor_gets_the_one_message_decoded_for_a_record() {
    SharedDecoding decoding = sharing(100);
    EventMessage<?> first = decoding.readKafkaMessage(received(0, 7, 1_000)).orElseThrow();
    EventMessage<?> second = decoding.readKafkaMessage(received(0, 7, 1_000)).orElseThrow();

    assertThat(second).isSameAs(first);
    assertThat(second.getPayload()).isSameAs(first.getPayload());
    assertThat(first.getIdentifier()).isEqualTo(journey.get(0).getIdentifier());
    assertThat(first.getPayload()).isEqualTo(journey.get(0).getPayload());
    assertThat(count(SharedDecoding.DECODED)).isEqualTo(1);
    assertThat(count(SharedDecoding.SHARED)).isEqualTo(1);
  }

  @Test
  void a_record_at_the_same_offset_of_a_topic_made_again_is_decoded_afresh() {
    SharedDecoding decoding = sharing(100);
    EventMessage<?> before = decoding.readKafkaMessage(received(0, 0, 1_000)).orElseThrow();
    EventMessage<?> after = decoding.readKafkaMessage(received(1, 0, 2_000)).orElseThrow();

    assertThat(after.getIdentifier())
        .isEqualTo(journey.get(1).getIdentifier())
        .isNotEqualTo(before.getIdentifier());
    assertThat(count(SharedDecoding.DECODED)).isEqualTo(2);
    assertThat(count(SharedDecoding.SHARED)).isZero();
  }

  @Test
  void only_the_most_recent_records_are_kept_oldest_out_first() {
    SharedDecoding decoding = sharing(3);
    for (int i = 0; i < 4; i++) {
      decoding.readKafkaMessage(received(i, i, 1_000 + i));
    }
    assertThat(decoding.kept()).isEqualTo(3);

    // The newest three are still shared; the oldest was let go and is decoded again.
    decoding.readKafkaMessage(received(3, 3, 1_003));
    decoding.readKafkaMessage(received(1, 1, 1_001));
    assertThat(count(SharedDecoding.SHARED)).isEqualTo(2);
    decoding.readKafkaMessage(received(0, 0, 1_000));
    assertThat(count(SharedDecoding.DECODED)).isEqualTo(5);
    assertThat(decoding.kept()).isEqualTo(3);
  }

  @Test
  void a_record_that_is_not_an_axon_event_is_remembered_as_such() {
    SharedDecoding decoding = sharing(10);
    ConsumerRecord<String, byte[]> foreign =
        new ConsumerRecord<>(TOPIC, 1, 5, "key", "not an event".getBytes());

    assertThat(decoding.readKafkaMessage(foreign)).isEmpty();
    assertThat(decoding.readKafkaMessage(foreign)).isEmpty();
    assertThat(count(SharedDecoding.DECODED)).isEqualTo(1);
  }

  @Test
  void seven_processors_reading_together_share_one_message_per_record() throws Exception {
    SharedDecoding decoding = sharing(1_000);
    int records = journey.size();
    List<ConsumerRecord<String, byte[]>> topic = new ArrayList<>();
    for (int i = 0; i < records; i++) {
      topic.add(received(i, i, 1_000 + i));
    }
    ExecutorService processors = Executors.newFixedThreadPool(7);
    try {
      List<Callable<List<EventMessage<?>>>> readers = new ArrayList<>();
      for (int p = 0; p < 7; p++) {
        readers.add(
            () -> {
              List<EventMessage<?>> messages = new ArrayList<>();
              for (ConsumerRecord<String, byte[]> record : topic) {
                messages.add(decoding.readKafkaMessage(record).orElseThrow());
              }
              return messages;
            });
      }
      List<List<EventMessage<?>>> seen = new ArrayList<>();
      for (Future<List<EventMessage<?>>> f : processors.invokeAll(readers)) {
        seen.add(f.get());
      }
      for (int i = 0; i < records; i++) {
        for (List<EventMessage<?>> processor : seen) {
          assertThat(processor.get(i)).isSameAs(seen.get(0).get(i));
        }
      }
    } finally {
      processors.shutdownNow();
    }
    assertThat(count(SharedDecoding.DECODED) + count(SharedDecoding.SHARED))
        .isEqualTo(7.0 * records);
    assertThat(decoding.kept()).isEqualTo(records);
  }

  @Test
  void a_capacity_below_one_is_refused() {
    assertThatThrownBy(() -> sharing(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }
}
