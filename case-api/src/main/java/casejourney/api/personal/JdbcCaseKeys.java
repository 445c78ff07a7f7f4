package casejourney.api.personal;

import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * The case keys in case-service's PostgreSQL table {@code case_key} (Flyway V3). case-service makes
 * and destroys them; the projections only read them. One implementation, so the two sides agree on
 * the table. Plain JDBC from the JDK: case-api stays free of any framework.
 *
 * <p>A key is made on its own connection and committed before anything is sealed with it: a key
 * cached from a transaction that then rolled back would seal data no stored key can open.
 *
 * <p>Each service gives it a small pool of its own. Keys are read while a command's or a batch's
 * transaction holds a connection from the service's main pool; taking a second one from the same
 * pool could wait for ever once every connection is held that way.
 *
 * <p>Keys are remembered for {@code remember}; a reader in another process learns of a destroyed
 * key within that time, which is why it is kept short there. The service that destroys a key
 * forgets it at once.
 */
public final class JdbcCaseKeys implements CaseKeys, AutoCloseable {

  private static final String ALGORITHM = "AES";

  private final DataSource dataSource;
  private final Duration remember;
  private final Clock clock;
  private final Map<String, Remembered> cache;

  private record Remembered(Optional<SecretKey> key, Instant readAt) {}

  /** Keys in {@code database}, through a pool of their own that this store closes. */
  public static JdbcCaseKeys open(
      KeyDatabase database, Duration remember, int maxCases, Clock clock) {
    return new JdbcCaseKeys(database.pool(), remember, maxCases, clock);
  }

  public JdbcCaseKeys(DataSource dataSource, Duration remember, int maxCases, Clock clock) {
    this.dataSource = dataSource;
    this.remember = remember;
    this.clock = clock;
    this.cache =
        new LinkedHashMap<>(1024, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
            return size() > maxCases;
          }
        };
  }

  @Override
  public SecretKey sealingKey(String caseId) {
    Optional<SecretKey> key = remembered(caseId);
    if (key == null) {
      key = stored(caseId).orElseGet(() -> create(caseId));
      remember(caseId, key);
    }
    return key.orElseThrow(
        () -> new IllegalStateException("case " + caseId + " has been erased: nothing to seal"));
  }

  @Override
  public Optional<SecretKey> readingKey(String caseId) {
    Optional<SecretKey> key = remembered(caseId);
    if (key == null) {
      key =
          stored(caseId)
              .orElseThrow(() -> new IllegalStateException("case " + caseId + " has no key"));
      remember(caseId, key);
    }
    return key;
  }

  /** Closes the pool, when it is one (it belongs to this store). */
  @Override
  public void close() throws Exception {
    if (dataSource instanceof AutoCloseable pool) {
      pool.close();
    }
  }

  /** Destroys the case's key for good. True if it was there to destroy. */
  public boolean destroy(String caseId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "INSERT INTO case_key (case_id, key_bytes, destroyed_at) VALUES (?, NULL, now())"
                    + " ON CONFLICT (case_id) DO UPDATE SET key_bytes = NULL,"
                    + " destroyed_at = now() WHERE case_key.key_bytes IS NOT NULL")) {
      update.setString(1, caseId);
      return update.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new KeysUnavailableException("could not destroy the key of case " + caseId, e);
    } finally {
      synchronized (cache) {
        cache.remove(caseId);
      }
    }
  }

  /** Whether the case's key has been destroyed. */
  public boolean isDestroyed(String caseId) {
    Optional<Optional<SecretKey>> stored = stored(caseId);
    return stored.isPresent() && stored.get().isEmpty();
  }

  private Optional<SecretKey> remembered(String caseId) {
    synchronized (cache) {
      Remembered remembered = cache.get(caseId);
      if (remembered == null || remembered.readAt().plus(remember).isBefore(clock.instant())) {
        return null;
      }
      return remembered.key();
    }
  }

  private void remember(String caseId, Optional<SecretKey> key) {
    synchronized (cache) {
      cache.put(caseId, new Remembered(key, clock.instant()));
    }
  }

  /** Empty if the case has no row; a row with an empty key if the key was destroyed. */
  private Optional<Optional<SecretKey>> stored(String caseId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT key_bytes FROM case_key WHERE case_id = ?")) {
      select.setString(1, caseId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        byte[] bytes = row.getBytes(1);
        return Optional.of(
            bytes == null ? Optional.empty() : Optional.of(new SecretKeySpec(bytes, ALGORITHM)));
      }
    } catch (SQLException e) {
      throw new KeysUnavailableException("could not read the key of case " + caseId, e);
    }
  }

  private Optional<SecretKey> create(String caseId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO case_key (case_id, key_bytes) VALUES (?, ?)"
                    + " ON CONFLICT (case_id) DO NOTHING")) {
      if (!connection.getAutoCommit()) {
        connection.setAutoCommit(true);
      }
      insert.setString(1, caseId);
      insert.setBytes(2, newKey().getEncoded());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new KeysUnavailableException("could not store a key for case " + caseId, e);
    }
    // Whoever inserted first won; everyone seals with the stored key.
    return stored(caseId)
        .orElseThrow(() -> new IllegalStateException("the key of case " + caseId + " vanished"));
  }

  private static SecretKey newKey() {
    try {
      KeyGenerator generator = KeyGenerator.getInstance(ALGORITHM);
      generator.init(256);
      return generator.generateKey();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("AES is part of every Java 17 runtime", e);
    }
  }
}
