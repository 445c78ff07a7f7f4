package casejourney.infra.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A real PostgreSQL 17 server (zonky binaries from Maven Central) started from Java.
 *
 * <p>Why: the event store runs on PostgreSQL (STACK.md), but no PostgreSQL package or Docker is
 * available on developer and CI machines. zonky unpacks real binaries and runs {@code initdb} and
 * {@code postgres}, so SQL, locking and sequences behave exactly as in production.
 *
 * <p>The data directory is kept between runs ({@code setCleanDataDirectory(false)}): a restart on
 * the same directory keeps all data. {@code initdb} only runs when the directory is empty. The
 * named database is created if missing. Authentication is {@code trust} for the {@code postgres}
 * user, which is fine on a loopback-only developer server.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  /** The superuser zonky's {@code initdb} creates. */
  public static final String USERNAME = "postgres";

  /** Ignored by the server ({@code trust} authentication); given to clients that insist on one. */
  public static final String PASSWORD = "postgres";

  /** The database the services use unless told otherwise. */
  public static final String DEFAULT_DATABASE = "casejourney";

  private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

  private final EmbeddedPostgres postgres;
  private final String database;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, String database) {
    this.postgres = postgres;
    this.database = database;
  }

  /**
   * Starts PostgreSQL.
   *
   * @param port TCP port, 0 for a random free port
   * @param dataDirectory the PostgreSQL data directory (created if missing, kept on close)
   * @param database database to create if it does not exist, e.g. {@link #DEFAULT_DATABASE}
   */
  public static EmbeddedPostgresServer start(int port, Path dataDirectory, String database) {
    Objects.requireNonNull(dataDirectory, "dataDirectory");
    if (!DATABASE_NAME.matcher(database).matches()) {
      throw new IllegalArgumentException("unsupported database name: " + database);
    }
    try {
      Files.createDirectories(dataDirectory);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPort(FreePorts.resolve(port))
              .setServerConfig("listen_addresses", "localhost")
              .setServerConfig("max_connections", "200");
      EmbeddedPostgres postgres = builder.start();
      EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, database);
      try {
        server.createDatabaseIfMissing();
      } catch (RuntimeException e) {
        server.close();
        throw e;
      }
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded PostgreSQL in " + dataDirectory, e);
    }
  }

  /** Starts PostgreSQL with {@link #DEFAULT_DATABASE}. */
  public static EmbeddedPostgresServer start(int port, Path dataDirectory) {
    return start(port, dataDirectory, DEFAULT_DATABASE);
  }

  private void createDatabaseIfMissing() {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists =
            connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, database);
      try (ResultSet rs = exists.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("create database " + database);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + database, e);
    }
  }

  /** The TCP port PostgreSQL listens on. */
  public int port() {
    return postgres.getPort();
  }

  /** The name of the application database. */
  public String database() {
    return database;
  }

  /** JDBC URL of the application database, e.g. {@code jdbc:postgresql://localhost:5432/x}. */
  public String jdbcUrl() {
    return jdbcUrl(database);
  }

  /** JDBC URL of another database on this server. */
  public String jdbcUrl(String databaseName) {
    return "jdbc:postgresql://localhost:" + port() + "/" + databaseName;
  }

  /** The superuser name to connect with. */
  public String username() {
    return USERNAME;
  }

  /** A password to connect with (ignored by the server). */
  public String password() {
    return PASSWORD;
  }

  /** An unpooled data source for the application database; pool it (HikariCP) for real use. */
  public DataSource dataSource() {
    return postgres.getDatabase(USERNAME, database);
  }

  /** Stops the server; the data directory is kept. */
  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop embedded PostgreSQL", e);
    }
  }
}
