package casejourney.benchmarks;

import casejourney.infra.embedded.DemoSeeder;
import casejourney.infra.embedded.EmbeddedStack;
import casejourney.infra.embedded.FreePorts;
import casejourney.infra.embedded.OidcProvider;
import casejourney.infra.embedded.ServiceProcess;
import casejourney.infra.embedded.TokenClient;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClientResponse;
import reactor.netty.resources.ConnectionProvider;

/**
 * Authenticated load on the parent's timeline: the HTML page ({@code /updates}, with the session
 * cookie of a real OIDC sign-in) and the JSON timeline ({@code /api/family/timeline}, with a bearer
 * token). The portal, case-service and projections run as their own processes on the embedded
 * stack, as in the local stack, and the demo families are seeded through the command API.
 *
 * <p>Two runs per route over {@code -Dbench.connections} (default 64) connections:
 *
 * <ul>
 *   <li><b>closed loop</b>: every connection sends its next request when the last one is answered,
 *       which finds the most requests a second the portal can serve;
 *   <li><b>paced</b> at {@code -Dbench.rate} (default 1000) requests a second: the latency a person
 *       sees at that load. Latency is timed from when each request was due, not when it was sent,
 *       so a stalled server cannot hide its queue (no coordinated omission).
 * </ul>
 *
 * Every answer is checked (status 200 and a marker in the body); failures are counted and printed.
 * Run with the project installed: {@code ./mvnw -q -pl infra/benchmarks exec:java
 * -Dexec.mainClass=casejourney.benchmarks.PortalBenchmark -Dcasejourney.home=$PWD}.
 */
public final class PortalBenchmark {

  private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
  private static final int CONNECTIONS = Integer.getInteger("bench.connections", 64);
  private static final int WARM_UP = Integer.getInteger("bench.warmup", 240);
  private static final int RATE = Integer.getInteger("bench.rate", 1000);
  private static final String PARENT = "parent-a";
  // -Dbench.routes=page or =json measures one route only, for a quicker before-and-after.
  private static final String ROUTES = System.getProperty("bench.routes", "page,json");

  private PortalBenchmark() {}

  /** One route under load: how to authenticate and how to recognise a right answer. */
  private record Route(String name, String path, String header, String value, String marker) {}

  public static void main(String[] args) throws Exception {
    Path root =
        Path.of(System.getProperty("casejourney.home", "../..")).toAbsolutePath().normalize();
    Path logs = Files.createTempDirectory("portal-bench-logs");
    int portalPort = FreePorts.free();
    int casePort = FreePorts.free();
    int projectionsPort = FreePorts.free();
    String portalUrl = "http://127.0.0.1:" + portalPort;
    try (EmbeddedStack stack = EmbeddedStack.startTemporary(portalUrl)) {
      Map<String, String> env = ServiceEnvironment.of(stack, casePort, projectionsPort, portalPort);
      List<ServiceProcess> services = new ArrayList<>();
      try {
        services.add(ServiceProcess.start("case-service", root, env, logs));
        services.add(ServiceProcess.start("projections", root, env, logs));
        Map<String, String> portalEnv = new HashMap<>(env);
        // -Dbench.jfr=/tmp/portal.jfr records a flight recording of the portal to profile;
        // -Dbench.portalJavaOptions adds any other JVM options, for example another profiler.
        String jfr = System.getProperty("bench.jfr");
        String options =
            Stream.of(
                    jfr == null
                        ? null
                        : "-XX:StartFlightRecording=settings=profile,filename=" + jfr,
                    System.getProperty("bench.portalJavaOptions"))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        if (!options.isEmpty()) {
          portalEnv.put("JAVA_TOOL_OPTIONS", options);
        }
        services.add(ServiceProcess.start("portal-service", root, portalEnv, logs));
        services.get(0).awaitHealthy("http://127.0.0.1:" + casePort + "/actuator/health");
        services.get(1).awaitHealthy("http://127.0.0.1:" + projectionsPort + "/actuator/health");
        services.get(2).awaitHealthy(portalUrl + "/actuator/health");
        new DemoSeeder("http://127.0.0.1:" + casePort, stack.tokenClient()).seed();

        String session = signIn(stack, portalUrl, PARENT);
        String bearer = stack.tokenClient().bearer(PARENT);
        // The seeded plan's flagged change is in the timeline once the projections have it.
        Route page =
            new Route(
                "parent timeline page /updates", "/updates", "Cookie", session, "Plan updated");
        Route json =
            new Route(
                "parent JSON timeline /api/family/timeline",
                "/api/family/timeline",
                "Authorization",
                bearer,
                "\"entries\"");
        awaitContent(portalUrl, page);
        awaitContent(portalUrl, json);

        ConnectionProvider pool =
            ConnectionProvider.builder("portal-bench")
                .maxConnections(CONNECTIONS)
                .pendingAcquireMaxCount(-1)
                .pendingAcquireTimeout(Duration.ofSeconds(60))
                .build();
        reactor.netty.http.client.HttpClient http =
            reactor.netty.http.client.HttpClient.create(pool)
                .baseUrl(portalUrl)
                .responseTimeout(Duration.ofSeconds(30));
        List<String> lines = new ArrayList<>();
        for (Route planned : List.of(page, json)) {
          if (!ROUTES.contains(planned == page ? "page" : "json")) {
            continue;
          }
          Route route =
              planned.header().equals("Authorization")
                  ? new Route(
                      planned.name(),
                      planned.path(),
                      planned.header(),
                      stack.tokenClient().bearer(PARENT),
                      planned.marker())
                  : planned;
          // Warm-up under the full load. After 10 s on one connection the JIT compiler was still
          // busy for minutes (flight recordings: long compilations until 3.5 min into the load),
          // so the figures measured the compiler as much as the portal.
          closedLoop(http, route, CONNECTIONS, WARM_UP, new Stats(), new AtomicLong());
          Stats single = new Stats();
          AtomicLong singleFailures = new AtomicLong();
          closedLoop(http, route, 1, SECONDS, single, singleFailures);
          lines.add(single.report(route.name() + ", 1 connection") + failures(singleFailures));
          Stats closed = new Stats();
          AtomicLong closedFailures = new AtomicLong();
          ServiceProcess portal = services.get(2);
          Duration cpuBefore = portal.cpuTime();
          closedLoop(http, route, CONNECTIONS, SECONDS, closed, closedFailures);
          Duration cpu = portal.cpuTime().minus(cpuBefore);
          lines.add(
              closed.report(route.name() + ", " + CONNECTIONS + " connections")
                  + failures(closedFailures));
          // Requests a second move with whatever else the machine runs; CPU per request does not.
          lines.add(
              String.format(
                  "%-48s %.2f ms of portal CPU per request",
                  "", cpu.toNanos() / 1e6 / Math.max(1, closed.count())));
          Stats paced = new Stats();
          AtomicLong pacedFailures = new AtomicLong();
          paced(http, route, SECONDS, paced, pacedFailures);
          lines.add(paced.report(route.name() + ", " + RATE + "/s") + failures(pacedFailures));
        }
        pool.disposeLater().block();
        System.out.printf(
            "%nCase Journey portal benchmark (%d connections, %d s per run, signed in as a"
                + " parent)%n",
            CONNECTIONS, SECONDS);
        lines.forEach(System.out::println);
      } finally {
        services.forEach(ServiceProcess::stop);
      }
    }
    System.exit(0);
  }

  private static String failures(AtomicLong count) {
    return count.get() == 0 ? "" : "  FAILED " + count.get();
  }

  private static Mono<Boolean> request(reactor.netty.http.client.HttpClient http, Route route) {
    return http.headers(
            h -> h.set(route.header(), route.value()).set(HttpHeaderNames.ACCEPT, "*/*"))
        .get()
        .uri(route.path())
        .responseSingle(
            (HttpClientResponse response, reactor.netty.ByteBufMono body) ->
                body.asString()
                    .defaultIfEmpty("")
                    .map(
                        text -> {
                          boolean ok =
                              response.status().code() == 200 && text.contains(route.marker());
                          if (!ok) {
                            reportFailure(
                                route, "HTTP " + response.status().code(), abbreviate(text));
                          }
                          return ok;
                        }))
        .onErrorResume(
            e -> {
              reportFailure(route, e.getClass().getName(), e.toString());
              return Mono.just(false);
            });
  }

  private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

  /** Prints the first failure of each kind, so a FAILED count in the figures can be explained. */
  private static void reportFailure(Route route, String kind, String detail) {
    if (REPORTED.add(route.path() + " " + kind)) {
      System.err.println("first failure on " + route.path() + ": " + kind + " " + detail);
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }

  private static void closedLoop(
      reactor.netty.http.client.HttpClient http,
      Route route,
      int connections,
      int seconds,
      Stats stats,
      AtomicLong failures) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    stats.start();
    Flux.range(0, connections)
        .flatMap(
            connection ->
                Mono.defer(
                        () -> {
                          long start = System.nanoTime();
                          return request(http, route)
                              .doOnNext(
                                  ok -> {
                                    stats.record(System.nanoTime() - start);
                                    if (!ok) {
                                      failures.incrementAndGet();
                                    }
                                  });
                        })
                    .repeat(() -> System.nanoTime() < end),
            connections)
        .blockLast();
    stats.stop();
  }

  private static void paced(
      reactor.netty.http.client.HttpClient http,
      Route route,
      int seconds,
      Stats stats,
      AtomicLong failures)
      throws InterruptedException {
    long interval = TimeUnit.SECONDS.toNanos(1) / RATE;
    long total = (long) seconds * RATE;
    CountDownLatch done = new CountDownLatch((int) total);
    long first = System.nanoTime();
    stats.start();
    for (long i = 0; i < total; i++) {
      long due = first + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      request(http, route)
          .subscribe(
              ok -> {
                stats.record(System.nanoTime() - due);
                if (!ok) {
                  failures.incrementAndGet();
                }
                done.countDown();
              });
    }
    done.await(120, TimeUnit.SECONDS);
    stats.stop();
  }

  /** Waits until the route answers with its marker: the projections have caught up. */
  private static void awaitContent(String portalUrl, Route route) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    int status = 0;
    while (System.nanoTime() < deadline) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(portalUrl + route.path()))
                  .header(route.header(), route.value())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      status = response.statusCode();
      if (status == 200 && response.body().contains(route.marker())) {
        System.out.printf("%s: %,d bytes%n", route.path(), response.body().length());
        return;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(route.path() + " never showed the seeded data: " + status);
  }

  /** Signs in at the parent's timeline as a browser would; returns the session cookie header. */
  private static String signIn(EmbeddedStack stack, String portalUrl, String username) {
    TokenClient.BrowserSignIn signedIn =
        stack
            .tokenClient()
            .signInAt(URI.create(portalUrl + "/updates"), username, OidcProvider.DEMO_PASSWORD);
    // 404 until the projections have granted this person the case; awaitContent waits for that.
    if (!signedIn.landing().uri().getPath().equals("/updates")) {
      throw new IllegalStateException(
          "sign-in ended at "
              + signedIn.landing().uri().getPath()
              + " with "
              + signedIn.landing().statusCode());
    }
    for (HttpCookie cookie : signedIn.cookies().get(URI.create(portalUrl))) {
      if (cookie.getName().equals("CJSESSION")) {
        return "CJSESSION=" + cookie.getValue();
      }
    }
    throw new IllegalStateException("no session cookie after sign-in");
  }
}
