package casejourney.portal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.StaffMember;
import casejourney.api.views.Audience;
import casejourney.infra.embedded.EmbeddedMongoServer;
import casejourney.infra.embedded.FreePorts;
import casejourney.portal.config.PortalProperties;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The staff directory against the embedded MongoDB wire server the local stack runs. */
class MongoStaffDirectoryTest {

  static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

  @TempDir static Path data;
  static EmbeddedMongoServer server;
  static MongoClient client;

  final PortalProperties properties =
      new PortalProperties(
          "http://127.0.0.1:1",
          new PortalProperties.Session(null, null),
          "https://example.invalid",
          "directory_test",
          Duration.ofDays(180));

  @BeforeAll
  static void start() {
    server = EmbeddedMongoServer.start(FreePorts.free(), data);
    client = MongoClients.create(server.connectionString());
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @BeforeEach
  void empty() {
    Mono.from(client.getDatabase("directory_test").drop()).block();
  }

  private MongoStaffDirectory at(Instant instant) {
    return new MongoStaffDirectory(client, properties, Clock.fixed(instant, ZoneOffset.UTC));
  }

  @Test
  void staff_are_listed_by_role_and_name_once_they_have_signed_in_and_families_never() {
    MongoStaffDirectory directory = at(NOW);
    directory.signedIn("w-2", "Priya Shah", List.of("WORKER")).block();
    directory.signedIn("w-1", "sam Patel", List.of("WORKER", "CHAIR")).block();
    directory.signedIn("c-1", "Jordan Hughes", List.of("CHAIR")).block();
    directory.signedIn("p-1", "Alex Morgan", List.of("PARENT")).block();
    directory.signedIn("w-3", " ", List.of("WORKER")).block();

    assertThat(directory.withRole(Audience.WORKER).block())
        .containsExactly(
            new StaffMember("w-2", "Priya Shah"),
            new StaffMember("w-1", "sam Patel"),
            // No name from the provider: the sign-in id stands in for it.
            new StaffMember("w-3", "w-3"));
    assertThat(directory.withRole(Audience.CHAIR).block())
        .containsExactly(
            new StaffMember("c-1", "Jordan Hughes"), new StaffMember("w-1", "sam Patel"));
    assertThat(directory.withRole(Audience.PARENT).block()).isEmpty();
    // Only staff are kept: a parent's sign-in writes nothing.
    assertThat(
            Flux.from(
                    client
                        .getDatabase("directory_test")
                        .getCollection(MongoStaffDirectory.COLLECTION)
                        .find())
                .map(d -> d.getString("_id"))
                .collectList()
                .block())
        .containsExactlyInAnyOrder("w-1", "w-2", "w-3", "c-1");
  }

  @Test
  void each_sign_in_brings_the_name_and_roles_up_to_date() {
    MongoStaffDirectory directory = at(NOW);
    directory.signedIn("w-1", "Sam Patel", List.of("WORKER")).block();
    directory.signedIn("w-1", "Sam Patel-Jones", List.of("WORKER")).block();
    assertThat(directory.withRole(Audience.WORKER).block())
        .containsExactly(new StaffMember("w-1", "Sam Patel-Jones"));
    // A worker who became a chair is no longer offered a case, only a meeting.
    directory.signedIn("w-1", "Sam Patel-Jones", List.of("CHAIR")).block();
    assertThat(directory.withRole(Audience.WORKER).block()).isEmpty();
    assertThat(directory.withRole(Audience.CHAIR).block()).hasSize(1);
    // Someone with no staff role left is not offered at all.
    directory.signedIn("w-1", "Sam Patel-Jones", List.of("PARENT")).block();
    assertThat(directory.withRole(Audience.CHAIR).block()).isEmpty();
  }

  @Test
  void someone_who_has_not_signed_in_for_the_window_is_no_longer_offered() {
    at(NOW.minus(Duration.ofDays(181))).signedIn("gone", "Left Council", List.of("WORKER")).block();
    at(NOW.minus(Duration.ofDays(179))).signedIn("away", "On Leave", List.of("WORKER")).block();
    assertThat(at(NOW).withRole(Audience.WORKER).block())
        .containsExactly(new StaffMember("away", "On Leave"));
    // Signing in again puts them back.
    at(NOW).signedIn("gone", "Back Again", List.of("WORKER")).block();
    assertThat(at(NOW).withRole(Audience.WORKER).block()).hasSize(2);
  }
}
