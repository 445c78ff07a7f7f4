package casejourney.benchmarks;

import casejourney.infra.embedded.EmbeddedStack;
import casejourney.infra.embedded.FreePorts;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.bson.Document;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Freshness: from a command accepted over HTTP to the worker's timeline document in MongoDB showing
 * it, with case-service and projections running as their own processes on the embedded stack, as in
 * the local stack. Commands are paced ({@code -Dbench.rate}, default 50 a second: about half of
 * what the whole system sustains on the 2-core reference machine) rather than sent flat out, so the
 * figure is the delay a person sees, not a queue. Run with the project installed: {@code ./mvnw -q
 * -pl infra/benchmarks exec:java -Dexec.mainClass=casejourney.benchmarks.FreshnessBenchmark}.
 */
public final class FreshnessBenchmark {

  private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
  private static final int RATE = Integer.getInteger("bench.rate", 50);
  private static final int WARM_UP = Integer.getInteger("bench.warmup", 180);

  /**
   * Cases the commands are spread over. A real council has many cases with a few events a day each;
   * a handful of cases taking hundreds of invitations each would measure ever-growing documents.
   */
  private static final int CASES = Integer.getInteger("bench.cases", 200);

  private FreshnessBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path root =
        Path.of(System.getProperty("casejourney.home", "../..")).toAbsolutePath().normalize();
    Path logs = Files.createTempDirectory("freshness-logs");
    try (EmbeddedStack stack = EmbeddedStack.startTemporary();
        MongoClient mongo = MongoClients.create(stack.mongoConnectionString())) {
      int casePort = FreePorts.free();
      int projectionsPort = FreePorts.free();
      Map<String, String> env = ServiceEnvironment.of(stack, casePort, projectionsPort, 0);
      List<ServiceProcess> services = new ArrayList<>();
      try {
        services.add(
            ServiceProcess.start("case-service", root, profiled(env, "case-service"), logs));
        services.add(ServiceProcess.start("projections", root, profiled(env, "projections"), logs));
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
        List<String[]> warmUpCases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
          cases.add(openCase(web));
          warmUpCases.add(openCase(web));
        }
        // Warm-up at the measured rate until the services' JIT compilers have settled: with 5 s,
        // the measured run shared two cores with minutes of compilation in three JVMs. Its own
        // cases, so that the measured ones are not grown by minutes of extra invitations.
        measure(web, timelines, warmUpCases, WARM_UP, new Stats());
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

  /**
   * Sends invitations at the paced rate without waiting for answers, and has one thread read the
   * worker timelines of every case with a command outstanding, in one query every two milliseconds:
   * an accepted command is fresh when the timeline's {@code lastSequence} reaches the version it
   * was given. One query for all cases keeps the measuring itself from loading the store it
   * measures (a query per case each time made the store do thousands of reads a second).
   */
  private static void measure(
      WebClient web,
      MongoCollection<Document> timelines,
      List<String[]> cases,
      int seconds,
      Stats stats)
      throws InterruptedException {
    Map<String, Queue<long[]>> pending = new ConcurrentHashMap<>();
    AtomicLong outstanding = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    AtomicBoolean sending = new AtomicBoolean(true);
    Thread reader =
        new Thread(
            () -> {
              while (sending.get() || outstanding.get() > 0) {
                List<String> waitedFor = new ArrayList<>();
                pending.forEach(
                    (id, waiting) -> {
                      if (!waiting.isEmpty()) {
                        waitedFor.add(id);
                      }
                    });
                if (!waitedFor.isEmpty()) {
                  Map<String, Long> seen = new HashMap<>();
                  for (Document doc :
                      timelines
                          .find(Filters.in("_id", waitedFor))
                          .projection(Projections.include("lastSequence"))) {
                    seen.put(
                        doc.getString("_id"), doc.get("lastSequence", Number.class).longValue());
                  }
                  long now = System.nanoTime();
                  seen.forEach(
                      (id, sequence) -> {
                        Queue<long[]> waiting = pending.get(id);
                        for (long[] w = waiting.peek();
                            w != null && w[0] <= sequence;
                            w = waiting.peek()) {
                          waiting.poll();
                          stats.record(now - w[1]);
                          outstanding.decrementAndGet();
                        }
                      });
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
              }
            },
            "freshness-reader");
    long intervalNanos = TimeUnit.SECONDS.toNanos(1) / RATE;
    long next = System.nanoTime();
    long end = next + TimeUnit.SECONDS.toNanos(seconds);
    stats.start();
    reader.start();
    for (int i = 0; System.nanoTime() < end; i++) {
      String[] target = cases.get(i % cases.size());
      String id = target[0] + ":worker";
      outstanding.incrementAndGet();
      web.post()
          .uri("/api/cases/" + target[0] + "/meetings/" + target[1] + "/invitations")
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(
              "{\"participantId\": \"prof-"
                  + UUID.randomUUID()
                  + "\", \"kind\": \"PROFESSIONAL\", \"name\": \"Health visitor\","
                  + " \"roleDescription\": \"Health visitor\", \"language\": \"EN\"}")
          .retrieve()
          .bodyToMono(Map.class)
          .subscribe(
              accepted -> {
                long version = ((Number) accepted.get("version")).longValue();
                // Keyed by case, in version order: the reader pops what the timeline has reached.
                Queue<long[]> waiting =
                    pending.computeIfAbsent(id, k -> new PriorityBlockingQueue<>(64, BY_VERSION));
                waiting.add(new long[] {version, System.nanoTime()});
              },
              error -> {
                outstanding.decrementAndGet();
                if (failures.incrementAndGet() < 3) {
                  System.err.println("command failed: " + error);
                }
              });
      next += intervalNanos;
      long wait = next - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
    }
    sending.set(false);
    reader.join(TimeUnit.SECONDS.toMillis(60));
    stats.stop();
    if (failures.get() > 0 || outstanding.get() > 0) {
      System.err.println(
          failures.get() + " commands failed, " + outstanding.get() + " never seen on a timeline");
    }
  }

  /**
   * With {@code -Dbench.jfr=DIR}, each service records a flight recording to {@code
   * DIR/<service>.jfr}, to profile.
   */
  private static Map<String, String> profiled(Map<String, String> env, String service) {
    String directory = System.getProperty("bench.jfr");
    if (directory == null) {
      return env;
    }
    Map<String, String> copy = new HashMap<>(env);
    copy.put(
        "JAVA_TOOL_OPTIONS",
        "-XX:StartFlightRecording=settings=profile,filename="
            + Path.of(directory, service + ".jfr").toAbsolutePath());
    return copy;
  }

  private static final Comparator<long[]> BY_VERSION = Comparator.comparingLong(w -> w[0]);
}
