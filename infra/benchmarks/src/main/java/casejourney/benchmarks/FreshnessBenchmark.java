package casejourney.benchmarks;

import casejourney.infra.embedded.EmbeddedStack;
import casejourney.infra.embedded.ServiceProcess;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Freshness: from a command accepted over HTTP to the worker's timeline document in MongoDB showing
 * it, with case-service and projections running as their own processes on the embedded stack, as in
 * the local stack. Commands are paced ({@code -Dbench.rate}, default 100 a second) rather than sent
 * flat out, so the figure is the delay a person sees, not a queue. Run with the project installed:
 * {@code ./mvnw -q -pl infra/benchmarks exec:java
 * -Dexec.mainClass=casejourney.benchmarks.FreshnessBenchmark}.
 */
public final class FreshnessBenchmark {

  private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
  private static final int RATE = Integer.getInteger("bench.rate", 100);

  private FreshnessBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path root =
        Path.of(System.getProperty("casejourney.home", "../..")).toAbsolutePath().normalize();
    Path logs = Files.createTempDirectory("freshness-logs");
    try (EmbeddedStack stack = EmbeddedStack.startTemporary();
        MongoClient mongo = MongoClients.create(stack.mongoConnectionString())) {
      int casePort = 18081;
      int projectionsPort = 18082;
      Map<String, String> env = new HashMap<>();
      env.put("CASE_DB_URL", stack.jdbcUrl());
      env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers());
      env.put("MONGODB_URI", stack.mongoConnectionString() + "/casejourney");
      env.put("OIDC_ISSUER", stack.issuer());
      env.put("CASE_SERVICE_PORT", String.valueOf(casePort));
      env.put("PROJECTIONS_PORT", String.valueOf(projectionsPort));
      env.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
      List<ServiceProcess> services = new ArrayList<>();
      try {
        services.add(ServiceProcess.start("case-service", root, env, logs));
        services.add(ServiceProcess.start("projections", root, env, logs));
        services.get(0).awaitHealthy("http://localhost:" + casePort + "/actuator/health");
        services.get(1).awaitHealthy("http://localhost:" + projectionsPort + "/actuator/health");
        WebClient web =
            WebClient.builder()
                .baseUrl("http://localhost:" + casePort)
                .defaultHeader(
                    "Authorization", "Bearer " + stack.tokenClient().accessToken("worker"))
                .build();
        MongoCollection<Document> timelines =
            mongo.getDatabase("casejourney").getCollection("timelines");
        List<String[]> cases = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
          cases.add(openCase(web));
        }
        measure(web, timelines, cases, 5, new Stats()); // warm-up
        Stats stats = new Stats();
        measure(web, timelines, cases, SECONDS, stats);
        System.out.println("\nCase Journey freshness benchmark (" + RATE + " commands/s paced)");
        System.out.println(stats.report("HTTP command accepted -> worker timeline updated"));
      } finally {
        services.forEach(ServiceProcess::stop);
      }
    }
  }

  private static String[] openCase(WebClient web) {
    String caseId = UUID.randomUUID().toString();
    post(
        web,
        "/api/cases",
        """
        {"caseId": "%s", "nation": "ENGLAND",
         "child": {"personId": "p-child", "name": "Child", "role": "CHILD", "language": "EN"},
         "familyMembers": [{"personId": "p-parent", "name": "Parent", "role": "PARENT",
                            "language": "EN"}],
         "allocatedWorker": {"subject": "worker", "name": "Sam Patel"}}
        """
            .formatted(caseId));
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    post(web, "/api/cases/" + caseId + "/strategy-discussions", "{\"heldOn\": \"" + today + "\"}");
    Map<?, ?> scheduled =
        post(
            web,
            "/api/cases/" + caseId + "/meetings",
            """
            {"type": "INITIAL_CONFERENCE", "startsAt": "%sT10:00:00", "location": "Civic Centre",
             "chair": {"subject": "chair", "name": "Jordan Hughes"}}
            """
                .formatted(today.plusDays(7)));
    String meetingId = (String) ((Map<?, ?>) scheduled.get("ids")).get("meetingId");
    return new String[] {caseId, meetingId};
  }

  private static Map<?, ?> post(WebClient web, String path, String json) {
    return web.post()
        .uri(path)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(json)
        .retrieve()
        .bodyToMono(Map.class)
        .block();
  }

  private static void measure(
      WebClient web,
      MongoCollection<Document> timelines,
      List<String[]> cases,
      int seconds,
      Stats stats)
      throws InterruptedException {
    ExecutorService pollers = Executors.newFixedThreadPool(8);
    long intervalNanos = TimeUnit.SECONDS.toNanos(1) / RATE;
    long next = System.nanoTime();
    long end = next + TimeUnit.SECONDS.toNanos(seconds);
    stats.start();
    for (int i = 0; System.nanoTime() < end; i++) {
      String[] target = cases.get(i % cases.size());
      Map<?, ?> accepted =
          post(
              web,
              "/api/cases/" + target[0] + "/meetings/" + target[1] + "/invitations",
              "{\"participantId\": \"prof-"
                  + UUID.randomUUID()
                  + "\", \"kind\": \"PROFESSIONAL\", \"name\": \"Health visitor\","
                  + " \"roleDescription\": \"Health visitor\", \"language\": \"EN\"}");
      long acceptedAt = System.nanoTime();
      long version = ((Number) accepted.get("version")).longValue();
      String id = target[0] + ":worker";
      pollers.execute(
          () -> {
            long giveUp = acceptedAt + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < giveUp) {
              Document doc =
                  timelines
                      .find(Filters.eq("_id", id))
                      .projection(Projections.include("lastSequence"))
                      .first();
              if (doc != null && doc.get("lastSequence", Number.class).longValue() >= version) {
                stats.record(System.nanoTime() - acceptedAt);
                return;
              }
              try {
                Thread.sleep(1);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
              }
            }
            System.err.println("timeline did not catch up within 30 s");
          });
      next += intervalNanos;
      long wait = next - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
    }
    pollers.shutdown();
    pollers.awaitTermination(60, TimeUnit.SECONDS);
    stats.stop();
  }
}
