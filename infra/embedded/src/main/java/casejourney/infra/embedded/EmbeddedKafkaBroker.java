package casejourney.infra.embedded;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Apache Kafka broker in KRaft mode (combined broker and controller) running
 * inside this JVM.
 *
 * <p>Why: events are distributed over Kafka (STACK.md), and there is no Kafka package or Docker
 * here. This is the real broker from {@code kafka_2.13} (the classes {@code spring-kafka-test}
 * wraps), not a mock, but started with {@link KafkaRaftServer} directly so that its log directory
 * is ours and survives a restart.
 *
 * <p>The storage is formatted on first start only; the cluster id is kept in {@code cluster.id} in
 * the data directory. Settings are the usual single-node ones (replication factor 1, no initial
 * rebalance delay, topics auto-created with one partition).
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

  /** The default client port. */
  public static final int DEFAULT_PORT = 9092;

  private static final int NODE_ID = 1;
  private static final String CONTROLLER_LISTENER = "CONTROLLER";

  private final KafkaRaftServer server;
  private final int port;
  private final int controllerPort;
  private final String clusterId;
  private volatile boolean closed;

  private EmbeddedKafkaBroker(
      KafkaRaftServer server, int port, int controllerPort, String clusterId) {
    this.server = server;
    this.port = port;
    this.controllerPort = controllerPort;
    this.clusterId = clusterId;
  }

  /**
   * Starts the broker and waits until it answers client requests.
   *
   * @param port client (PLAINTEXT) port, advertised as {@code localhost}; 0 for a random free port
   * @param dataDirectory directory for the log segments, the metadata log and the cluster id
   */
  public static EmbeddedKafkaBroker start(int port, Path dataDirectory) {
    Objects.requireNonNull(dataDirectory, "dataDirectory");
    int brokerPort = FreePorts.resolve(port);
    int controllerPort = FreePorts.free();
    Path logDir = dataDirectory.resolve("logs");
    try {
      Files.createDirectories(logDir);
      String clusterId = clusterId(dataDirectory);
      KafkaConfig config = config(brokerPort, controllerPort, logDir);
      if (!Files.exists(logDir.resolve("meta.properties"))) {
        format(clusterId, logDir);
      }
      KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
      EmbeddedKafkaBroker broker =
          new EmbeddedKafkaBroker(server, brokerPort, controllerPort, clusterId);
      try {
        server.startup();
        broker.awaitReady();
      } catch (RuntimeException e) {
        broker.close();
        throw e;
      }
      return broker;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded Kafka in " + dataDirectory, e);
    }
  }

  private static String clusterId(Path dataDirectory) throws IOException {
    Path file = dataDirectory.resolve("cluster.id");
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.UTF_8).trim();
    }
    String id = Uuid.randomUuid().toString();
    Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
    return id;
  }

  private static KafkaConfig config(int brokerPort, int controllerPort, Path logDir) {
    Properties props = new Properties();
    props.put("process.roles", "broker,controller");
    props.put("node.id", String.valueOf(NODE_ID));
    props.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
    props.put(
        "listeners",
        "PLAINTEXT://localhost:"
            + brokerPort
            + ","
            + CONTROLLER_LISTENER
            + "://localhost:"
            + controllerPort);
    props.put("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
    props.put("controller.listener.names", CONTROLLER_LISTENER);
    props.put("inter.broker.listener.name", "PLAINTEXT");
    props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    props.put("log.dirs", logDir.toAbsolutePath().toString());
    props.put("offsets.topic.replication.factor", "1");
    props.put("offsets.topic.num.partitions", "5");
    props.put("transaction.state.log.replication.factor", "1");
    props.put("transaction.state.log.min.isr", "1");
    props.put("transaction.state.log.num.partitions", "5");
    props.put("group.initial.rebalance.delay.ms", "0");
    props.put("auto.create.topics.enable", "true");
    props.put("num.partitions", "1");
    // The case-event topic is the source of every replay: a topic created by the first publish
    // must not delete events after Kafka's default 7 days.
    props.put("log.retention.ms", "-1");
    props.put("default.replication.factor", "1");
    props.put("min.insync.replicas", "1");
    props.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
    return KafkaConfig.fromProps(props, false);
  }

  private static void format(String clusterId, Path logDir) throws IOException {
    try {
      new Formatter()
          .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
          .setNodeId(NODE_ID)
          .setClusterId(clusterId)
          .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
          .setControllerListenerName(CONTROLLER_LISTENER)
          .setMetadataLogDirectory(logDir.toAbsolutePath().toString())
          .setDirectories(List.of(logDir.toAbsolutePath().toString()))
          .setIgnoreFormatted(true)
          .run();
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("could not format Kafka storage in " + logDir, e);
    }
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    try (Admin admin = admin()) {
      while (true) {
        try {
          if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
            return;
          }
        } catch (ExecutionException | TimeoutException e) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("Kafka did not become ready", e);
          }
        }
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Kafka", e);
    }
  }

  /** The client port. */
  public int port() {
    return port;
  }

  /** The KRaft controller port (internal; clients do not need it). */
  public int controllerPort() {
    return controllerPort;
  }

  /** The cluster id kept in the data directory. */
  public String clusterId() {
    return clusterId;
  }

  /** The {@code bootstrap.servers} value, e.g. {@code localhost:9092}. */
  public String bootstrapServers() {
    return "localhost:" + port;
  }

  /** A new admin client for this broker; the caller closes it. */
  public Admin admin() {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000));
  }

  /**
   * Creates a topic with replication factor 1, or does nothing if it exists already.
   *
   * @return {@code true} if the topic was created
   */
  public boolean createTopic(String name, int partitions) {
    try (Admin admin = admin()) {
      admin
          .createTopics(List.of(new NewTopic(name, Optional.of(partitions), Optional.empty())))
          .all()
          .get(30, TimeUnit.SECONDS);
      return true;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof TopicExistsException) {
        return false;
      }
      throw new IllegalStateException("could not create topic " + name, e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("timed out creating topic " + name, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted creating topic " + name, e);
    }
  }

  /** Shuts the broker down and waits for it; the data directory is kept. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    server.shutdown();
    server.awaitShutdown();
  }
}
