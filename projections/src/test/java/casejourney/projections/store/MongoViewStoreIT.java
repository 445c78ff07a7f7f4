package casejourney.projections.store;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.views.AccessView;
import casejourney.api.views.Audience;
import casejourney.api.views.TimelineCategory;
import casejourney.api.views.TimelineEntry;
import casejourney.api.views.TimelineView;
import casejourney.infra.embedded.EmbeddedMongoServer;
import casejourney.projections.dashboard.WorkerDashboardProjection;
import casejourney.projections.support.DemoJourney;
import casejourney.projections.support.Erasure;
import casejourney.projections.support.Feed;
import casejourney.projections.support.Projections;
import casejourney.projections.timeline.TimelineProjection;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store against the embedded wire server (file-backed, as the local stack runs it): a document
 * changed by amendments, in whatever batches they come, is byte for byte the one written whole, and
 * a batch writes a projection's own progress record after the views it gates.
 */
class MongoViewStoreIT {

  private static final String ID = "case-1:parent-1";

  @TempDir static Path data;
  private static EmbeddedMongoServer server;
  private static MongoClient client;
  private static final List<String> writes = new CopyOnWriteArrayList<>();
  private static MongoViewStore store;

  @BeforeAll
  static void start() {
    server = EmbeddedMongoServer.start(0, data);
    CommandListener recorder =
        new CommandListener() {
          @Override
          public void commandStarted(CommandStartedEvent event) {
            String name = event.getCommandName();
            if (List.of("insert", "update", "delete").contains(name)) {
              writes.add(name + " " + event.getCommand().getString(name).getValue());
            }
          }
        };
    client =
        MongoClients.create(
            MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.connectionString()))
                .addCommandListener(recorder)
                .build());
    store = new MongoViewStore(client.getDatabase("store_it"));
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @Test
  void amendedTimelinesAreByteForByteTheOneWrittenWhole() {
    TimelineEntry first = entry("e-1", null);
    TimelineEntry views = entry("e-2", "c-1");
    TimelineEntry third = entry("e-3", null);
    TimelineEntry fourth = entry("e-4", null);
    // Welsh added later to words two entries quote: each entry replaced where it stands.
    TimelineEntry firstInWelsh = inWelsh(first);
    TimelineEntry thirdInWelsh = inWelsh(third);
    List<Runnable> steps =
        List.of(
            () -> amend("one_batch", new Amendment.Prepend(first), 1),
            () -> amend("one_batch", new Amendment.Prepend(views), 2),
            () -> amend("one_batch", new Amendment.Prepend(third), 3),
            () -> amend("one_batch", new Amendment.Replace("e-3", thirdInWelsh), 4),
            () -> amend("one_batch", new Amendment.RemoveLinked("contributionId", "c-1"), 5),
            () -> amend("one_batch", new Amendment.Prepend(fourth), 6),
            () -> amend("one_batch", new Amendment.Replace("e-1", firstInWelsh), 7));
    inBatch(() -> steps.forEach(Runnable::run));
    // The same changes one batch each, then outside any batch: inserted, then pushed and pulled.
    for (String collection : List.of("batch_each", "no_batch")) {
      List<Runnable> each =
          List.of(
              () -> amend(collection, new Amendment.Prepend(first), 1),
              () -> amend(collection, new Amendment.Prepend(views), 2),
              () -> amend(collection, new Amendment.Prepend(third), 3),
              () -> amend(collection, new Amendment.Replace("e-3", thirdInWelsh), 4),
              () -> amend(collection, new Amendment.RemoveLinked("contributionId", "c-1"), 5),
              () -> amend(collection, new Amendment.Prepend(fourth), 6),
              () -> amend(collection, new Amendment.Replace("e-1", firstInWelsh), 7));
      each.forEach(step -> run(collection.equals("batch_each"), step));
    }
    // Stored first, then the rest in one batch: a replacement, a pull, a push and a replacement.
    inBatch(
        () -> {
          amend("stored_then_batch", new Amendment.Prepend(first), 1);
          amend("stored_then_batch", new Amendment.Prepend(views), 2);
          amend("stored_then_batch", new Amendment.Prepend(third), 3);
        });
    inBatch(
        () -> {
          amend("stored_then_batch", new Amendment.Replace("e-3", thirdInWelsh), 4);
          amend("stored_then_batch", new Amendment.RemoveLinked("contributionId", "c-1"), 5);
          amend("stored_then_batch", new Amendment.Prepend(fourth), 6);
          amend("stored_then_batch", new Amendment.Replace("e-1", firstInWelsh), 7);
        });
    store.save("whole", ID, timeline(List.of(fourth, thirdInWelsh, firstInWelsh), 7));

    byte[] whole = bytes("whole");
    assertThat(whole).isNotEmpty();
    assertThat(bytes("one_batch")).isEqualTo(whole);
    assertThat(bytes("batch_each")).isEqualTo(whole);
    assertThat(bytes("no_batch")).isEqualTo(whole);
    assertThat(bytes("stored_then_batch")).isEqualTo(whole);
    assertThat(store.lastSequence("whole", ID)).isEqualTo(7);
    assertThat(store.lastSequence("whole", "case-1:nobody")).isEqualTo(-1);
  }

  @Test
  void aDocumentReadWholeInABatchIsAsTheBatchHasAmendedItSoFar() {
    TimelineEntry first = entry("e-1", null);
    TimelineEntry second = entry("e-2", null);
    inBatch(() -> amend("read_amended", new Amendment.Prepend(first), 1));
    inBatch(
        () -> {
          store.prefetchSequences("read_amended", List.of(ID, "case-1:nobody"));
          amend("read_amended", new Amendment.Prepend(second), 2);
          assertThat(store.amended("read_amended", ID, TimelineView.class))
              .hasValue(timeline(List.of(second, first), 2));
          assertThat(store.amended("read_amended", "case-1:nobody", TimelineView.class)).isEmpty();
        });
    inBatch(
        () -> {
          amend("read_new", new Amendment.Prepend(first), 1);
          assertThat(store.amended("read_new", ID, TimelineView.class))
              .hasValue(timeline(List.of(first), 1));
        });
    assertThat(store.amended("read_amended", ID, TimelineView.class))
        .hasValue(timeline(List.of(second, first), 2));
  }

  private static TimelineEntry inWelsh(TimelineEntry e) {
    List<TimelineEntry.Quoted> quotes = new ArrayList<>(e.quotes());
    quotes.add(new TimelineEntry.Quoted("WORKER", "reason", "cy", "Oherwydd"));
    return new TimelineEntry(
        e.entryId(),
        e.kind(),
        e.category(),
        e.at(),
        e.when(),
        e.date(),
        e.title(),
        e.body(),
        List.copyOf(quotes),
        e.glossaryKeys(),
        e.links(),
        e.flagged());
  }

  @Test
  void theSequenceInABatchCountsItsOwnChanges() {
    inBatch(
        () -> {
          store.prefetchSequences("pending", List.of(ID));
          assertThat(store.lastSequence("pending", ID)).isEqualTo(-1);
          amend("pending", new Amendment.Prepend(entry("e-1", null)), 7);
          assertThat(store.lastSequence("pending", ID)).isEqualTo(7);
        });
    assertThat(store.lastSequence("pending", ID)).isEqualTo(7);
  }

  @Test
  void aBatchWritesEachCollectionAfterTheOnesChangedBeforeItsLastChange() {
    writes.clear();
    inBatch(
        () -> {
          store.save("order_cases", "case-1", Map.of("lastSequence", 1));
          amend("order_timelines", new Amendment.Prepend(entry("e-1", null)), 1);
          store.save("order_cases", "case-1", Map.of("lastSequence", 2));
        });
    inBatch(
        () -> {
          store.save("order_cases", "case-1", Map.of("lastSequence", 3));
          amend("order_timelines", new Amendment.Prepend(entry("e-2", null)), 3);
        });
    assertThat(writes)
        .containsExactly(
            "insert order_timelines",
            "update order_cases",
            "update order_cases",
            "update order_timelines");
  }

  @Test
  void aSearchByAFieldInsideAListFindsTheDocumentsAsTheBatchLeftThem() {
    AccessView.CaseAccess a = grant("case-a");
    AccessView.CaseAccess b = grant("case-b");
    store.save("search", "stays", new AccessView("stays", List.of(b, a)));
    store.save("search", "loses-it", new AccessView("loses-it", List.of(a)));
    store.save("search", "deleted", new AccessView("deleted", List.of(a)));
    store.save("search", "other", new AccessView("other", List.of(b)));
    assertThat(store.idsWhere("search", "cases.caseId", "case-a"))
        .containsExactlyInAnyOrder("stays", "loses-it", "deleted");
    inBatch(
        () -> {
          store.prefetch("search", List.of("stays", "absent"));
          store.save("search", "loses-it", new AccessView("loses-it", List.of(b)));
          store.delete("search", "deleted");
          store.save("search", "gains-it", new AccessView("gains-it", List.of(a)));
          assertThat(store.idsWhere("search", "cases.caseId", "case-a"))
              .containsExactlyInAnyOrder("stays", "gains-it");
        });
    assertThat(store.idsWhere("search", "cases.caseId", "case-a"))
        .containsExactlyInAnyOrder("stays", "gains-it");
    assertThat(store.idsWhere("search", "cases.caseId", "case-c")).isEmpty();
  }

  @Test
  void aBatchThatErasesACaseDeletesItsViewsThenTheCopiesThatFindThemThenRecordsTheErasure() {
    String caseId = "case-erased";
    List<DomainEventMessage<?>> journey = DemoJourney.messages(caseId);
    DomainEventMessage<?> erasure =
        DemoJourney.message(caseId, journey.size(), Erasure.erased(caseId));
    TimelineProjection timelines = new TimelineProjection(store);
    WorkerDashboardProjection dashboards = new WorkerDashboardProjection(store, Projections.RULES);
    Feed.all(timelines, journey);
    Feed.all(dashboards, journey);
    for (Object projection : List.of(timelines, dashboards)) {
      writes.clear();
      inBatch(
          () -> {
            ((Prefetching) projection).prefetch(List.of(erasure.getPayload()));
            Feed.all(projection, List.of(erasure));
          });
      if (projection == timelines) {
        assertThat(writes)
            .containsExactly(
                "delete timelines", "delete timeline_cases", "update erased_timelines");
      } else {
        assertThat(writes)
            .containsExactly(
                "update worker_caseloads",
                "delete caseload_items",
                "delete worker_dashboard_cases",
                "update erased_worker_dashboards");
      }
    }
    var database = client.getDatabase("store_it");
    for (String collection :
        List.of("timelines", "timeline_cases", "caseload_items", "worker_dashboard_cases")) {
      assertThat(database.getCollection(collection).countDocuments()).as(collection).isZero();
    }
  }

  private static AccessView.CaseAccess grant(String caseId) {
    return new AccessView.CaseAccess(caseId, Audience.PARENT, "p-1", List.of(), true, 3);
  }

  private static void amend(String collection, Amendment change, long sequence) {
    store.amend(collection, ID, timeline(List.of(), -1), change, sequence);
  }

  private static void run(boolean batch, Runnable step) {
    if (batch) {
      inBatch(step);
    } else {
      step.run();
    }
  }

  private static void inBatch(Runnable work) {
    BatchingUnitOfWork<?> batch =
        new BatchingUnitOfWork<>(List.of(GenericEventMessage.asEventMessage("event")));
    var result =
        batch.executeWithResult(
            () -> {
              work.run();
              store.flush();
              return null;
            });
    assertThat(result.isExceptional())
        .as(String.valueOf(result.optionalExceptionResult()))
        .isFalse();
  }

  private byte[] bytes(String collection) {
    RawBsonDocument document =
        client
            .getDatabase("store_it")
            .getCollection(collection, RawBsonDocument.class)
            .find(Filters.eq("_id", ID))
            .first();
    ByteBuffer buffer = document.getByteBuffer().asNIO();
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }

  private static TimelineView timeline(List<TimelineEntry> entries, long sequence) {
    return new TimelineView(
        ID, "case-1", Audience.PARENT, "parent-1", new ArrayList<>(entries), sequence);
  }

  private static TimelineEntry entry(String id, String contributionId) {
    return new TimelineEntry(
        id,
        "VIEWS_SENT",
        TimelineCategory.MEETINGS,
        Instant.parse("2026-11-02T10:15:30Z"),
        null,
        null,
        Map.of("en", "Title " + id, "cy", "Teitl " + id),
        Map.of("en", "Body", "cy", "Corff"),
        List.of(new TimelineEntry.Quoted("WORKER", "reason", "en", "Because")),
        List.of("core-group"),
        contributionId == null
            ? Map.of("meetingId", "m-1")
            : Map.of("contributionId", contributionId),
        true);
  }
}
