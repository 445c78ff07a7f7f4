package casejourney.projections.store;

import casejourney.api.views.ViewJson;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
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
import org.bson.Document;

/**
 * MongoDB documents shaped by {@link ViewJson}. Inside a processor's batch, documents are read once
 * (or prefetched together) and written once per batch ({@link #flush()} at the batch's last event):
 * a case's timeline touched by 25 events in a replay is one write, not 25. Outside a batch (a
 * dead-letter retry, a test) it reads and writes through.
 */
public final class MongoViewStore implements ViewStore {

  private static final String CACHE = MongoViewStore.class.getName() + ".cache";
  private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

  private record Key(String collection, String id) {}

  /** A cached document: its value (a view, a raw document, or null when absent) and if changed. */
  private record Entry(Object value, boolean dirty) {}

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
      Document document = database.getCollection(collection).find(Filters.eq("_id", id)).first();
      entry = new Entry(document, false);
      if (cache != null) {
        cache.put(key, entry);
      }
    }
    if (entry.value() instanceof Document raw) {
      T view = ViewJson.fromMap(raw, type);
      if (cache != null) {
        cache.put(key, new Entry(view, entry.dirty()));
      }
      return Optional.of(view);
    }
    return Optional.ofNullable(type.cast(entry.value()));
  }

  @Override
  public void save(String collection, String id, Object view) {
    Map<Key, Entry> cache = batchCache();
    if (cache != null) {
      cache.put(new Key(collection, id), new Entry(view, true));
    } else {
      database
          .getCollection(collection)
          .replaceOne(Filters.eq("_id", id), new Document(ViewJson.toMap(id, view)), UPSERT);
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
    wanted.forEach(id -> cache.put(new Key(collection, id), new Entry(null, false)));
    for (Document d : database.getCollection(collection).find(Filters.in("_id", wanted))) {
      cache.put(new Key(collection, String.valueOf(d.get("_id"))), new Entry(d, false));
    }
  }

  @Override
  public void delete(String collection, String id) {
    Map<Key, Entry> cache = batchCache();
    if (cache != null) {
      cache.put(new Key(collection, id), new Entry(null, true));
    } else {
      database.getCollection(collection).deleteOne(Filters.eq("_id", id));
    }
  }

  @Override
  public void clear(String collection) {
    database.getCollection(collection).deleteMany(new Document());
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
    Map<String, List<WriteModel<Document>>> writes = new LinkedHashMap<>();
    cache.forEach(
        (key, entry) -> {
          if (entry.dirty()) {
            writes.computeIfAbsent(key.collection(), c -> new ArrayList<>()).add(write(key, entry));
          }
        });
    writes.forEach((collection, models) -> database.getCollection(collection).bulkWrite(models));
  }

  private static WriteModel<Document> write(Key key, Entry entry) {
    if (entry.value() == null) {
      return new DeleteOneModel<>(Filters.eq("_id", key.id()));
    }
    return new ReplaceOneModel<>(
        Filters.eq("_id", key.id()), new Document(ViewJson.toMap(key.id(), entry.value())), UPSERT);
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
