package casejourney.projections.bench;

import casejourney.api.views.TimelineView;
import casejourney.infra.embedded.EmbeddedMongoServer;
import casejourney.infra.embedded.EmbeddedStack;
import casejourney.projections.ProcessingGroups;
import casejourney.projections.ProjectionsApplication;
import casejourney.projections.config.SharedDecoding;
import casejourney.projections.ops.ProjectionInterceptor;
import casejourney.projections.ops.Replays;
import casejourney.projections.support.DemoJourney;
import casejourney.projections.support.ReadModelProbe;
import casejourney.projections.support.SealingKeys;
import casejourney.projections.support.TopicPublisher;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Replay throughput and freshness of the projections on the embedded stack. Not a test: it prints
 * figures. Run with the number of events as the first argument (default 100000), for example {@code
 * ./mvnw -o -pl projections test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=casejourney.projections.bench.ProjectionReplayBenchmark -Dexec.args=1000000}.
 *
 * <p>Events are demo journeys (25 events per case: open, meetings, invitations, reports, views,
 * plans), {@value #IN_FLIGHT} cases at a time taking turns, one event each; every one of the seven
 * processing groups reads every event, so "events/s" is topic events per second with all seven read
 * models kept. After that replay of all seven, each read model is replayed alone, as it is when its
 * projection changes. Every {@value #CASELOAD} cases share a team of workers and a chair, so a
 * bigger store means more teams, as it does in a bigger council, not a worker with a caseload of
 * thousands.
 */
public final class ProjectionReplayBenchmark {

  private static final int PARTITIONS = 3;

  /**
   * Cases whose events are interleaved in the topic, as in a council's store where a thousand cases
   * move at once. {@code -Dbench.interleave=1} publishes case after case, as this benchmark did
   * before the tenth pass of ADR 0007: that order let a batch write each case's documents once, and
   * hid what a real replay costs.
   */
  static final int IN_FLIGHT = 1000;

  static final int CASELOAD = 20;

  public static void main(String[] args) throws Exception {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int cases = Math.max(1, events / DemoJourney.events("x").size());
    String run = UUID.randomUUID().toString().substring(0, 8);
    String topic = "casejourney.bench-" + run;
    // Events are sealed as case-service seals them (ADR 0011); -Dbench.sealed=false publishes the
    // personal fields plain, as the figures before ADR 0011 were measured.
    boolean sealed = Boolean.parseBoolean(System.getProperty("bench.sealed", "true"));
    try (EmbeddedStack stack = EmbeddedStack.startTemporary();
        TopicPublisher publisher =
            sealed
                ? new TopicPublisher(stack.kafkaBootstrapServers(), topic, SealingKeys.in(stack))
                : new TopicPublisher(stack.kafkaBootstrapServers(), topic)) {
      System.out.println("personal fields " + (sealed ? "sealed" : "plain"));
      stack.kafka().createTopic(topic, PARTITIONS);
      long published = publish(publisher, cases, run);
      // -Dbench.mongo=memory reads and writes an in-memory wire server instead of the stack's
      // file-backed one: the difference is what the embedded store's persistence costs.
      boolean memory = "memory".equals(System.getProperty("bench.mongo"));
      try (EmbeddedMongoServer memoryMongo = memory ? EmbeddedMongoServer.start(0, null) : null;
          ConfigurableApplicationContext app =
              start(
                  stack,
                  memory ? memoryMongo.connectionString() : stack.mongoConnectionString(),
                  topic,
                  run)) {
        System.out.println(
            "read models in " + (memory ? "an in-memory" : "the stack's") + " store");
        MongoDatabase db = app.getBean(MongoDatabase.class);
        MeterRegistry meters = app.getBean(MeterRegistry.class);
        ReadModelProbe probe = new ReadModelProbe(db);
        Map<String, DemoJourney.Cast> sentinels = sentinels(run, cases);
        Effort effort = Effort.now();
        awaitAll(probe, sentinels, meters, effort.wall(), published);
        report("cold start (empty tokens)", published, effort);
        sharing(meters);

        Replays replays = app.getBean(Replays.class);
        Map<String, Double> handledBefore = handledByGroup(meters);
        Replays.groups("all").forEach(replays::replay);
        effort = Effort.now();
        awaitAll(probe, sentinels, meters, effort.wall(), published);
        report("replay after reset", published, effort);
        sharing(meters);
        Map<String, Double> handledAfter = handledByGroup(meters);

        // -Dbench.each=false skips this. Changing one read model means replaying that one alone,
        // while the others stay at the head of the topic: what that costs, group by group.
        if (Boolean.parseBoolean(System.getProperty("bench.each", "true"))) {
          for (String group : ProcessingGroups.ALL) {
            TrackingEventProcessor processor = replays.processor(group);
            // A replay hands the group the events it handled in the replay of all of them.
            double target =
                handled(meters, group) + handledAfter.get(group) - handledBefore.get(group);
            replays.replay(group);
            effort = Effort.now();
            awaitReplayed(processor, meters, group, target);
            report("  " + group + " alone", published, effort, 1);
          }
        }

        freshness(publisher, probe, run);
      }
    }
    System.exit(0);
  }

  private static long publish(TopicPublisher publisher, int cases, String run) {
    long start = System.nanoTime();
    long count = 0;
    List<DomainEventMessage<?>> batch = new ArrayList<>();
    int interleave = Integer.getInteger("bench.interleave", IN_FLIGHT);
    for (int first = 0; first < cases; first += interleave) {
      List<List<DomainEventMessage<?>>> journeys = new ArrayList<>();
      for (int i = first; i < Math.min(cases, first + interleave); i++) {
        String caseId = "bench-" + run + "-" + i;
        journeys.add(DemoJourney.messages(caseId, cast(caseId, i)));
      }
      for (int step = 0; !journeys.isEmpty(); step++) {
        int at = step;
        journeys.forEach(j -> batch.add(j.get(at)));
        journeys.removeIf(j -> j.size() == at + 1);
        if (batch.size() >= 10_000) {
          publisher.publish(batch);
          count += batch.size();
          batch.clear();
        }
      }
    }
    publisher.publish(batch);
    count += batch.size();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "published %,d events (%,d cases, %,d at a time) in %.1f s%n",
        count,
        cases,
        interleave,
        seconds);
    return count;
  }

  private static DemoJourney.Cast cast(String caseId, int index) {
    return DemoJourney.Cast.team(index / CASELOAD, caseId);
  }

  /** The last few cases published: each partition's last case is among them. */
  private static Map<String, DemoJourney.Cast> sentinels(String run, int cases) {
    Map<String, DemoJourney.Cast> ids = new LinkedHashMap<>();
    for (int i = Math.max(0, cases - 12); i < cases; i++) {
      String caseId = "bench-" + run + "-" + i;
      ids.put(caseId, cast(caseId, i));
    }
    return ids;
  }

  private static void awaitAll(
      ReadModelProbe probe,
      Map<String, DemoJourney.Cast> sentinels,
      MeterRegistry meters,
      long start,
      long total) {
    long[] lastReport = {System.nanoTime()};
    double[] lastCount = {handled(meters, ProcessingGroups.TIMELINES)};
    ReadModelProbe.await(
        Duration.ofHours(2),
        Duration.ofMillis(250),
        () -> {
          long now = System.nanoTime();
          if (now - lastReport[0] > 10_000_000_000L) {
            double count = handled(meters, ProcessingGroups.TIMELINES);
            System.out.printf(
                Locale.ROOT,
                "  %5.0f s: timelines group at %,.0f events/s over the last window%n",
                (now - start) / 1e9,
                (count - lastCount[0]) / ((now - lastReport[0]) / 1e9));
            lastReport[0] = now;
            lastCount[0] = count;
          }
          return sentinels.entrySet().stream()
              .allMatch(s -> probe.journeyComplete(s.getKey(), s.getValue()));
        });
  }

  /**
   * Until the group has handled the events again and its processor has caught up on every segment.
   * Not {@code isReplaying()}: with Kafka tokens that stays true until the first event after the
   * reset point arrives. Nor the token's position: until the processor has claimed its segments
   * again, its status is the one from before the reset.
   */
  private static void awaitReplayed(
      TrackingEventProcessor processor, MeterRegistry meters, String group, double target) {
    ReadModelProbe.await(
        Duration.ofHours(1),
        Duration.ofMillis(20),
        () -> {
          Map<Integer, EventTrackerStatus> status = processor.processingStatus();
          return handled(meters, group) >= target
              && !status.isEmpty()
              && status.values().stream().allMatch(EventTrackerStatus::isCaughtUp);
        });
  }

  private static Map<String, Double> handledByGroup(MeterRegistry meters) {
    Map<String, Double> counts = new LinkedHashMap<>();
    ProcessingGroups.ALL.forEach(group -> counts.put(group, handled(meters, group)));
    return counts;
  }

  private static double handled(MeterRegistry meters, String group) {
    var counter = meters.find(ProjectionInterceptor.HANDLED_EVENTS).tag("group", group).counter();
    return counter == null ? 0 : counter.count();
  }

  /**
   * Where a run started: wall clock, this JVM's CPU time and its garbage collectors' time. The
   * projections, the Kafka broker and the MongoDB wire server all run in this JVM, so CPU per event
   * is what the whole read side costs; unlike events/s it does not move when something else on the
   * machine takes a core.
   */
  private record Effort(long wall, long cpu, long gcMillis) {

    static Effort now() {
      return new Effort(System.nanoTime(), cpuNanos(), gcMillisSoFar());
    }

    private static long cpuNanos() {
      return ((com.sun.management.OperatingSystemMXBean)
              ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }

    private static long gcMillisSoFar() {
      return ManagementFactory.getGarbageCollectorMXBeans().stream()
          .mapToLong(GarbageCollectorMXBean::getCollectionTime)
          .filter(t -> t > 0)
          .sum();
    }
  }

  /** How many records the seven processors decoded, and how many they shared (so far). */
  private static void sharing(MeterRegistry meters) {
    var decoded = meters.find(SharedDecoding.DECODED).functionCounter();
    var shared = meters.find(SharedDecoding.SHARED).functionCounter();
    var waited = meters.find(SharedDecoding.WAITED).functionCounter();
    if (decoded != null && shared != null) {
      System.out.printf(
          Locale.ROOT,
          "  records decoded %,.0f, shared %,.0f (%.0f%% of reads), readers waited %.1f s, since"
              + " start%n",
          decoded.count(),
          shared.count(),
          100 * shared.count() / Math.max(1, decoded.count() + shared.count()),
          waited == null ? 0 : waited.count());
    }
  }

  private static void report(String what, long events, Effort start) {
    report(what, events, start, 7);
  }

  private static void report(String what, long events, Effort start, int readModels) {
    Effort end = Effort.now();
    double seconds = (end.wall() - start.wall()) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%s: %,d events into %d read model%s in %.1f s = %,.0f events/s (%,.0f handler calls/s);"
            + " %.0f ms of CPU per 1,000 events, garbage collection %.0f%% of the time%n",
        what,
        events,
        readModels,
        readModels == 1 ? "" : "s",
        seconds,
        events / seconds,
        readModels * events / seconds,
        (end.cpu() - start.cpu()) / 1e3 / events,
        100.0 * (end.gcMillis() - start.gcMillis()) / (seconds * 1000));
  }

  /** Publish one event at a time, 20 a second, and time until the worker's timeline shows it. */
  private static void freshness(TopicPublisher publisher, ReadModelProbe probe, String run)
      throws InterruptedException {
    List<Long> micros = new ArrayList<>();
    for (int c = 0; c < 8; c++) {
      String caseId = "fresh-" + run + "-" + c;
      List<DomainEventMessage<?>> journey = DemoJourney.messages(caseId);
      for (DomainEventMessage<?> event : journey) {
        long start = System.nanoTime();
        publisher.publish(List.of(event));
        String id = TimelineView.workerId(caseId);
        ReadModelProbe.await(
            Duration.ofSeconds(30),
            Duration.ofMillis(1),
            () -> probe.lastSequence(TimelineView.COLLECTION, id) >= event.getSequenceNumber());
        micros.add((System.nanoTime() - start) / 1000);
        Thread.sleep(50);
      }
    }
    micros.sort(Long::compare);
    System.out.printf(
        Locale.ROOT,
        "freshness, Kafka publish -> worker timeline updated, %d events: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        micros.size(),
        micros.get(micros.size() / 2) / 1000.0,
        micros.get((int) (micros.size() * 0.99)) / 1000.0,
        micros.get(micros.size() - 1) / 1000.0);
  }

  private static ConfigurableApplicationContext start(
      EmbeddedStack stack, String mongo, String topic, String run) {
    // Command-line arguments, because builder properties lose to application.yml.
    return new SpringApplicationBuilder(ProjectionsApplication.class)
        .run(
            "--server.port=0",
            "--spring.data.mongodb.uri=" + mongo,
            "--spring.data.mongodb.database=bench_" + run,
            "--axon.kafka.bootstrap-servers=" + stack.kafkaBootstrapServers(),
            "--axon.kafka.default-topic=" + topic,
            "--casejourney.keys.jdbc-url=" + stack.jdbcUrl(),
            "--logging.level.root=WARN");
  }
}
