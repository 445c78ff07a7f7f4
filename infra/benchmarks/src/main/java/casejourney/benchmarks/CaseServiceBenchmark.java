package casejourney.benchmarks;

import casejourney.api.ActorMetaData;
import casejourney.api.FamilyMember;
import casejourney.api.FamilyRole;
import casejourney.api.Language;
import casejourney.api.MeetingType;
import casejourney.api.Nation;
import casejourney.api.ParticipantKind;
import casejourney.api.StaffMember;
import casejourney.api.commands.InviteParticipantCommand;
import casejourney.api.commands.OpenCaseCommand;
import casejourney.api.commands.RecordStrategyDiscussionCommand;
import casejourney.api.commands.ScheduleMeetingCommand;
import casejourney.caseservice.CaseServiceApplication;
import casejourney.infra.embedded.EmbeddedStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Prints commands/s and p50/p99 latency for case-service on the embedded stack: in-process command
 * handling with 1 and 8 clients, the HTTP API with real JWTs, and the lag from event stored to
 * event on Kafka. Run: {@code ./mvnw -q install -DskipTests && ./mvnw -q -pl infra/benchmarks
 * exec:java -Dexec.mainClass=casejourney.benchmarks.CaseServiceBenchmark}.
 */
public final class CaseServiceBenchmark {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final int SECONDS = Integer.getInteger("bench.seconds", 15);
  private static final int WARM_UP = Integer.getInteger("bench.warmup", 90);
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private CaseServiceBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("axoniq.update-checker.disabled", "true");
    try (EmbeddedStack stack = EmbeddedStack.startTemporary()) {
      ConfigurableApplicationContext context =
          new SpringApplicationBuilder(CaseServiceApplication.class)
              .run(
                  "--server.port=0",
                  "--spring.datasource.url=" + stack.jdbcUrl(),
                  "--casejourney.kafka.bootstrap-servers=" + stack.kafkaBootstrapServers(),
                  "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + stack.issuer(),
                  "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri="
                      + stack.issuer()
                      + "/oauth2/jwks",
                  "--casejourney.allow-demo-identity-provider=true",
                  "--logging.level.root=WARN");
      try {
        CommandGateway gateway = context.getBean(CommandGateway.class);
        int port = context.getEnvironment().getProperty("local.server.port", Integer.class);
        String token = stack.tokenClient().accessToken("worker");
        List<String> cases = openCases(gateway, 64);
        List<String> meetings = scheduleMeetings(gateway, cases);
        // Warm-up on cases of its own, so the measured cases do not start with long histories.
        List<String> warmUpCases = openCases(gateway, 64);
        List<String> warmUpMeetings = scheduleMeetings(gateway, warmUpCases);

        System.out.println("\nCase Journey write-side benchmark (" + SECONDS + " s per run)");
        // Warm-up under load until the JIT compiler has settled; with 5 s it was still compiling
        // through the measured runs.
        inProcess(gateway, warmUpCases, warmUpMeetings, 8, WARM_UP);
        System.out.println(inProcess(gateway, cases, meetings, 1, SECONDS));
        try (LagProbe lag = new LagProbe(stack.kafkaBootstrapServers())) {
          lag.start();
          System.out.println(inProcess(gateway, cases, meetings, 8, SECONDS));
          Thread.sleep(1000);
          System.out.println(lag.report("publication lag (stored -> on Kafka)"));
        }
        http(port, token, warmUpCases, warmUpMeetings, 64, WARM_UP);
        for (int clients : new int[] {1, 8, 32, 64}) {
          System.out.println(http(port, token, cases, meetings, clients, SECONDS));
        }
      } finally {
        context.close();
      }
    }
    // Axon's non-daemon threads would otherwise keep exec:java waiting after the figures.
    System.exit(0);
  }

  private static MetaData worker() {
    return MetaData.with(ActorMetaData.SUBJECT, "worker").and(ActorMetaData.ROLE, "WORKER");
  }

  private static List<String> openCases(CommandGateway gateway, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String caseId = UUID.randomUUID().toString();
      send(
          gateway,
          new OpenCaseCommand(
              caseId,
              Nation.ENGLAND,
              new FamilyMember("p-child", "Child " + i, FamilyRole.CHILD, Language.EN, null, null),
              List.of(
                  new FamilyMember(
                      "p-parent", "Parent " + i, FamilyRole.PARENT, Language.EN, null, null)),
              new StaffMember("worker", "Sam Patel")));
      send(gateway, new RecordStrategyDiscussionCommand(caseId, null, LocalDate.now(LONDON)));
      ids.add(caseId);
    }
    return ids;
  }

  private static List<String> scheduleMeetings(CommandGateway gateway, List<String> cases) {
    List<String> meetings = new ArrayList<>();
    for (String caseId : cases) {
      String meetingId = UUID.randomUUID().toString();
      send(
          gateway,
          new ScheduleMeetingCommand(
              caseId,
              null,
              meetingId,
              MeetingType.INITIAL_CONFERENCE,
              LocalDateTime.now(LONDON).plusDays(7).withHour(10).withMinute(0),
              "Civic Centre",
              new StaffMember("chair", "Jordan Hughes"),
              null));
      meetings.add(meetingId);
    }
    return meetings;
  }

  private static void send(CommandGateway gateway, Object command) {
    gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(worker()));
  }

  private static InviteParticipantCommand invite(String caseId, String meetingId) {
    return new InviteParticipantCommand(
        caseId,
        null,
        meetingId,
        "prof-" + SEQUENCE.incrementAndGet(),
        ParticipantKind.PROFESSIONAL,
        "Health visitor",
        "Health visitor",
        Language.EN);
  }

  private static String inProcess(
      CommandGateway gateway, List<String> cases, List<String> meetings, int clients, int seconds)
      throws InterruptedException {
    Stats stats = new Stats();
    run(
        clients,
        seconds,
        stats,
        (client, i) -> {
          int n = pick(client, clients, i, cases.size());
          send(gateway, invite(cases.get(n), meetings.get(n)));
        });
    return stats.report("in-process commands, " + clients + " client(s)");
  }

  private static String http(
      int port, String token, List<String> cases, List<String> meetings, int clients, int seconds)
      throws InterruptedException {
    // Reactor Netty sets TCP_NODELAY; the JDK client's separate header and body writes met
    // delayed ACKs and measured the network stack rather than the service.
    WebClient web =
        WebClient.builder()
            .baseUrl("http://localhost:" + port)
            .clientConnector(
                new ReactorClientHttpConnector(
                    reactor.netty.http.client.HttpClient.create(
                        ConnectionProvider.builder("bench").maxConnections(clients).build())))
            .defaultHeader("Authorization", "Bearer " + token)
            .build();
    Stats stats = new Stats();
    run(
        clients,
        seconds,
        stats,
        (client, i) -> {
          int n = pick(client, clients, i, cases.size());
          String body =
              "{\"participantId\": \"web-"
                  + SEQUENCE.incrementAndGet()
                  + "\", \"kind\": \"PROFESSIONAL\", \"name\": \"Health visitor\","
                  + " \"roleDescription\": \"Health visitor\", \"language\": \"EN\"}";
          var status =
              web.post()
                  .uri("/api/cases/{c}/meetings/{m}/invitations", cases.get(n), meetings.get(n))
                  .contentType(MediaType.APPLICATION_JSON)
                  .bodyValue(body)
                  .retrieve()
                  .toBodilessEntity()
                  .block()
                  .getStatusCode();
          if (status.value() != 201) {
            throw new IllegalStateException("HTTP " + status);
          }
        });
    return stats.report("HTTP commands with JWT, " + clients + " connections");
  }

  /** Each client keeps to its own slice of cases, so clients do not queue on one case's lock. */
  private static int pick(int client, int clients, long i, int caseCount) {
    int perClient = Math.max(1, caseCount / clients);
    return (int) ((client * perClient + (i % perClient)) % caseCount);
  }

  interface Operation {
    void run(int client, long iteration) throws Exception;
  }

  private static void run(int clients, int seconds, Stats stats, Operation operation)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong failures = new AtomicLong();
    stats.start();
    for (int c = 0; c < clients; c++) {
      int client = c;
      pool.execute(
          () -> {
            long i = 0;
            while (running.get()) {
              long start = System.nanoTime();
              try {
                operation.run(client, i++);
                stats.record(System.nanoTime() - start);
              } catch (Exception e) {
                if (failures.incrementAndGet() < 3) {
                  System.err.println("operation failed: " + e);
                }
              }
            }
          });
    }
    Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
    running.set(false);
    pool.shutdown();
    pool.awaitTermination(30, TimeUnit.SECONDS);
    stats.stop();
    if (failures.get() > 0) {
      System.err.println(failures.get() + " operations failed");
    }
  }

  /** Reads the topic as any consumer would and measures ce_time to arrival. */
  static final class LagProbe implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final Stats stats = new Stats();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private Thread thread;

    LagProbe(String bootstrap) {
      Properties props = new Properties();
      props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
      props.put(ConsumerConfig.GROUP_ID_CONFIG, "lag-probe-" + UUID.randomUUID());
      props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
      props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5);
      props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
      props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
      consumer = new KafkaConsumer<>(props);
    }

    void start() throws InterruptedException {
      consumer.subscribe(List.of("casejourney.case-events.v1"));
      while (consumer.assignment().isEmpty()) {
        consumer.poll(Duration.ofMillis(100));
      }
      consumer.seekToEnd(consumer.assignment());
      consumer.position(consumer.assignment().iterator().next());
      stats.start();
      thread =
          new Thread(
              () -> {
                while (running.get()) {
                  for (var record : consumer.poll(Duration.ofMillis(50))) {
                    var header = record.headers().lastHeader("ce_time");
                    Instant stored =
                        Instant.parse(new String(header.value(), StandardCharsets.UTF_8));
                    stats.record(Duration.between(stored, Instant.now()).toNanos());
                  }
                }
              });
      thread.start();
    }

    String report(String name) throws InterruptedException {
      running.set(false);
      thread.join();
      stats.stop();
      return stats.report(name);
    }

    @Override
    public void close() {
      consumer.close();
    }
  }
}
