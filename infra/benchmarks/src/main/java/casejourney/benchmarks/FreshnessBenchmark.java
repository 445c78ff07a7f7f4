package casejourney.benchmarks;

import casejourney.api.views.TimelineView;
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
import java.time.Duration;
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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Freshness: from a command accepted over HTTP to the worker's timeline document in MongoDB showing
 * it, with case-service and projections running as their own processes on the embedded stack, as in
 * the local stack. Commands are paced ({@code -Dbench.rate}, default 50 a second) rather than sent
 * flat out, so the figure is the delay a person sees, not a queue; each run also says whether the
 * read side kept up at that rate, which is how the highest sustained rate is found. Run with the
 * project installed: {@code ./mvnw -q -pl infra/benchmarks exec:java
 * -Dexec.mainClass=casejourney.benchmarks.FreshnessBenchmark}.
 */
public final class FreshnessBenchmark {

  private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
  private static final int RATE = Integer.getInteger("bench.rate", 50);
  private static final int WARM_UP = Integer.getInteger("bench.warmup", 180);

  /**
   * Commands each case receives in a run, at most. A real council has many cases with a few events
   * a day each. Spreading 200 commands a second over a fixed 200 cases gave each case 120
   * invitations in a two-minute warm-up, and since a case's documents are rewritten whole on each
   * of its events, the read side's cost per event grew with them until it fell behind: that
   * measured ever-growing documents, not the system. So the number of cases follows the rate and
   * the run's length ({@code -Dbench.per-case}, default 10 commands per case, at least 200 cases).
   */
  private static final int PER_CASE = Integer.getInteger("bench.per-case", 10);

  /** Commands to every this-many-th case are timed; see {@link #measure}. */
  private static final int PROBE_EVERY = Integer.getInteger("bench.probe-every", 10);

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
        List<String[]> cases = openCases(web, casesFor(SECONDS));
        List<String[]> warmUpCases = openCases(web, casesFor(WARM_UP));
        // Warm-up at the measured rate until the services' JIT compilers have settled: with 5 s,
        // the measured run shared two cores with minutes of compilation in three JVMs. Its own
        // cases, so that the measured ones are not grown by minutes of extra invitations.
        Run warmUp = measure(web, timelines, warmUpCases, WARM_UP, new Stats());
        Stats stats = new Stats();
        long[] cpuBefore = cpuMillis(services);
        Run measured = measure(web, timelines, cases, SECONDS, stats);
        long[] cpu = cpuMillis(services);
        System.out.println("\nCase Journey freshness benchmark (" + RATE + " commands/s paced)");
        System.out.println("warm-up (" + WARM_UP + " s): " + warmUp.summary());
        System.out.println("measured (" + SECONDS + " s): " + measured.summary());
        System.out.println(stats.report("HTTP command accepted -> worker timeline updated"));
        double commands = measured.sent();
        System.out.printf(
            "CPU per command sent, measured run: case-service %.2f ms, projections %.2f ms,"
                + " PostgreSQL %.2f ms, this JVM (Kafka broker, MongoDB wire server, load) %.2f ms%n",
            (cpu[0] - cpuBefore[0]) / commands,
            (cpu[1] - cpuBefore[1]) / commands,
            (cpu[2] - cpuBefore[2]) / commands,
            (cpu[3] - cpuBefore[3]) / commands);
      } finally {
        services.forEach(ServiceProcess::stop);
      }
    }
  }

  /**
   * CPU time so far, in milliseconds: case-service, projections, PostgreSQL and this JVM. CPU time,
   * unlike latency, does not move with what else the machine does, so it tells a change from the
   * machine's drift. PostgreSQL's server detaches from this JVM when it starts, so its processes
   * are found by name: run the benchmark on a machine with no other PostgreSQL.
   */
  private static long[] cpuMillis(List<ServiceProcess> services) {
    long postgres =
        ProcessHandle.allProcesses()
            .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
            .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toMillis).orElse(0L))
            .sum();
    return new long[] {
      services.get(0).cpuTime().toMillis(),
      services.get(1).cpuTime().toMillis(),
      postgres,
      ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(0L)
    };
  }

  private static int casesFor(int seconds) {
    return Math.max(200, (int) ((long) RATE * seconds / PER_CASE));
  }

  /** Opens cases 16 at a time: thousands of them, one after another, took minutes. */
  private static List<String[]> openCases(WebClient web, int count) {
    return Flux.range(0, count)
        .flatMap(
            i -> Mono.fromCallable(() -> openCase(web)).subscribeOn(Schedulers.boundedElastic()),
            16)
        .collectList()
        .block();
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
   * Sends invitations at the paced rate, round robin over the cases, without waiting for answers,
   * and times the ones sent to the probe cases (every {@link #PROBE_EVERY}th case): one thread
   * reads those cases' worker timelines in one query every two milliseconds, and an accepted
   * command is fresh when its timeline's {@code lastSequence} reaches the version it was given.
   *
   * <p>Only probes are timed because the measuring must not load the store it measures. The server
   * reads a whole document to return one field of it, and a worker's timeline grows with every
   * invitation: reading every waiting case every two milliseconds took more CPU than the
   * projections themselves once they fell behind a little, so they fell further behind (at 200
   * commands/s the reader, not the system, set the figure).
   *
   * <p>Whether the system kept up is checked apart from the probes: once sending stops, every
   * case's timeline must reach the last version accepted for it, and the time that takes is
   * printed.
   */
  /** What a run says of itself, and how many commands it sent. */
  private record Run(String summary, long sent) {}

  private static Run measure(
      WebClient web,
      MongoCollection<Document> timelines,
      List<String[]> cases,
      int seconds,
      Stats stats)
      throws InterruptedException {
    Map<String, Queue<long[]>> pending = new ConcurrentHashMap<>();
    Map<String, Long> lastAccepted = new ConcurrentHashMap<>();
    AtomicLong outstanding = new AtomicLong();
    AtomicLong accepted = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    AtomicBoolean sending = new AtomicBoolean(true);
    Thread reader =
        new Thread(
            () -> {
              while ((sending.get() || outstanding.get() > 0)
                  && !Thread.currentThread().isInterrupted()) {
                List<String> waitedFor = new ArrayList<>();
                pending.forEach(
                    (id, waiting) -> {
                      if (!waiting.isEmpty()) {
                        waitedFor.add(id);
                      }
                    });
                if (!waitedFor.isEmpty()) {
                  Map<String, Long> seen = lastSequences(timelines, waitedFor);
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
    long sent = 0;
    for (int i = 0; System.nanoTime() < end; i++) {
      int n = i % cases.size();
      String[] target = cases.get(n);
      String id = TimelineView.workerId(target[0]);
      boolean probe = n % PROBE_EVERY == 0;
      if (probe) {
        outstanding.incrementAndGet();
      }
      sent++;
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
              answer -> {
                long version = ((Number) answer.get("version")).longValue();
                accepted.incrementAndGet();
                lastAccepted.merge(id, version, Math::max);
                if (probe) {
                  // Keyed by case, in version order: the reader pops what the timeline has reached.
                  Queue<long[]> waiting =
                      pending.computeIfAbsent(id, k -> new PriorityBlockingQueue<>(64, BY_VERSION));
                  waiting.add(new long[] {version, System.nanoTime()});
                }
              },
              error -> {
                if (probe) {
                  outstanding.decrementAndGet();
                }
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
    long stoppedSending = System.nanoTime();
    sending.set(false);
    reader.join(TimeUnit.SECONDS.toMillis(60));
    // Probes never seen in a minute: stop reading, so nothing reads after the client is closed.
    reader.interrupt();
    reader.join();
    stats.stop();
    String caughtUp = caughtUp(timelines, lastAccepted, stoppedSending);
    String summary =
        String.format(
            "%d commands sent, %d accepted (%.0f/s), %d failed, %d probes timed; %s",
            sent,
            accepted.get(),
            accepted.get() / (double) seconds,
            failures.get(),
            stats.count(),
            caughtUp);
    if (outstanding.get() > 0) {
      summary += "; " + outstanding.get() + " probes never seen on a timeline";
    }
    return new Run(summary, sent);
  }

  /**
   * Waits, reading every few hundred milliseconds, until every case's worker timeline has reached
   * the last version accepted for it; says how long after the last command was sent that was.
   */
  private static String caughtUp(
      MongoCollection<Document> timelines, Map<String, Long> lastAccepted, long stoppedSending)
      throws InterruptedException {
    Map<String, Long> behind = new HashMap<>(lastAccepted);
    long deadline = stoppedSending + TimeUnit.SECONDS.toNanos(60);
    while (!behind.isEmpty() && System.nanoTime() < deadline) {
      List<String> ids = new ArrayList<>(behind.keySet());
      for (int from = 0; from < ids.size(); from += 100) {
        lastSequences(timelines, ids.subList(from, Math.min(ids.size(), from + 100)))
            .forEach(
                (id, sequence) -> {
                  if (sequence >= behind.get(id)) {
                    behind.remove(id);
                  }
                });
      }
      if (!behind.isEmpty()) {
        TimeUnit.MILLISECONDS.sleep(250);
      }
    }
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stoppedSending);
    return behind.isEmpty()
        ? "every case's timeline caught up " + ms + " ms after the last command was sent"
        : behind.size() + " cases' timelines still behind " + ms + " ms after the last command";
  }

  private static Map<String, Long> lastSequences(
      MongoCollection<Document> timelines, List<String> ids) {
    Map<String, Long> seen = new HashMap<>();
    for (Document doc :
        timelines.find(Filters.in("_id", ids)).projection(Projections.include("lastSequence"))) {
      seen.put(doc.getString("_id"), doc.get("lastSequence", Number.class).longValue());
    }
    return seen;
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
