package casejourney.projections.support;

import casejourney.api.personal.JdbcCaseKeys;
import casejourney.infra.embedded.EmbeddedStack;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;

/**
 * Case keys in an embedded stack's PostgreSQL, as case-service keeps them, so tests and benchmarks
 * can publish events sealed exactly as case-service does (ADR 0011). The table comes from
 * case-service's own migration, so there is one definition of it.
 */
public final class SealingKeys {

  private static final Path MIGRATION =
      Path.of("case-service", "src", "main", "resources", "db", "migration", "V3__case_keys.sql");

  private SealingKeys() {}

  /**
   * Keys that make themselves on first use, in {@code stack}'s database (table made if missing).
   */
  public static JdbcCaseKeys in(EmbeddedStack stack) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("test-case-keys");
    config.setJdbcUrl(stack.jdbcUrl());
    config.setUsername("postgres");
    config.setPassword("postgres");
    config.setMaximumPoolSize(2);
    HikariDataSource pool = new HikariDataSource(config);
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      if (!connection.getMetaData().getTables(null, null, "case_key", null).next()) {
        // Tests run in the module's directory, benchmarks in the repository's.
        Path migration = Files.exists(MIGRATION) ? MIGRATION : Path.of("..").resolve(MIGRATION);
        statement.execute(Files.readString(migration));
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("could not make the case_key table", e);
    }
    return new JdbcCaseKeys(pool, Duration.ofDays(1), 1_000_000, Clock.systemUTC());
  }
}
