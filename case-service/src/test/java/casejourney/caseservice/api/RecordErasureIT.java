package casejourney.caseservice.api;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.CaseOpenedEvent;
import casejourney.api.events.CaseRecordErasedEvent;
import casejourney.api.personal.JdbcCaseKeys;
import casejourney.caseservice.retention.RetentionSweep;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Crypto-shredding on the real stack (docs/adr/0011): personal data is sealed in PostgreSQL and on
 * Kafka, opens for the service while the record is kept, and reads as nothing once the retention
 * sweep has erased the record and destroyed its key.
 */
@ExtendWith(OutputCaptureExtension.class)
class RecordErasureIT extends ApiTestSupport {

  @Autowired RetentionSweep sweep;
  @Autowired JdbcCaseKeys keys;
  @Autowired EventStore eventStore;

  @AfterEach
  void backToToday() {
    clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
  }

  @Test
  void personal_data_is_sealed_at_rest_and_on_kafka_and_unreadable_once_the_record_is_erased() {
    clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
    Journey journey = new Journey(this).open();
    String caseId = journey.caseId;

    String stored = payload(caseId, CaseOpenedEvent.class);
    assertThat(stored)
        .contains("\"$sealed\":\"A256GCM\"", "\"personId\":\"p-taylor\"")
        .doesNotContain("Taylor", "Morgan", "Sam Patel", "2011-09-14");
    ConsumerRecord<String, byte[]> published =
        CommandsToCloudEventsIT.readCase(caseId, 1, Duration.ofSeconds(30)).get(0);
    assertThat(new String(published.value(), StandardCharsets.UTF_8))
        .contains("\"$sealed\"")
        .doesNotContain("Taylor", "Morgan", "Sam Patel");
    assertThat(opened(caseId).child().name()).isEqualTo("Taylor Morgan");

    post(
            "worker",
            journey.cases() + "/closure",
            "{\"reason\": {\"en\": \"Home is calm.\"}}",
            "Idempotency-Key",
            "close-" + caseId)
        .expectStatus()
        .is2xxSuccessful();
    assertThat(idempotencyKeys(caseId)).as("kept for a retry").isEqualTo(1);

    clock.set(LocalDateTime.of(2061, 3, 2, 23, 0));
    sweep.sweep();
    assertThat(count(caseId, CaseRecordErasedEvent.class)).as("kept on its last day").isZero();
    assertThat(keys.isDestroyed(caseId)).isFalse();

    clock.set(LocalDateTime.of(2061, 3, 3, 2, 30));
    sweep.sweep();
    assertThat(count(caseId, CaseRecordErasedEvent.class)).isEqualTo(1);
    assertThat(keys.isDestroyed(caseId)).isTrue();
    assertThat(idempotencyKeys(caseId)).as("they name who acted on the case").isZero();
    CaseOpenedEvent erased = opened(caseId);
    assertThat(erased.child().name()).isNull();
    assertThat(erased.child().dateOfBirth()).isNull();
    assertThat(erased.allocatedWorker().name()).isNull();
    assertThat(erased.child().personId()).isEqualTo("p-taylor");

    post("worker", journey.cases() + "/strategy-discussions", "{\"heldOn\": \"2061-03-01\"}")
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].message")
        .value(message -> assertThat(message.toString()).contains("erased"));

    RetentionSweep.Result again = sweep.sweep();
    assertThat(count(caseId, CaseRecordErasedEvent.class)).as("erased once").isEqualTo(1);
    assertThat(again.failed()).isZero();
  }

  @Test
  void the_sweep_removes_idempotency_keys_older_than_the_retry_window_and_keeps_newer_ones() {
    clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
    java.time.Instant now = clock.instant();
    jdbc.update(
        "INSERT INTO processed_command (actor_sub, command_id, request_hash, case_id,"
            + " case_version, accepted_ids, processed_at) VALUES (?, ?, ?, ?, 0, '{}', ?),"
            + " (?, ?, ?, ?, 0, '{}', ?)",
        "worker",
        "old-retry",
        "0".repeat(64),
        "c-old",
        java.sql.Timestamp.from(now.minus(Duration.ofDays(31))),
        "worker",
        "new-retry",
        "0".repeat(64),
        "c-new",
        java.sql.Timestamp.from(now.minus(Duration.ofDays(1))));

    RetentionSweep.Result result = sweep.sweep();

    assertThat(result.idempotencyKeysRemoved()).isPositive();
    assertThat(
            jdbc.queryForList(
                "SELECT command_id FROM processed_command WHERE command_id IN (?, ?)",
                String.class,
                "old-retry",
                "new-retry"))
        .containsExactly("new-retry");
  }

  @Test
  void the_sweep_reads_closed_records_through_their_partial_index_not_every_event() {
    assertThat(RetentionSweep.CLOSED_RECORDS)
        .contains(CaseClosedEvent.class.getName(), CaseRecordErasedEvent.class.getName());
    String plan =
        jdbc.execute(
            (java.sql.Connection c) -> {
              try (var s = c.createStatement()) {
                // A small test table is cheaper to scan; this asks whether the index can serve.
                s.execute("SET enable_seqscan = off");
                StringBuilder lines = new StringBuilder();
                try (var rows = s.executeQuery("EXPLAIN " + RetentionSweep.CLOSED_RECORDS)) {
                  while (rows.next()) {
                    lines.append(rows.getString(1)).append('\n');
                  }
                }
                s.execute("RESET enable_seqscan");
                return lines.toString();
              }
            });
    assertThat(plan).contains("domain_event_entry_record_lifecycle");
  }

  @Test
  void a_second_instance_does_not_sweep_while_one_is_sweeping() throws Exception {
    try (java.sql.Connection other = jdbc.getDataSource().getConnection();
        var statement = other.createStatement()) {
      // Another instance, mid-sweep, holds the lock.
      statement.execute("SELECT pg_advisory_lock(" + RetentionSweep.SWEEP_LOCK + ")");
      RetentionSweep.Result skipped = sweep.sweep();
      assertThat(skipped.elsewhere()).isTrue();
      assertThat(skipped.closedCases()).isZero();
      statement.execute("SELECT pg_advisory_unlock(" + RetentionSweep.SWEEP_LOCK + ")");
    }
    RetentionSweep.Result ran = sweep.sweep();
    assertThat(ran.elsewhere()).isFalse();
    assertThat(ran.failed()).isZero();
  }

  @Test
  void a_case_the_sweep_cannot_finish_is_named_in_its_answer_and_its_log_and_finished_next_time(
      CapturedOutput log) {
    clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
    Journey journey = new Journey(this).open();
    String caseId = journey.caseId;
    post(
            "worker",
            journey.cases() + "/closure",
            "{\"reason\": {\"en\": \"Home is calm.\"}}",
            "Idempotency-Key",
            "close-" + caseId)
        .expectStatus()
        .is2xxSuccessful();
    clock.set(LocalDateTime.of(2061, 3, 3, 2, 30));
    // The key database refuses to change this case's row, as a revoked grant or a full disk would.
    jdbc.execute(
        "CREATE FUNCTION refuse_key_change() RETURNS trigger LANGUAGE plpgsql AS"
            + " $$ BEGIN RAISE EXCEPTION 'key row is read-only'; END $$");
    jdbc.execute(
        "CREATE TRIGGER refuse_key_change BEFORE UPDATE ON case_key FOR EACH ROW"
            + " WHEN (OLD.case_id = '"
            + caseId
            + "') EXECUTE FUNCTION refuse_key_change()");
    try {
      RetentionSweep.Result stuck = sweep.sweep();
      assertThat(stuck.failedCases()).containsExactly(caseId);
      assertThat(stuck.failed()).isEqualTo(1);
      assertThat(keys.isDestroyed(caseId)).isFalse();
      assertThat(log.getOut())
          .contains(
              "Retention sweep could not erase case " + caseId + ": KeysUnavailableException");

      post("operator", "/actuator/retention", "{}")
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.failed")
          .isEqualTo(1)
          .jsonPath("$.failedCases")
          .isEqualTo(List.of(caseId));
    } finally {
      jdbc.execute("DROP TRIGGER refuse_key_change ON case_key");
      jdbc.execute("DROP FUNCTION refuse_key_change()");
    }

    RetentionSweep.Result finished = sweep.sweep();
    assertThat(finished.failedCases()).isEmpty();
    assertThat(keys.isDestroyed(caseId)).isTrue();
    assertThat(count(caseId, CaseRecordErasedEvent.class)).as("erased once").isEqualTo(1);
  }

  private int idempotencyKeys(String caseId) {
    Integer n =
        jdbc.queryForObject(
            "SELECT count(*) FROM processed_command WHERE case_id = ?", Integer.class, caseId);
    return n == null ? 0 : n;
  }

  @Test
  void only_an_operator_can_run_the_sweep_over_http() {
    post("worker", "/actuator/retention", "{}").expectStatus().isForbidden();
    post(null, "/actuator/retention", "{}").expectStatus().isUnauthorized();
    post("operator", "/actuator/retention", "{}")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.closedCases")
        .isNumber()
        .jsonPath("$.failed")
        .isEqualTo(0)
        .jsonPath("$.failedCases")
        .isEmpty()
        .jsonPath("$.idempotencyKeysRemoved")
        .isNumber();
  }

  private CaseOpenedEvent opened(String caseId) {
    List<?> payloads =
        eventStore.readEvents(caseId).asStream().map(event -> event.getPayload()).toList();
    return (CaseOpenedEvent) payloads.get(0);
  }

  private String payload(String caseId, Class<?> type) {
    return jdbc.queryForObject(
        "select convert_from(payload, 'UTF8') from domain_event_entry"
            + " where aggregate_identifier = ? and payload_type = ?",
        String.class,
        caseId,
        type.getName());
  }

  private long count(String caseId, Class<?> type) {
    Long count =
        jdbc.queryForObject(
            "select count(*) from domain_event_entry"
                + " where aggregate_identifier = ? and payload_type = ?",
            Long.class,
            caseId,
            type.getName());
    return count == null ? 0 : count;
  }
}
