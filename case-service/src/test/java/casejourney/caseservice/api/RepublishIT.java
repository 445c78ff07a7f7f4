package casejourney.caseservice.api;

import static casejourney.caseservice.api.CommandsToCloudEventsIT.header;
import static casejourney.caseservice.api.CommandsToCloudEventsIT.readCase;
import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.personal.JdbcCaseKeys;
import casejourney.caseservice.retention.RetentionSweep;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Republishing the event store to the real broker, as an operator would after the topic lost
 * events: every stored event goes out again, in order, or only those stored from a given moment; an
 * erased case's events go out as they were stored, sealed under the destroyed key.
 */
class RepublishIT extends ApiTestSupport {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Autowired RetentionSweep sweep;
  @Autowired JdbcCaseKeys keys;
  @Autowired EventProcessingConfiguration processing;

  @AfterEach
  void backToToday() {
    clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
  }

  @Test
  void republishing_from_the_start_sends_every_stored_event_again_in_order() {
    Journey journey = new Journey(this).open().strategyDiscussion("2026-03-02");
    List<ConsumerRecord<String, byte[]>> published = readCase(journey.caseId, 2, WAIT);

    republish("{}")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.processor")
        .isEqualTo("kafka-publisher")
        .jsonPath("$.from")
        .isEqualTo("the start of the event store")
        .jsonPath("$.upToGlobalIndex")
        .isNumber();
    // Sent after the republish, so it arrives after the repeats: nothing further is on its way.
    journey.scheduleInitialConference(LocalDateTime.of(2026, 3, 16, 10, 0));

    List<ConsumerRecord<String, byte[]>> all = readCase(journey.caseId, 5, WAIT);
    assertThat(types(all))
        .containsExactly(
            "CaseOpenedEvent",
            "StrategyDiscussionHeldEvent",
            "CaseOpenedEvent",
            "StrategyDiscussionHeldEvent",
            "MeetingScheduledEvent");
    assertThat(ids(all.subList(2, 4))).isEqualTo(ids(published));
  }

  @Test
  void republishing_since_a_moment_sends_again_only_the_events_stored_from_then() {
    Journey journey = new Journey(this).open();
    readCase(journey.caseId, 1, WAIT);
    // Events are stamped by Axon's clock, not the service's test clock.
    Instant since = GenericEventMessage.clock.instant();
    journey.strategyDiscussion("2026-03-02");
    List<ConsumerRecord<String, byte[]>> published = readCase(journey.caseId, 2, WAIT);

    republish("{\"since\": \"" + since + "\"}")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.since")
        .isEqualTo(since.toString())
        .jsonPath("$.from")
        .isEqualTo("the first event stored at or after " + since);
    journey.scheduleInitialConference(LocalDateTime.of(2026, 3, 16, 10, 0));

    List<ConsumerRecord<String, byte[]>> all = readCase(journey.caseId, 4, WAIT);
    assertThat(types(all))
        .containsExactly(
            "CaseOpenedEvent",
            "StrategyDiscussionHeldEvent",
            "StrategyDiscussionHeldEvent",
            "MeetingScheduledEvent");
    assertThat(header(all.get(2), "ce_id")).isEqualTo(header(published.get(1), "ce_id"));
  }

  @Test
  void a_since_beyond_what_was_published_starts_where_the_publisher_had_got_and_skips_nothing() {
    Journey journey = new Journey(this).open();
    readCase(journey.caseId, 1, WAIT);
    TrackingEventProcessor publisher =
        processing.eventProcessor("kafka-publisher", TrackingEventProcessor.class).orElseThrow();
    publisher.shutDown();
    try {
      // Stored while the publisher is stopped, so not yet on the topic.
      journey.strategyDiscussion("2026-03-02");
      Instant since = GenericEventMessage.clock.instant();

      republish("{\"since\": \"" + since + "\"}").expectStatus().isOk();
    } finally {
      publisher.start();
    }

    assertThat(types(readCase(journey.caseId, 2, WAIT)))
        .containsExactly("CaseOpenedEvent", "StrategyDiscussionHeldEvent");
  }

  @Test
  void an_erased_cases_events_go_out_again_as_stored_sealed_under_its_destroyed_key() {
    Journey journey = new Journey(this).open();
    post(
            "worker",
            journey.cases() + "/closure",
            "{\"reason\": {\"en\": \"Home is calm.\"}}",
            "Idempotency-Key",
            "close-" + journey.caseId)
        .expectStatus()
        .is2xxSuccessful();
    clock.set(LocalDateTime.of(2061, 3, 3, 2, 30));
    sweep.sweep();
    assertThat(keys.isDestroyed(journey.caseId)).isTrue();
    List<ConsumerRecord<String, byte[]>> published = readCase(journey.caseId, 3, WAIT);

    republish("{}").expectStatus().isOk();

    List<ConsumerRecord<String, byte[]>> all = readCase(journey.caseId, 6, WAIT);
    for (int i = 0; i < 3; i++) {
      assertThat(all.get(3 + i).value()).isEqualTo(published.get(i).value());
    }
    assertThat(new String(all.get(3).value(), StandardCharsets.UTF_8))
        .contains("\"$sealed\"")
        .doesNotContain("Taylor Morgan", "Sam Patel");
  }

  @Test
  void only_an_operator_may_republish() {
    republishAs("worker", "{}").expectStatus().isForbidden();
    republishAs(null, "{}").expectStatus().isUnauthorized();
  }

  @Test
  void a_since_that_is_not_an_instant_or_is_in_the_future_is_a_problem_saying_what_to_fix() {
    republish("{\"since\": \"yesterday\"}")
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("Check what you sent")
        .jsonPath("$.detail")
        .value(detail -> assertThat(detail.toString()).contains("ISO-8601 instant"));
    republish("{\"since\": \"2999-01-01T00:00:00Z\"}")
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .value(detail -> assertThat(detail.toString()).contains("is in the future"));
  }

  @Test
  void
      while_another_instance_holds_the_publishers_token_republishing_is_refused_and_moves_nothing() {
    // As a second case-service instance would, with a claim that does not run out during the test.
    jdbc.update(
        "UPDATE token_entry SET owner = 'other-instance', timestamp = '2999-01-01T00:00:00Z'"
            + " WHERE processor_name = 'kafka-publisher'");
    try {
      String before = token();
      republish("{}")
          .expectStatus()
          .isEqualTo(409)
          .expectHeader()
          .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.title")
          .isEqualTo("Not now")
          .jsonPath("$.detail")
          .value(detail -> assertThat(detail.toString()).contains("(other-instance)"));
      assertThat(token()).isEqualTo(before);
    } finally {
      jdbc.update("UPDATE token_entry SET owner = NULL WHERE processor_name = 'kafka-publisher'");
    }
    // The publisher takes its token back and carries on.
    Journey journey = new Journey(this).open();
    readCase(journey.caseId, 1, WAIT);
  }

  private String token() {
    return jdbc.queryForObject(
        "SELECT convert_from(token, 'UTF8') FROM token_entry"
            + " WHERE processor_name = 'kafka-publisher'",
        String.class);
  }

  private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec republish(
      String json) {
    return republishAs("operator", json);
  }

  private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec republishAs(
      String user, String json) {
    return post(user, "/actuator/republish", json);
  }

  private static List<String> types(List<ConsumerRecord<String, byte[]>> records) {
    return records.stream()
        .map(r -> header(r, "ce_type"))
        .map(t -> t.substring("org.casejourney.case.".length(), t.lastIndexOf(".v")))
        .toList();
  }

  private static List<String> ids(List<ConsumerRecord<String, byte[]>> records) {
    return records.stream().map(r -> header(r, "ce_id")).toList();
  }
}
