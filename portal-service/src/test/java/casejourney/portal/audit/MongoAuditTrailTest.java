package casejourney.portal.audit;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import casejourney.infra.embedded.EmbeddedMongoServer;
import casejourney.infra.embedded.FreePorts;
import casejourney.portal.audit.AuditReport.Kind;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The staff audit trail against the embedded MongoDB wire server the local stack runs: each case's
 * entries are sealed in a chain, two instances writing at once still make one unbroken chain, and a
 * change made to the database directly is found and named.
 */
class MongoAuditTrailTest {

  static final byte[] KEY =
      "a key of thirty-two bytes or more, for tests".getBytes(StandardCharsets.UTF_8);
  static final String CASE = "case-audit-1";
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T10:15:30.123456Z"), ZoneOffset.UTC);

  @TempDir static Path data;
  static EmbeddedMongoServer server;
  static MongoClient client;
  static MongoDatabase database;

  @BeforeAll
  static void start() {
    server = EmbeddedMongoServer.start(FreePorts.free(), data);
    client = MongoClients.create(server.connectionString());
    database = client.getDatabase("audit_test");
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @BeforeEach
  void empty() {
    Mono.from(database.drop()).block();
  }

  private static MongoAuditTrail trail() {
    return new MongoAuditTrail(database, KEY, CLOCK);
  }

  private static MongoCollection<Document> log() {
    return database.getCollection(MongoAuditTrail.COLLECTION);
  }

  private static void views(MongoAuditTrail trail, int count) {
    for (int i = 1; i <= count; i++) {
      trail.viewed("worker-" + i, "case", CASE).block();
    }
  }

  @Test
  void each_view_is_kept_in_order_with_who_what_and_when_and_the_record_checks_whole() {
    MongoAuditTrail trail = trail();
    views(trail, 3);
    trail.viewed("chair", "outcome", "another-case").block();

    AuditReport report = trail.report(CASE).block();

    assertThat(report.intact()).isTrue();
    assertThat(report.problem()).isNull();
    assertThat(report.views())
        .extracting(AuditReport.View::seq, AuditReport.View::who, AuditReport.View::what)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, "worker-1", "case"),
            org.assertj.core.groups.Tuple.tuple(2L, "worker-2", "case"),
            org.assertj.core.groups.Tuple.tuple(3L, "worker-3", "case"));
    assertThat(report.views().get(0).when()).isEqualTo(Instant.parse("2026-11-28T10:15:30.123Z"));
    assertThat(trail.report("another-case").block().views()).hasSize(1);
    assertThat(trail.report("never-viewed").block())
        .isEqualTo(new AuditReport("never-viewed", true, List.of(), null));
  }

  @Test
  void a_long_record_is_read_in_full() {
    MongoAuditTrail trail = trail();
    views(trail, 150);

    AuditReport report = trail.report(CASE).block();

    assertThat(report.intact()).isTrue();
    assertThat(report.views()).hasSize(150);
    assertThat(report.views().get(149).seq()).isEqualTo(150);
  }

  @Test
  void two_instances_writing_at_once_make_one_unbroken_record() {
    MongoAuditTrail first = trail();
    MongoAuditTrail second = trail();

    Flux.fromStream(IntStream.range(0, 40).boxed())
        .flatMap(
            i ->
                (i % 2 == 0 ? first : second)
                    .viewed("worker-" + i, "case", CASE)
                    .subscribeOn(Schedulers.parallel()),
            16)
        .blockLast();

    AuditReport report = first.report(CASE).block();
    assertThat(report.intact()).isTrue();
    assertThat(report.views()).hasSize(40);
    assertThat(report.views()).extracting(AuditReport.View::who).doesNotHaveDuplicates();
  }

  @Test
  void an_entry_written_past_the_head_by_an_instance_that_stopped_is_chained_onto() {
    MongoAuditTrail trail = trail();
    views(trail, 2);
    // As if an instance wrote entry 3 and stopped before moving the head on.
    Mono.from(
            database
                .getCollection(MongoAuditTrail.HEADS)
                .updateOne(eq("_id", CASE), Updates.set("seq", 1L)))
        .block();

    trail.viewed("worker-late", "case", CASE).block();

    AuditReport report = trail.report(CASE).block();
    assertThat(report.intact()).isTrue();
    assertThat(report.views())
        .extracting(AuditReport.View::who)
        .containsExactly("worker-1", "worker-2", "worker-late");
  }

  @Test
  void a_changed_entry_is_found_and_named() {
    MongoAuditTrail trail = trail();
    views(trail, 3);

    Mono.from(
            log()
                .updateOne(
                    eq("_id", MongoAuditTrail.id(CASE, 2)), Updates.set("who", "someone-else")))
        .block();

    AuditReport report = trail.report(CASE).block();
    assertThat(report.intact()).isFalse();
    assertThat(report.problem().seq()).isEqualTo(2);
    assertThat(report.problem().kind()).isEqualTo(Kind.ALTERED);
    assertThat(report.views()).hasSize(3);
  }

  @Test
  void a_changed_time_is_found() {
    MongoAuditTrail trail = trail();
    views(trail, 2);

    Mono.from(
            log()
                .updateOne(
                    eq("_id", MongoAuditTrail.id(CASE, 1)),
                    Updates.set("when", Date.from(Instant.parse("2026-01-01T00:00:00Z")))))
        .block();

    AuditReport report = trail.report(CASE).block();
    assertThat(report.problem().seq()).isEqualTo(1);
    assertThat(report.problem().kind()).isEqualTo(Kind.ALTERED);
  }

  @Test
  void a_removed_entry_is_found_and_named_and_the_rest_are_still_shown() {
    MongoAuditTrail trail = trail();
    views(trail, 4);

    Mono.from(log().deleteOne(eq("_id", MongoAuditTrail.id(CASE, 2)))).block();

    AuditReport report = trail.report(CASE).block();
    assertThat(report.intact()).isFalse();
    assertThat(report.problem().seq()).isEqualTo(2);
    assertThat(report.problem().kind()).isEqualTo(Kind.MISSING);
    assertThat(report.problem().explanation()).contains("removed");
    assertThat(report.views()).extracting(AuditReport.View::seq).containsExactly(1L, 3L, 4L);
  }

  @Test
  void removing_the_last_entries_shows_while_the_head_remembers_them() {
    MongoAuditTrail trail = trail();
    views(trail, 3);

    Mono.from(log().deleteOne(eq("_id", MongoAuditTrail.id(CASE, 3)))).block();

    AuditReport report = trail.report(CASE).block();
    assertThat(report.problem().seq()).isEqualTo(3);
    assertThat(report.problem().kind()).isEqualTo(Kind.MISSING);
  }

  @Test
  void an_entry_removed_and_the_later_ones_moved_up_is_found() {
    MongoAuditTrail trail = trail();
    views(trail, 3);
    // Remove entry 2 and put entry 3 in its place, keeping its own seal: the seal covers its
    // place, so it no longer checks.
    Document third = Mono.from(log().find(eq("_id", MongoAuditTrail.id(CASE, 3))).first()).block();
    Mono.from(log().deleteOne(eq("_id", MongoAuditTrail.id(CASE, 2)))).block();
    Mono.from(log().deleteOne(eq("_id", MongoAuditTrail.id(CASE, 3)))).block();
    third.put("_id", MongoAuditTrail.id(CASE, 2));
    third.put("seq", 2L);
    Mono.from(log().insertOne(third)).block();
    Mono.from(
            database
                .getCollection(MongoAuditTrail.HEADS)
                .updateOne(eq("_id", CASE), Updates.set("seq", 2L)))
        .block();

    AuditReport report = trail.report(CASE).block();
    assertThat(report.intact()).isFalse();
    assertThat(report.problem().seq()).isEqualTo(2);
    assertThat(report.problem().kind()).isEqualTo(Kind.ALTERED);
  }

  @Test
  void an_entry_sealed_with_another_key_does_not_check() {
    views(trail(), 1);
    byte[] otherKey =
        "another key of thirty-two bytes or more, forged".getBytes(StandardCharsets.UTF_8);
    new MongoAuditTrail(database, otherKey, CLOCK).viewed("forger", "case", CASE).block();

    AuditReport report = trail().report(CASE).block();
    assertThat(report.problem().seq()).isEqualTo(2);
    assertThat(report.problem().kind()).isEqualTo(Kind.ALTERED);
  }

  @Test
  void an_entry_lifted_from_one_place_to_another_does_not_follow_on() {
    MongoAuditTrail trail = trail();
    views(trail, 2);
    // Replace entry 2 with a genuine entry of another chain at the same place: it checks by
    // itself, but it does not follow this case's entry 1.
    trail.viewed("w", "case", "other").block();
    trail.viewed("w", "case", "other").block();
    Document lifted =
        Mono.from(log().find(eq("_id", MongoAuditTrail.id("other", 2))).first()).block();
    assertThat(lifted).isNotNull();
    Mono.from(log().deleteOne(eq("_id", MongoAuditTrail.id(CASE, 2)))).block();
    lifted.put("_id", MongoAuditTrail.id(CASE, 2));
    lifted.put("caseId", CASE);
    Mono.from(log().insertOne(lifted)).block();

    AuditReport report = trail.report(CASE).block();
    // The seal covers the case id, so the lifted entry fails its own check.
    assertThat(report.problem().kind()).isEqualTo(Kind.ALTERED);
    assertThat(report.problem().seq()).isEqualTo(2);
  }

  @Test
  void an_entry_that_does_not_follow_the_one_before_is_found_even_with_a_good_seal() {
    MongoAuditTrail trail = trail();
    views(trail, 3);
    // As a restore that mixes two copies of the database would leave it: entry 2 sealed with the
    // right key, but after an entry 1 that is not this one.
    Instant when = Instant.parse("2026-11-28T11:00:00Z");
    String seal = new AuditChain(KEY).seal(CASE, 2, "worker-2", "case", when, "not-entry-1");
    Mono.from(
            log()
                .replaceOne(
                    eq("_id", MongoAuditTrail.id(CASE, 2)),
                    new Document("caseId", CASE)
                        .append("seq", 2L)
                        .append("who", "worker-2")
                        .append("what", "case")
                        .append("when", Date.from(when))
                        .append("previous", "not-entry-1")
                        .append("seal", seal)))
        .block();

    AuditReport report = trail.report(CASE).block();
    assertThat(report.problem().seq()).isEqualTo(2);
    assertThat(report.problem().kind()).isEqualTo(Kind.RELINKED);
    assertThat(report.problem().explanation()).contains("does not follow entry 1");
  }
}
