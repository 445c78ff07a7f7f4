package casejourney.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL, MongoDB, Kafka and the OIDC provider together, started in parallel.
 *
 * <p>Why: the local stack and every integration test need all four; starting them one after the
 * other costs several seconds more on a 2-core machine. {@link #shared()} gives all test classes in
 * one JVM the same stack (random ports, temporary data directory), started once and closed by a
 * shutdown hook, so that the start-up cost is paid once per JVM.
 *
 * <p>Layout of the data directory: {@code postgres/}, {@code mongo/}, {@code kafka/}, {@code
 * oidc/}. Restarting on the same directory keeps all data and the token signing key.
 */
public final class EmbeddedStack implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedStack.class);

  /** Ports of the four servers; 0 means a random free port. */
  public record Ports(int postgres, int mongo, int kafka, int oidc) {

    /** The conventional ports: 5432, 27017, 9092, 9000. */
    public static final Ports DEFAULTS =
        new Ports(5432, 27017, EmbeddedKafkaBroker.DEFAULT_PORT, OidcProvider.DEFAULT_PORT);

    /** Random free ports, for tests. */
    public static final Ports RANDOM = new Ports(0, 0, 0, 0);
  }

  private static EmbeddedStack shared;

  private final Path dataDirectory;
  private final boolean deleteOnClose;
  private final EmbeddedPostgresServer postgres;
  private final EmbeddedMongoServer mongo;
  private final EmbeddedKafkaBroker kafka;
  private final OidcProvider oidc;
  private final long startupMillis;
  private boolean closed;

  private EmbeddedStack(
      Path dataDirectory,
      boolean deleteOnClose,
      EmbeddedPostgresServer postgres,
      EmbeddedMongoServer mongo,
      EmbeddedKafkaBroker kafka,
      OidcProvider oidc,
      long startupMillis) {
    this.dataDirectory = dataDirectory;
    this.deleteOnClose = deleteOnClose;
    this.postgres = postgres;
    this.mongo = mongo;
    this.kafka = kafka;
    this.oidc = oidc;
    this.startupMillis = startupMillis;
  }

  /** Starts the stack with the portal at {@link OidcProvider#DEFAULT_PORTAL_BASE_URL}. */
  public static EmbeddedStack start(Path dataDirectory, Ports ports) {
    return start(dataDirectory, ports, OidcProvider.DEFAULT_PORTAL_BASE_URL);
  }

  /**
   * Starts all four servers in parallel and waits for them; if one fails the others are stopped.
   *
   * @param dataDirectory kept on close; a restart on it keeps the data
   * @param ports the ports, e.g. {@link Ports#DEFAULTS} or {@link Ports#RANDOM}
   * @param portalBaseUrl base URL of the portal, for the OIDC client registration
   */
  public static EmbeddedStack start(Path dataDirectory, Ports ports, String portalBaseUrl) {
    return start(dataDirectory, ports, portalBaseUrl, false);
  }

  /** Random ports and a new temporary data directory that is deleted on close. */
  public static EmbeddedStack startTemporary() {
    return startTemporary(OidcProvider.DEFAULT_PORTAL_BASE_URL);
  }

  /**
   * As {@link #startTemporary()}, with the portal's sign-in registered at {@code portalBaseUrl}.
   */
  public static EmbeddedStack startTemporary(String portalBaseUrl) {
    try {
      Path dir = Files.createTempDirectory("casejourney-stack-");
      return start(dir, Ports.RANDOM, portalBaseUrl, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The stack shared by all tests in this JVM: started on first use with random ports and a
   * temporary data directory, closed (and the directory deleted) by a shutdown hook. Do not close
   * it yourself.
   */
  public static synchronized EmbeddedStack shared() {
    if (shared == null) {
      EmbeddedStack stack = startTemporary();
      Runtime.getRuntime()
          .addShutdownHook(new Thread(stack::close, "casejourney-embedded-stack-shutdown"));
      shared = stack;
    }
    return shared;
  }

  private static EmbeddedStack start(
      Path dataDirectory, Ports ports, String portalBaseUrl, boolean deleteOnClose) {
    Objects.requireNonNull(dataDirectory, "dataDirectory");
    Objects.requireNonNull(ports, "ports");
    long start = System.nanoTime();
    ExecutorService executor =
        Executors.newFixedThreadPool(
            4,
            runnable -> {
              Thread thread = new Thread(runnable, "casejourney-embedded-stack-start");
              thread.setDaemon(true);
              return thread;
            });
    try {
      CompletableFuture<EmbeddedPostgresServer> postgres =
          async(
              executor,
              "PostgreSQL",
              () ->
                  EmbeddedPostgresServer.start(
                      ports.postgres(), dataDirectory.resolve("postgres")));
      CompletableFuture<EmbeddedMongoServer> mongo =
          async(
              executor,
              "MongoDB server",
              () -> EmbeddedMongoServer.start(ports.mongo(), dataDirectory.resolve("mongo")));
      CompletableFuture<EmbeddedKafkaBroker> kafka =
          async(
              executor,
              "Kafka",
              () -> EmbeddedKafkaBroker.start(ports.kafka(), dataDirectory.resolve("kafka")));
      CompletableFuture<OidcProvider> oidc =
          async(
              executor,
              "OIDC provider",
              () -> OidcProvider.start(ports.oidc(), dataDirectory.resolve("oidc"), portalBaseUrl));
      try {
        CompletableFuture.allOf(postgres, mongo, kafka, oidc).join();
      } catch (CompletionException e) {
        closeStarted(List.of(postgres, mongo, kafka, oidc));
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new IllegalStateException("could not start the embedded stack", cause);
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      EmbeddedStack stack =
          new EmbeddedStack(
              dataDirectory,
              deleteOnClose,
              postgres.join(),
              mongo.join(),
              kafka.join(),
              oidc.join(),
              millis);
      LOG.info(
          "Embedded stack started in {} ms: postgres {}, mongo {}, kafka {}, oidc {} (data {})",
          millis,
          stack.jdbcUrl(),
          stack.mongoConnectionString(),
          stack.kafkaBootstrapServers(),
          stack.issuer(),
          dataDirectory);
      return stack;
    } finally {
      executor.shutdown();
    }
  }

  private static <T> CompletableFuture<T> async(
      ExecutorService executor, String name, Supplier<T> supplier) {
    return CompletableFuture.supplyAsync(
        () -> {
          long start = System.nanoTime();
          T server = supplier.get();
          LOG.info("{} started in {} ms", name, (System.nanoTime() - start) / 1_000_000);
          return server;
        },
        executor);
  }

  private static void closeStarted(List<CompletableFuture<? extends AutoCloseable>> futures) {
    for (CompletableFuture<? extends AutoCloseable> future : futures) {
      try {
        AutoCloseable started = future.join();
        started.close();
      } catch (Exception ignored) {
        // failed to start, or failed to stop: nothing more to do
      }
    }
  }

  /** PostgreSQL. */
  public EmbeddedPostgresServer postgres() {
    return postgres;
  }

  /** The MongoDB wire server. */
  public EmbeddedMongoServer mongo() {
    return mongo;
  }

  /** The Kafka broker. */
  public EmbeddedKafkaBroker kafka() {
    return kafka;
  }

  /** The OIDC provider. */
  public OidcProvider oidc() {
    return oidc;
  }

  /** A token client for the demo users (shared, caching). */
  public TokenClient tokenClient() {
    return oidc.tokenClient();
  }

  /** JDBC URL of the application database. */
  public String jdbcUrl() {
    return postgres.jdbcUrl();
  }

  /** MongoDB connection string. */
  public String mongoConnectionString() {
    return mongo.connectionString();
  }

  /** Kafka {@code bootstrap.servers}. */
  public String kafkaBootstrapServers() {
    return kafka.bootstrapServers();
  }

  /** OIDC issuer URI. */
  public String issuer() {
    return oidc.issuer();
  }

  /** The data directory. */
  public Path dataDirectory() {
    return dataDirectory;
  }

  /** How long {@code start} took, in milliseconds. */
  public long startupMillis() {
    return startupMillis;
  }

  /** Stops all four servers (in parallel is not worth it: Kafka dominates). */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    List<Exception> failures = new ArrayList<>();
    long start = System.nanoTime();
    for (AutoCloseable server : List.of(oidc, kafka, mongo, postgres)) {
      try {
        long t = System.nanoTime();
        server.close();
        LOG.info(
            "{} stopped in {} ms",
            server.getClass().getSimpleName(),
            (System.nanoTime() - t) / 1_000_000);
      } catch (Exception e) {
        failures.add(e);
      }
    }
    LOG.info("Embedded stack stopped in {} ms", (System.nanoTime() - start) / 1_000_000);
    if (deleteOnClose) {
      deleteRecursively(dataDirectory);
    }
    if (!failures.isEmpty()) {
      IllegalStateException failure = new IllegalStateException("could not stop all servers");
      failures.forEach(failure::addSuppressed);
      throw failure;
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              Files.deleteIfExists(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      LOG.warn("could not delete {}", dir, e);
    }
  }
}
