package casejourney.projections.bench;

import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.PlanHistoryView;
import casejourney.api.views.TimelineView;
import casejourney.api.views.ViewJson;
import casejourney.api.views.WorkerCaseloadView;
import casejourney.api.views.WorkerDashboardView;
import casejourney.api.views.WorkerDashboardView.CaseloadItem;
import casejourney.infra.embedded.EmbeddedStack;
import casejourney.projections.ProjectionsApplication;
import casejourney.projections.support.DemoJourney;
import casejourney.projections.support.ReadModelProbe;
import casejourney.projections.support.TopicPublisher;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Prints, through the MongoDB Java driver, a case's first parent's timeline, its plan history's
 * changes and its worker's dashboard. {@code ShowReadModels <mongoUri> <database> <caseId>} reads a
 * running stack (defaults: {@code mongodb://localhost:27017 casejourney}, the first case); {@code
 * ShowReadModels --embedded} starts a temporary embedded stack, publishes the demo family's journey
 * onto Kafka, runs the projections and prints what they wrote.
 */
public final class ShowReadModels {

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("--embedded")) {
      String topic = "casejourney.case-events.v1";
      try (EmbeddedStack stack = EmbeddedStack.startTemporary();
          TopicPublisher publisher = new TopicPublisher(stack.kafkaBootstrapServers(), topic)) {
        stack.kafka().createTopic(topic, 3);
        publisher.publish(DemoJourney.messages("case-demo"));
        try (ConfigurableApplicationContext app =
            new SpringApplicationBuilder(ProjectionsApplication.class)
                .run(
                    "--server.port=0",
                    "--spring.data.mongodb.uri=" + stack.mongoConnectionString(),
                    "--axon.kafka.bootstrap-servers=" + stack.kafkaBootstrapServers(),
                    "--logging.level.root=WARN")) {
          MongoDatabase db = app.getBean(MongoDatabase.class);
          ReadModelProbe probe = new ReadModelProbe(db);
          ReadModelProbe.await(
              Duration.ofMinutes(5),
              Duration.ofMillis(200),
              () -> probe.journeyComplete("case-demo"));
          print(db, "case-demo");
        }
      }
      System.exit(0);
    }
    String uri = args.length > 0 ? args[0] : "mongodb://localhost:27017";
    String database = args.length > 1 ? args[1] : "casejourney";
    try (MongoClient client = MongoClients.create(uri)) {
      MongoDatabase db = client.getDatabase(database);
      String caseId =
          args.length > 2
              ? args[2]
              : String.valueOf(
                  db.getCollection(CaseOverviewView.COLLECTION).find().first().get("_id"));
      print(db, caseId);
    }
  }

  private static void print(MongoDatabase db, String caseId) {
    CaseOverviewView overview =
        read(db, CaseOverviewView.COLLECTION, caseId, CaseOverviewView.class);
    String parent = overview.familyMembers().get(0).personId();
    TimelineView timeline =
        read(
            db, TimelineView.COLLECTION, TimelineView.familyId(caseId, parent), TimelineView.class);
    System.out.println("== timelines/" + timeline.id() + " (newest first)");
    timeline
        .entries()
        .forEach(
            e ->
                System.out.printf(
                    "%s %s%s%n   %s%n   %s%n",
                    e.at(),
                    e.kind(),
                    e.flagged() ? " FLAGGED" : "",
                    e.title().get("en"),
                    e.body().get("en")));
    PlanHistoryView plans = read(db, PlanHistoryView.COLLECTION, caseId, PlanHistoryView.class);
    System.out.println("== plan_histories/" + caseId);
    plans
        .versions()
        .forEach(
            v -> {
              System.out.printf(
                  "version %d by %s, %s%n",
                  v.version(),
                  v.publishedBy().name(),
                  v.betweenConferences()
                      ? "decided BETWEEN conferences"
                      : "decided at "
                          + v.decidedAtMeetingType()
                          + " on "
                          + v.decidedAtMeetingDate());
              v.changes()
                  .forEach(
                      c ->
                          System.out.printf(
                              "   %s %s%s: %s -> %s; reason: %s%n",
                              c.expectationId(),
                              c.kind(),
                              c.flagged() ? " (FLAGGED)" : "",
                              c.before(),
                              c.after(),
                              c.reason() == null ? "-" : c.reason().en()));
            });
    String worker = overview.worker().subject();
    System.out.println(
        "== worker dashboard of "
            + worker
            + " (worker_caseloads/"
            + worker
            + " and caseload_items of its cases)");
    WorkerCaseloadView caseload =
        read(db, WorkerCaseloadView.COLLECTION, worker, WorkerCaseloadView.class);
    System.out.println(
        ViewJson.write(
            WorkerDashboardView.of(
                caseload,
                caseload.caseIds().stream()
                    .map(id -> read(db, CaseloadItem.COLLECTION, id, CaseloadItem.class))
                    .toList())));
  }

  private static <T> T read(MongoDatabase db, String collection, String id, Class<T> type) {
    Document doc = db.getCollection(collection).find(Filters.eq("_id", id)).first();
    if (doc == null) {
      throw new IllegalStateException("no " + collection + " document " + id);
    }
    return ViewJson.fromMap(doc, type);
  }
}
