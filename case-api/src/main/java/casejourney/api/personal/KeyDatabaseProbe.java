package casejourney.api.personal;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/**
 * Asks the key database whether it answers, for a health check, within a few seconds. It opens a
 * connection of its own each time rather than borrow one from the key store's pool: that pool waits
 * up to Hikari's 30 seconds for a connection, longer than any health probe may take, and a probe
 * must not take a connection a command needs. Not a Hikari pool of its own either: Hikari sets its
 * connection timeout as the JVM-wide login timeout, which every other pool would inherit.
 */
public final class KeyDatabaseProbe {

  private final String url;
  private final Properties properties = new Properties();
  private final int timeoutSeconds;

  KeyDatabaseProbe(String url, String username, String password, Duration timeout) {
    this.url = url;
    this.timeoutSeconds = (int) Math.max(1, timeout.toSeconds());
    String seconds = Integer.toString(timeoutSeconds);
    if (username != null) {
      properties.setProperty("user", username);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    // PostgreSQL's bounds on connecting, signing in and each read; other drivers ignore them.
    properties.setProperty("connectTimeout", seconds);
    properties.setProperty("loginTimeout", seconds);
    properties.setProperty("socketTimeout", seconds);
    properties.setProperty("ApplicationName", "case-keys-health");
  }

  /**
   * Reads one row of {@code case_key}, so a database that answers but lacks the table, or a role
   * that may not read it, fails too.
   *
   * @throws SQLException if the database cannot be reached, or answers with an error, in time
   */
  public void check() throws SQLException {
    Driver driver = DriverManager.getDriver(url);
    try (Connection connection = driver.connect(url, properties);
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(timeoutSeconds);
      try (ResultSet row = statement.executeQuery("SELECT 1 FROM case_key LIMIT 1")) {
        row.next();
      }
    }
  }

  /**
   * What a health check reports: null when {@link #check} passes, else only the exception's class,
   * since a driver's message names the server and the database role.
   */
  public String failure() {
    try {
      check();
      return null;
    } catch (SQLException | RuntimeException e) {
      return e.getClass().getSimpleName();
    }
  }
}
