package casejourney.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typed H2 backend stores, finds and keeps documents the way the stock backend does. */
class TypedH2BackendTest {

  @TempDir Path directory;

  private static Document sample(String id) {
    return new Document("_id", id)
        .append("text", "Cyfarfod wedi'i symud — “quoted” ✓")
        .append("int", 42)
        .append("long", 9_000_000_000L)
        .append("double", 2.5)
        .append("flag", true)
        .append("nothing", null)
        .append("when", new Date(1_700_000_000_000L))
        .append("objectId", new ObjectId("65a1b2c3d4e5f60718293a4b"))
        .append("binary", new Binary(new byte[] {1, 2, 3}))
        .append("decimal", Decimal128.parse("12.34"))
        .append("nested", new Document("a", List.of(1, 2, 3)).append("b", new Document("c", "d")))
        .append("entries", List.of(new Document("title", "one"), new Document("title", "two")));
  }

  @Test
  void documents_and_keys_survive_every_operation_and_a_restart() {
    Path file = directory.resolve("store.mv");
    MongoServer server = new MongoServer(new TypedH2Backend(file.toString()));
    List<Document> expected = new ArrayList<>();
    try (MongoClient client = MongoClients.create(connection(server))) {
      MongoCollection<Document> views = client.getDatabase("db").getCollection("views");
      for (int i = 0; i < 300; i++) {
        Document d = sample("view-" + i);
        views.insertOne(d);
        expected.add(d);
      }
      assertThat(views.find(Filters.eq("_id", "view-7")).first()).isEqualTo(sample("view-7"));
      assertThat(
              views.find(Filters.in("_id", "view-1", "view-299", "absent")).into(new ArrayList<>()))
          .extracting(d -> d.getString("_id"))
          .containsExactlyInAnyOrder("view-1", "view-299");
      assertThat(views.find(Filters.eq("_id", "absent")).first()).isNull();

      assertThatThrownBy(() -> views.insertOne(sample("view-3")))
          .isInstanceOf(MongoWriteException.class)
          .hasMessageContaining("duplicate key");

      Document replaced = sample("view-5").append("text", "changed");
      views.replaceOne(Filters.eq("_id", "view-5"), replaced, new ReplaceOptions().upsert(true));
      expected.set(5, replaced);
      views.deleteOne(Filters.eq("_id", "view-6"));
      expected.remove(6);

      // A unique secondary index of two fields: keys of several elements, compared by value.
      MongoCollection<Document> people = client.getDatabase("db").getCollection("people");
      people.createIndex(Indexes.ascending("family", "name"), new IndexOptions().unique(true));
      people.insertOne(new Document("family", "a").append("name", "Sam"));
      people.insertOne(new Document("family", "b").append("name", "Sam"));
      assertThatThrownBy(() -> people.insertOne(new Document("family", "a").append("name", "Sam")))
          .isInstanceOf(MongoWriteException.class)
          .hasMessageContaining("duplicate key");

      // A dropped collection comes back empty and usable, with its typed maps.
      MongoCollection<Document> dropped = client.getDatabase("db").getCollection("dropped");
      dropped.insertOne(sample("gone"));
      dropped.drop();
      dropped.insertOne(sample("back"));
      assertThat(dropped.countDocuments()).isEqualTo(1);

      UUID id = UUID.randomUUID();
      MongoCollection<Document> uuids = client.getDatabase("db").getCollection("uuids");
      uuids.insertOne(new Document("_id", id.toString()).append("n", 1));
      assertThat(uuids.find(Filters.eq("_id", id.toString())).first().getInteger("n")).isEqualTo(1);
    } finally {
      server.shutdownNow();
    }

    TypedH2Backend backend = new TypedH2Backend(file.toString());
    server = new MongoServer(backend);
    try (MongoClient client = MongoClients.create(connection(server))) {
      MongoCollection<Document> views = client.getDatabase("db").getCollection("views");
      List<Document> found = views.find().into(new ArrayList<>());
      assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(views.find(Filters.eq("_id", "view-5")).first().getString("text"))
          .isEqualTo("changed");
      assertThat(views.find(Filters.eq("_id", "view-6")).first()).isNull();
      assertThat(
              client
                  .getDatabase("db")
                  .getCollection("people")
                  .countDocuments(Filters.eq("name", "Sam")))
          .isEqualTo(2);
      assertThatThrownBy(
              () ->
                  client
                      .getDatabase("db")
                      .getCollection("people")
                      .insertOne(new Document("family", "b").append("name", "Sam")))
          .hasMessageContaining("duplicate key");

      // The maps are the typed ones: were H2Database's private names to change, the stock types
      // would come back silently, so check by name.
      assertThat(backend.getMvStore().openMap("databases.db.views").getValueType())
          .isSameAs(H2Types.DOCUMENTS);
      assertThat(backend.getMvStore().openMap("databases.db.views").getKeyType())
          .isSameAs(H2Types.IDS);
      assertThat(backend.getMvStore().openMap("db.views._index__id_").getKeyType())
          .isSameAs(H2Types.INDEX_KEYS);
    } finally {
      server.shutdownNow();
    }
  }

  @Test
  void collections_used_from_many_threads_at_once_keep_working() throws Exception {
    MongoServer server =
        new MongoServer(new TypedH2Backend(directory.resolve("busy.mv").toString()));
    try (MongoClient client = MongoClients.create(connection(server))) {
      List<java.util.concurrent.Callable<Long>> workers = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        MongoCollection<Document> collection =
            client.getDatabase("db").getCollection("busy-" + (t % 3));
        int thread = t;
        workers.add(
            () -> {
              long found = 0;
              for (int i = 0; i < 1_500; i++) {
                // String and ObjectId keys side by side, as tokens and views have.
                Object id = i % 2 == 0 ? "doc-" + thread + "-" + i : new ObjectId();
                collection.insertOne(new Document("_id", id).append("n", i));
                collection.replaceOne(
                    Filters.eq("_id", id), new Document("_id", id).append("n", i + 1));
                Document back = collection.find(Filters.eq("_id", id)).first();
                found += back != null && back.getInteger("n") == i + 1 ? 1 : 0;
              }
              return found;
            });
      }
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(workers.size());
      try {
        for (java.util.concurrent.Future<Long> result : pool.invokeAll(workers)) {
          assertThat(result.get()).isEqualTo(1_500);
        }
      } finally {
        pool.shutdownNow();
      }
    } finally {
      server.shutdownNow();
    }
  }

  private static String connection(MongoServer server) {
    return "mongodb://localhost:" + server.bind().getPort();
  }
}
