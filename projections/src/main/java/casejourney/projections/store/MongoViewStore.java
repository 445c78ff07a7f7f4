package casejourney.projections.store;

import casejourney.api.views.ViewBson;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.RawBsonDocument;

/**
 * MongoDB documents shaped by {@link casejourney.api.views.ViewJson}, written as BSON by {@link
 * ViewBson}. Inside a processor's batch, documents are read once (or prefetched together) and
 * written once per batch ({@link #flush()} at the batch's last event): a case's timeline touched by
 * 25 events in a replay is one write, not 25. Outside a batch (a dead-letter retry, a test) it
 * reads and writes through.
 */
public final class MongoViewStore implements ViewStore {

  private static final String CACHE = MongoViewStore.class.getName() + ".cache";
  private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

  private record Key(String collection, String id) {}

  /**
   * A cached document: its value (a view, a raw document, or null when absent), whether it is
   * stored (so a new document is inserted, which the embedded server does without the search an
   * upsert costs) and whether this batch changed it.
   */
  private record Entry(Object value, boolean stored, boolean dirty) {}

  private final MongoDatabase database;

  public MongoViewStore(MongoDatabase database) {
    this.database = database;
  }

  @Override
  public <T> Optional<T> find(String collection, String id, Class<T> type) {
    Map<Key, Entry> cache = batchCache();
    Key key = new Key(collection, id);
    Entry entry = cache == null ? null : cache.get(key);
    if (entry == null) {
      RawBsonDocument document = raw(collection).find(Filters.eq("_id", id)).first();
      entry = new Entry(document, document != null, false);
      if (cache != null) {
        cache.put(key, entry);
      }
    }
    if (entry.value() instanceof RawBsonDocument raw) {
      T view = ViewBson.read(raw, type);
      if (cache != null) {
        cache.put(key, new Entry(view, entry.stored(), entry.dirty()));
      }
      return Optional.of(view);
    }
    return Optional.ofNullable(type.cast(entry.value()));
  }

  @Override
  public void save(String collection, String id, Object view) {
    Map<Key, Entry> cache = batchCache();
    if (cache != null) {
      cache.put(new Key(collection, id), new Entry(view, stored(cache, collection, id), true));
    } else {
      raw(collection).replaceOne(Filters.eq("_id", id), ViewBson.write(id, view), UPSERT);
    }
  }

  @Override
  public void prefetch(String collection, Collection<String> ids) {
    Map<Key, Entry> cache = batchCache();
    if (cache == null) {
      return;
    }
    List<String> wanted =
        ids.stream().distinct().filter(id -> !cache.containsKey(new Key(collection, id))).toList();
    if (wanted.isEmpty()) {
      return;
    }
    wanted.forEach(id -> cache.put(new Key(collection, id), new Entry(null, false, false)));
    for (RawBsonDocument d : raw(collection).find(Filters.in("_id", wanted))) {
      String id = d.getString("_id").getValue();
      cache.put(new Key(collection, id), new Entry(d, true, false));
    }
  }

  @Override
  public void delete(String collection, String id) {
    Map<Key, Entry> cache = batchCache();
    if (cache != null) {
      cache.put(new Key(collection, id), new Entry(null, stored(cache, collection, id), true));
    } else {
      database.getCollection(collection).deleteOne(Filters.eq("_id", id));
    }
  }

  @Override
  public void clear(String collection) {
    // Dropping is one step; deleting visits every document, which on the embedded server means
    // reading each one back. The views need no index but _id, which comes back with the first
    // write.
    database.getCollection(collection).drop();
  }

  /** Writes what the current batch changed. Called before the batch's token is stored. */
  public void flush() {
    if (!CurrentUnitOfWork.isStarted()) {
      return;
    }
    @SuppressWarnings("unchecked")
    Map<Key, Entry> cache =
        (Map<Key, Entry>) CurrentUnitOfWork.get().root().resources().remove(CACHE);
    if (cache == null) {
      return;
    }
    Map<String, List<WriteModel<RawBsonDocument>>> writes = new LinkedHashMap<>();
    cache.forEach(
        (key, entry) -> {
          WriteModel<RawBsonDocument> write = entry.dirty() ? write(key, entry) : null;
          if (write != null) {
            writes.computeIfAbsent(key.collection(), c -> new ArrayList<>()).add(write);
          }
        });
    writes.forEach((collection, models) -> raw(collection).bulkWrite(models));
  }

  /** The write for a changed document; none for one created and deleted in the same batch. */
  private static WriteModel<RawBsonDocument> write(Key key, Entry entry) {
    if (entry.value() == null) {
      return entry.stored() ? new DeleteOneModel<>(Filters.eq("_id", key.id())) : null;
    }
    RawBsonDocument document = ViewBson.write(key.id(), entry.value());
    if (!entry.stored()) {
      return new InsertOneModel<>(document);
    }
    return new ReplaceOneModel<>(Filters.eq("_id", key.id()), document, UPSERT);
  }

  /**
   * Whether the document is in the database, as far as this batch knows. Unknown (never read)
   * counts as stored, so the write is an upsert, which is right either way.
   */
  private static boolean stored(Map<Key, Entry> cache, String collection, String id) {
    Entry known = cache.get(new Key(collection, id));
    return known == null || known.stored();
  }

  private com.mongodb.client.MongoCollection<RawBsonDocument> raw(String collection) {
    return database.getCollection(collection, RawBsonDocument.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<Key, Entry> batchCache() {
    if (!CurrentUnitOfWork.isStarted()) {
      return null;
    }
    UnitOfWork<?> root = CurrentUnitOfWork.get().root();
    if (!(root instanceof BatchingUnitOfWork<?>)) {
      return null;
    }
    return (Map<Key, Entry>) root.resources().computeIfAbsent(CACHE, k -> new LinkedHashMap<>());
  }
}
