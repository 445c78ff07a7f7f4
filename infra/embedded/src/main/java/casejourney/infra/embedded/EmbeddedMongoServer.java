package casejourney.infra.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server ({@code mongo-java-server}) reached through the real MongoDB
 * driver.
 *
 * <p>Why: the read models live in MongoDB, but no MongoDB server can be installed here (STACK.md).
 * With the H2 backend the data is kept in one file, so a restart keeps it. It is not a real
 * MongoDB: no transactions, indexes only for unique single-field equality. Production points the
 * same code at a real replica set by URI.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

  /**
   * File name of the H2 store inside the data directory. Stores are written by {@link
   * TypedH2Backend}, whose format differs from the stock backend's {@value #STOCK_STORE_FILE}.
   */
  public static final String STORE_FILE = "mongo-typed.mv";

  private static final String STOCK_STORE_FILE = "mongo.mv";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

  private final MongoServer server;
  private final InetSocketAddress address;

  private EmbeddedMongoServer(MongoServer server, InetSocketAddress address) {
    this.server = server;
    this.address = address;
  }

  /**
   * Starts the server on localhost.
   *
   * @param port TCP port, 0 for a random free port
   * @param dataDirectory directory for the H2 store file; {@code null} for an in-memory backend
   *     (tests only: data is lost on close)
   */
  public static EmbeddedMongoServer start(int port, Path dataDirectory) {
    MongoBackend backend;
    if (dataDirectory == null) {
      backend = new MemoryBackend();
    } else {
      try {
        Files.createDirectories(dataDirectory);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (Files.exists(dataDirectory.resolve(STOCK_STORE_FILE))
          && !Files.exists(dataDirectory.resolve(STORE_FILE))) {
        // Read models and tokens rebuild from Kafka; only a local stack's audit trail stays
        // behind in the old file.
        log.warn(
            "Ignoring {} from an older build in {}; read models will be rebuilt from Kafka",
            STOCK_STORE_FILE,
            dataDirectory);
      }
      backend = new TypedH2Backend(dataDirectory.resolve(STORE_FILE).toString());
    }
    MongoServer server = new MongoServer(backend);
    try {
      server.bind("localhost", port);
      return new EmbeddedMongoServer(server, server.getLocalAddress());
    } catch (RuntimeException e) {
      server.shutdownNow();
      throw e;
    }
  }

  /** The TCP port the server listens on. */
  public int port() {
    return address.getPort();
  }

  /** Connection string for the MongoDB driver, e.g. {@code mongodb://localhost:27017}. */
  public String connectionString() {
    return "mongodb://localhost:" + port();
  }

  /** Stops the server and closes (and thereby flushes) the backend. */
  @Override
  public void close() {
    server.shutdownNow();
  }
}
