package casejourney.projections.ops;

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

  private final StackHealth config = new StackHealth();

  @Test
  void aKeyDatabaseNobodyListensOnIsDownNamingOnlyTheExceptionsClass() throws Exception {
    int port;
    try (ServerSocket closed = new ServerSocket(0)) {
      port = closed.getLocalPort();
    }

    Health health = health(port);

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails()).isEqualTo(Map.of("error", "PSQLException"));
  }

  @Test
  void aKeyDatabaseThatNeverAnswersIsDownRatherThanHoldingTheProbe() throws Exception {
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
            2,
            true);
    return config.caseKeysHealthIndicator(config.keyDatabaseProbe(keys)).health();
  }
}
