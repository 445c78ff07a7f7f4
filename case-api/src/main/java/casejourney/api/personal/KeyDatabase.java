package casejourney.api.personal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;

/**
 * Where the case keys are and how many connections to keep for them. Each service gets a small pool
 * of its own for keys ({@link JdbcCaseKeys} says why), made here so that both services make it the
 * same way.
 *
 * @param readOnly true for a service that only reads keys (the projections)
 */
public record KeyDatabase(
    String url, String username, String password, int poolSize, boolean readOnly) {

  /**
   * A pool that connects on first use, not at start-up: a service must start, and a reader replay
   * unsealed events, even while PostgreSQL is down.
   */
  HikariDataSource pool() {
    HikariConfig config = new HikariConfig();
    config.setPoolName("case-keys");
    config.setJdbcUrl(url);
    config.setUsername(username);
    config.setPassword(password);
    config.setReadOnly(readOnly);
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(0);
    config.setInitializationFailTimeout(-1);
    return new HikariDataSource(config);
  }

  /** A probe of this database for health checks, giving up after {@code timeout}. */
  public KeyDatabaseProbe probe(Duration timeout) {
    return new KeyDatabaseProbe(url, username, password, timeout);
  }
}
