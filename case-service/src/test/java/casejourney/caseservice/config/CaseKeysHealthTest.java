package casejourney.caseservice.config;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.personal.KeyDatabase;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * The key database's health check against real sockets: one nobody listens on, and one that takes
 * the connection and never answers, as a hung server or a dropped route would.
 */
class CaseKeysHealthTest {

  private final DependencyHealthConfig config = new DependencyHealthConfig();

  @Test
  void a_key_database_nobody_listens_on_is_down_naming_only_the_exceptions_class()
      throws Exception {
    int port;
    try (ServerSocket closed = new ServerSocket(0)) {
      port = closed.getLocalPort();
    }

    Health health = health(port);

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails()).isEqualTo(Map.of("error", "PSQLException"));
  }

  @Test
  void a_key_database_that_never_answers_is_down_rather_than_holding_the_probe() throws Exception {
    try (ServerSocket silent = new ServerSocket(0)) {
      Health health = health(silent.getLocalPort());

      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.getDetails()).isEqualTo(Map.of("error", "PSQLException"));
    }
  }

  private Health health(int port) {
    KeyDatabase keys =
        new KeyDatabase(
            "jdbc:postgresql://localhost:" + port + "/casejourney",
            "postgres",
            "postgres",
            1,
            false);
    return config.caseKeysHealthIndicator(config.keyDatabaseProbe(keys)).health();
  }
}
