package casejourney.portal.browser;

import casejourney.api.views.ViewJson;
import casejourney.infra.embedded.DemoSeeder;
import casejourney.infra.embedded.EmbeddedStack;
import casejourney.infra.embedded.FreePorts;
import casejourney.infra.embedded.ServiceProcess;
import casejourney.portal.PortalApplication;
import casejourney.portal.support.Fixtures;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Mono;

/**
 * The real local stack for the browser tests, started once per JVM: embedded PostgreSQL, MongoDB,
 * Kafka and OIDC provider; case-service as a process; the demo families seeded through the command
 * API; and the portal in this JVM on a free port.
 *
 * <p>Read models: by default the projections service runs as a process too, consumes what
 * case-service publishes to Kafka and writes the read models the portal reads; the stack is ready
 * once the seeded families' documents are there. With {@code -Dportal.it.read-models=fixtures} the
 * documents are inserted from the test fixtures instead (matched to a real upcoming meeting
 * scheduled in case-service), for when projections cannot be built.
 */
public final class LocalStack {

  private static LocalStack shared;

  /** Why case-service could not be used, or null when it is up and seeded. */
  public static String caseServiceProblem;

  /** True when the read models come from the real projections service, not from fixtures. */
  static final boolean REAL_PROJECTIONS =
      !"fixtures".equals(System.getProperty("portal.it.read-models", "projections"));

  public final String portalUrl;
  final String caseServiceUrl;

  /** The stack's MongoDB, for tests that need a read model no journey makes, or read the audit. */
  public final String mongoUri;

  private final EmbeddedStack stack;
  private final ServiceProcess caseService;
  private final ServiceProcess projections;
  private final ConfigurableApplicationContext portal;

  private LocalStack(
      String portalUrl,
      String caseServiceUrl,
      String mongoUri,
      EmbeddedStack stack,
      ServiceProcess caseService,
      ServiceProcess projections,
      ConfigurableApplicationContext portal) {
    this.portalUrl = portalUrl;
    this.caseServiceUrl = caseServiceUrl;
    this.mongoUri = mongoUri;
    this.stack = stack;
    this.caseService = caseService;
    this.projections = projections;
    this.portal = portal;
  }

  /** {@code "Bearer <token>"} for a demo user, to call the portal's JSON API as them. */
  public String bearer(String username) {
    return stack.tokenClient().bearer(username);
  }

  public static synchronized LocalStack shared() throws Exception {
    if (shared == null) {
      shared = start();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "portal-browser-stack-stop"));
    }
    return shared;
  }

  private static LocalStack start() throws Exception {
    int portalPort = FreePorts.free();
    int casePort = FreePorts.free();
    Path root = Path.of("").toAbsolutePath().getParent();
    Path data = Files.createTempDirectory("portal-browser-");
    String portalUrl = "http://127.0.0.1:" + portalPort;
    EmbeddedStack stack = EmbeddedStack.start(data, EmbeddedStack.Ports.RANDOM, portalUrl);
    String mongoUri = stack.mongoConnectionString() + "/casejourney";
    Map<String, String> env = new HashMap<>();
    env.put("CASE_DB_URL", stack.jdbcUrl());
    env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers());
    env.put("MONGODB_URI", mongoUri);
    env.put("OIDC_ISSUER", stack.issuer());
    // The services refuse the demo provider unless told it is meant (docs/adr/0016).
    env.put("ALLOW_DEMO_IDENTITY_PROVIDER", "true");
    env.put("CASE_SERVICE_PORT", String.valueOf(casePort));
    // The portal needs only the provider and MongoDB to start, so it starts while the services
    // start and the families are seeded: start-up is most of this stack's time.
    CompletableFuture<ConfigurableApplicationContext> portalStarted =
        CompletableFuture.supplyAsync(
            () ->
                new SpringApplicationBuilder(PortalApplication.class)
                    // Arguments, not default properties: these must win over application.yml.
                    .run(
                        "--server.port=" + portalPort,
                        "--spring.data.mongodb.uri=" + mongoUri,
                        "--spring.security.oauth2.client.provider.casejourney.issuer-uri="
                            + stack.issuer(),
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + stack.issuer(),
                        "--portal.case-service-url=http://127.0.0.1:" + casePort));
    ServiceProcess caseService = ServiceProcess.start("case-service", root, env, data);
    // Both services start at once: start-up is most of this stack's time.
    ServiceProcess projections = null;
    int projectionsPort = FreePorts.free();
    if (REAL_PROJECTIONS) {
      projections =
          ServiceProcess.start(
              "projections",
              root,
              Map.of(
                  "MONGODB_URI", mongoUri,
                  "KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers(),
                  // The case keys that open the events' personal fields (ADR 0011).
                  "CASE_DB_URL", stack.jdbcUrl(),
                  "PROJECTIONS_PORT", String.valueOf(projectionsPort),
                  "ALLOW_DEMO_IDENTITY_PROVIDER", "true"),
              data);
    }
    String caseUrl = "http://127.0.0.1:" + casePort;
    LocalDateTime at =
        LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(14).toLocalDate().atTime(10, 0);
    String meetingId = Fixtures.REVIEW_MEETING;
    try {
      caseService.awaitHealthy(caseUrl + "/actuator/health");
      new DemoSeeder(caseUrl, stack.tokenClient()).seed();
      meetingId = scheduleReview(caseUrl, stack, at);
    } catch (RuntimeException e) {
      // Reading pages (and their accessibility) do not need case-service; the command journeys
      // fail with this message instead of every test failing at start-up.
      caseServiceProblem = e.getMessage();
    }
    if (projections != null) {
      projections.awaitHealthy("http://127.0.0.1:" + projectionsPort + "/actuator/health");
      if (caseServiceProblem == null) {
        awaitReadModels(mongoUri, meetingId, data);
      }
    } else {
      insertReadModels(mongoUri, meetingId, at.toString());
    }
    ConfigurableApplicationContext portal = portalStarted.join();
    return new LocalStack(portalUrl, caseUrl, mongoUri, stack, caseService, projections, portal);
  }

  private static final Pattern MEETING_ID = Pattern.compile("\"meetingId\"\\s*:\\s*\"([^\"]+)\"");

  /** A review meeting in two weeks, so the young person can still choose and send views. */
  private static String scheduleReview(String caseUrl, EmbeddedStack stack, LocalDateTime at)
      throws Exception {
    String c = "/api/cases/" + Fixtures.MORGAN;
    String answer =
        post(
            caseUrl,
            stack,
            c + "/meetings",
            "{\"type\": \"REVIEW_CONFERENCE\", \"startsAt\": \""
                + at
                + "\", \"location\": \"Civic Centre, Room 3\","
                + " \"chair\": {\"subject\": \"chair\", \"name\": \"Jordan Hughes\"}}");
    Matcher m = MEETING_ID.matcher(answer);
    if (!m.find()) {
      throw new IllegalStateException("no meetingId in " + answer);
    }
    String meetingId = m.group(1);
    for (String person : new String[] {"p-alex", "p-taylor"}) {
      post(
          caseUrl,
          stack,
          c + "/meetings/" + meetingId + "/invitations",
          "{\"participantId\": \"" + person + "\", \"kind\": \"FAMILY_MEMBER\"}");
    }
    return meetingId;
  }

  private static String post(String caseUrl, EmbeddedStack stack, String path, String json)
      throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(caseUrl + path))
                    .header("Authorization", stack.tokenClient().bearer("worker"))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(path + " -> " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  /**
   * Waits until projections has written what the seeded journeys need: every family member's
   * access, the Morgan family's plan history with both versions, the ledger, the parent's timeline,
   * and the case overview with the review meeting (the last thing seeded) and its invitations.
   */
  private static void awaitReadModels(String mongoUri, String meetingId, Path logs)
      throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
    String missing = "";
    try (MongoClient client = MongoClients.create(mongoUri)) {
      var db = client.getDatabase("casejourney");
      while (System.nanoTime() < deadline) {
        missing = missing(db, meetingId);
        if (missing.isEmpty()) {
          System.out.println("[services] read models are ready");
          return;
        }
        Thread.sleep(250);
      }
    }
    throw new IllegalStateException(
        "projections did not write the read models in time (missing: "
            + missing
            + "); see "
            + logs.resolve("projections.log"));
  }

  private static String missing(
      com.mongodb.reactivestreams.client.MongoDatabase db, String meetingId) {
    java.util.function.BiFunction<String, String, String> json =
        (collection, id) -> {
          Document doc =
              Mono.from(db.getCollection(collection).find(new Document("_id", id)).first()).block();
          return doc == null ? "" : doc.toJson();
        };
    List<String> missing = new ArrayList<>();
    for (String subject : List.of("parent-a", "parent-b", "young-person")) {
      if (!json.apply("access", subject).contains(Fixtures.MORGAN)) {
        missing.add("access/" + subject);
      }
    }
    if (!json.apply("access", "other-parent").contains(Fixtures.JONES)) {
      missing.add("access/other-parent");
    }
    String plans = json.apply("plan_histories", Fixtures.MORGAN);
    if (!plans.contains("\"version\": 2") && !plans.contains("\"version\":2")) {
      missing.add("plan_histories (version 2)");
    }
    if (json.apply("expectation_ledgers", Fixtures.MORGAN).isEmpty()) {
      missing.add("expectation_ledgers");
    }
    if (json.apply("timelines", Fixtures.MORGAN + ":p-alex").isEmpty()) {
      missing.add("timelines/p-alex");
    }
    Document overview =
        Mono.from(
                db.getCollection("case_overviews")
                    .find(new Document("_id", Fixtures.MORGAN))
                    .first())
            .block();
    boolean invited =
        overview != null
            && overview.getList("meetings", Document.class, List.of()).stream()
                .filter(m -> meetingId.equals(m.getString("meetingId")))
                .flatMap(m -> m.getList("invitations", Document.class, List.of()).stream())
                .map(i -> i.getString("participantId"))
                .toList()
                .containsAll(List.of("p-alex", "p-taylor"));
    if (!invited) {
      missing.add("case_overviews (the review meeting and its invitations)");
    }
    return String.join(", ", missing);
  }

  private static void insertReadModels(String mongoUri, String meetingId, String meetingAt) {
    try (MongoClient client = MongoClients.create(mongoUri)) {
      var db = client.getDatabase("casejourney");
      Fixtures.load(meetingId, meetingAt)
          .forEach(
              (collection, docs) ->
                  docs.forEach(
                      (id, json) -> {
                        Document doc =
                            new Document(ViewJson.toMap(id, ViewJson.read(json, Map.class)));
                        doc.put("_id", id);
                        Mono.from(db.getCollection(collection).insertOne(doc)).block();
                      }));
    }
  }

  private void stop() {
    portal.close();
    if (projections != null) {
      projections.stop();
    }
    caseService.stop();
    stack.close();
  }
}
