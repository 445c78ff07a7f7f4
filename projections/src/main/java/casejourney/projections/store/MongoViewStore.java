package casejourney.projections.store;

import casejourney.api.views.ViewBson;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.BsonArray;
import org.bson.BsonBinaryReader;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.DecoderContext;
import org.bson.conversions.Bson;

/**
 * MongoDB documents shaped by {@link casejourney.api.views.ViewJson}, written as BSON by {@link
 * ViewBson}. Inside a processor's batch, documents are read once (or prefetched together) and
 * written once per batch ({@link #flush()} at the batch's last event): a case's overview touched by
 * 25 events in a batch is one write, not 25. Documents that only grow or shrink by entries (the
 * timelines) are never read whole: the batch knows their sequence, and sends only its {@link
 * Amendment}s. Outside a batch (a dead-letter retry, a test) it reads and writes through.
 */
public final class MongoViewStore implements ViewStore {

  private static final String CACHE = MongoViewStore.class.getName() + ".cache";
  private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

  /**
   * Ids per prefetch query. The embedded server finds each document of an {@code $in} by its index
   * and then checks it against the whole list again, so one query for a batch's thousands of ids
   * cost time in the square of their number (ADR 0007, tenth pass).
   */
  private static final int PREFETCH_CHUNK = 64;

  private static final String SEQUENCE = "lastSequence";
  private static final String ENTRIES = "entries";
  private static final Bson SEQUENCE_ONLY = Projections.include(SEQUENCE);
  private static final BsonDocumentCodec DOCUMENTS = new BsonDocumentCodec();

  private record Key(String collection, String id) {}

  /** One {@link Amendment} and the sequence of the event that made it. */
  private record Change(Amendment amendment, long sequence) {}

  /**
   * A document known only by its sequence, and the changes this batch makes to it.
   *
   * @param created the document to insert, before the changes, when there is none
   */
  private record Amended(long lastSequence, Object created, List<Change> changes) {}

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
      changed(cache, new Key(collection, id), new Entry(view, stored(cache, collection, id), true));
    } else {
      raw(collection).replaceOne(Filters.eq("_id", id), ViewBson.write(id, view), UPSERT);
    }
  }

  @Override
  public void prefetch(String collection, Collection<String> ids) {
    prefetch(collection, ids, null, d -> new Entry(d, d != null, false));
  }

  @Override
  public void prefetchSequences(String collection, Collection<String> ids) {
    prefetch(collection, ids, SEQUENCE_ONLY, MongoViewStore::sequenceEntry);
  }

  private void prefetch(
      String collection,
      Collection<String> ids,
      Bson projection,
      Function<RawBsonDocument, Entry> entry) {
    Map<Key, Entry> cache = batchCache();
    if (cache == null) {
      return;
    }
    List<String> wanted =
        ids.stream().distinct().filter(id -> !cache.containsKey(new Key(collection, id))).toList();
    if (wanted.isEmpty()) {
      return;
    }
    Entry absent = entry.apply(null);
    wanted.forEach(id -> cache.put(new Key(collection, id), absent));
    for (int from = 0; from < wanted.size(); from += PREFETCH_CHUNK) {
      List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + PREFETCH_CHUNK));
      for (RawBsonDocument d :
          raw(collection).find(Filters.in("_id", chunk)).projection(projection)) {
        cache.put(new Key(collection, d.getString("_id").getValue()), entry.apply(d));
      }
    }
  }

  @Override
  public long lastSequence(String collection, String id) {
    return amended(sequenceKnown(batchCache(), new Key(collection, id))).lastSequence();
  }

  @Override
  public void amend(String collection, String id, Object created, Amendment change, long sequence) {
    Map<Key, Entry> cache = batchCache();
    Key key = new Key(collection, id);
    Entry entry = sequenceKnown(cache, key);
    List<Change> changes = new ArrayList<>(amended(entry).changes());
    changes.add(new Change(change, sequence));
    Amended after = new Amended(sequence, created, changes);
    if (cache == null) {
      raw(collection).bulkWrite(amendments(id, after, entry.stored()));
    } else {
      changed(cache, key, new Entry(after, entry.stored(), true));
    }
  }

  @Override
  public <T> Optional<T> amended(String collection, String id, Class<T> type) {
    Map<Key, Entry> cache = batchCache();
    Entry entry = cache == null ? null : cache.get(new Key(collection, id));
    Amended pending = entry == null ? null : amended(entry);
    BsonDocument document;
    if (pending != null && !entry.stored()) {
      if (pending.created() == null) {
        return Optional.empty();
      }
      document = mutable(ViewBson.write(id, pending.created()));
    } else {
      RawBsonDocument stored = raw(collection).find(Filters.eq("_id", id)).first();
      if (stored == null) {
        return Optional.empty();
      }
      document = mutable(stored);
    }
    if (pending != null) {
      applyInMemory(document, pending.changes());
      document.put(SEQUENCE, sequence(Math.max(pending.lastSequence(), sequenceOf(document))));
    }
    return Optional.of(ViewBson.read(new RawBsonDocument(document, DOCUMENTS), type));
  }

  private static long sequenceOf(BsonDocument document) {
    BsonValue value = document.get(SEQUENCE);
    return value == null || !value.isNumber() ? -1 : value.asNumber().longValue();
  }

  /** The batch's entry for a document read for its sequence, read now (and kept) if it has none. */
  private Entry sequenceKnown(Map<Key, Entry> cache, Key key) {
    Entry entry = cache == null ? null : cache.get(key);
    if (entry == null) {
      entry =
          sequenceEntry(
              raw(key.collection())
                  .find(Filters.eq("_id", key.id()))
                  .projection(SEQUENCE_ONLY)
                  .first());
      if (cache != null) {
        cache.put(key, entry);
      }
    }
    return entry;
  }

  @Override
  public void delete(String collection, String id) {
    Map<Key, Entry> cache = batchCache();
    if (cache != null) {
      changed(cache, new Key(collection, id), new Entry(null, stored(cache, collection, id), true));
    } else {
      database.getCollection(collection).deleteOne(Filters.eq("_id", id));
    }
  }

  @Override
  public List<String> idsWhere(String collection, String field, String value) {
    Set<String> ids = new LinkedHashSet<>();
    for (RawBsonDocument d :
        raw(collection).find(Filters.eq(field, value)).projection(Projections.include("_id"))) {
      ids.add(d.getString("_id").getValue());
    }
    Map<Key, Entry> cache = batchCache();
    if (cache != null) {
      // The batch's own copies win over what the database says: they are written at its end.
      String[] path = field.split("\\.");
      cache.forEach(
          (key, entry) -> {
            if (!key.collection().equals(collection)) {
              return;
            }
            if (entry.value() instanceof Amended) {
              if (entry.dirty()) {
                throw new IllegalStateException(
                    "a document changed by amendments cannot be searched before it is written");
              }
              return;
            }
            BsonDocument document =
                entry.value() == null
                    ? null
                    : entry.value() instanceof RawBsonDocument raw
                        ? raw
                        : ViewBson.write(key.id(), entry.value());
            if (document != null && matches(document, path, 0, value)) {
              ids.add(key.id());
            } else {
              ids.remove(key.id());
            }
          });
    }
    return List.copyOf(ids);
  }

  /** MongoDB's equality on a dotted path: an array on the way matches if any element does. */
  private static boolean matches(BsonValue value, String[] path, int depth, String wanted) {
    if (value == null) {
      return false;
    }
    if (value.isArray()) {
      return value.asArray().stream().anyMatch(v -> matches(v, path, depth, wanted));
    }
    if (depth == path.length) {
      return value.isString() && value.asString().getValue().equals(wanted);
    }
    return value.isDocument()
        && matches(value.asDocument().get(path[depth]), path, depth + 1, wanted);
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
    // Collections in the order of their last change, so a projection's own record of how far it
    // got (a case file, saved after the views an event changed) is written after those views: a
    // crash in between must not leave it saying an event was applied when its views were not.
    Map<String, List<WriteModel<RawBsonDocument>>> writes = new LinkedHashMap<>();
    cache.forEach(
        (key, entry) -> {
          if (!entry.dirty()) {
            return;
          }
          List<WriteModel<RawBsonDocument>> models = writes.remove(key.collection());
          models = models == null ? new ArrayList<>() : models;
          models.addAll(writes(key, entry));
          writes.put(key.collection(), models);
        });
    writes.forEach(
        (collection, models) -> {
          if (!models.isEmpty()) {
            raw(collection).bulkWrite(models);
          }
        });
  }

  /** The writes for a changed document; none for one created and deleted in the same batch. */
  private static List<WriteModel<RawBsonDocument>> writes(Key key, Entry entry) {
    if (entry.value() instanceof Amended amended) {
      return amendments(key.id(), amended, entry.stored());
    }
    if (entry.value() == null) {
      return entry.stored()
          ? List.of(new DeleteOneModel<>(Filters.eq("_id", key.id())))
          : List.of();
    }
    RawBsonDocument document = ViewBson.write(key.id(), entry.value());
    if (!entry.stored()) {
      return List.of(new InsertOneModel<>(document));
    }
    return List.of(new ReplaceOneModel<>(Filters.eq("_id", key.id()), document, UPSERT));
  }

  /**
   * A new document is inserted whole, with its changes applied. A stored one gets one update per
   * run of new entries (pushed to the front together) or removal; each sets the sequence of its
   * last change, so after a crash part-way the batch's replay skips exactly what was written.
   */
  private static List<WriteModel<RawBsonDocument>> amendments(
      String id, Amended amended, boolean stored) {
    if (!stored) {
      BsonDocument document = mutable(ViewBson.write(id, amended.created()));
      applyInMemory(document, amended.changes());
      document.put(SEQUENCE, sequence(amended.lastSequence()));
      return List.of(new InsertOneModel<>(new RawBsonDocument(document, DOCUMENTS)));
    }
    List<WriteModel<RawBsonDocument>> updates = new ArrayList<>();
    List<BsonValue> run = new ArrayList<>();
    List<Change> changes = amended.changes();
    for (int i = 0; i < changes.size(); i++) {
      Change change = changes.get(i);
      if (change.amendment() instanceof Amendment.Prepend prepend) {
        run.add(0, ViewBson.encode(prepend.entry()));
        boolean runEnds =
            i + 1 == changes.size()
                || !(changes.get(i + 1).amendment() instanceof Amendment.Prepend);
        if (runEnds) {
          BsonDocument each =
              new BsonDocument("$each", new BsonArray(run)).append("$position", new BsonInt32(0));
          updates.add(update(id, "$push", new BsonDocument(ENTRIES, each), change.sequence()));
          run = new ArrayList<>();
        }
      } else if (change.amendment() instanceof Amendment.RemoveLinked remove) {
        BsonDocument condition =
            new BsonDocument("links." + remove.link(), new BsonString(remove.value()));
        updates.add(update(id, "$pull", new BsonDocument(ENTRIES, condition), change.sequence()));
      } else if (change.amendment() instanceof Amendment.Replace replace) {
        BsonDocument set =
            new BsonDocument(ENTRIES + ".$[e]", ViewBson.encode(replace.entry()))
                .append(SEQUENCE, sequence(change.sequence()));
        updates.add(
            new UpdateOneModel<>(
                Filters.eq("_id", id),
                new BsonDocument("$set", set),
                new UpdateOptions()
                    .arrayFilters(
                        List.of(
                            new BsonDocument("e.entryId", new BsonString(replace.entryId()))))));
      }
    }
    return updates;
  }

  /** The changes as MongoDB makes them, to a document held whole. */
  private static void applyInMemory(BsonDocument document, List<Change> changes) {
    BsonArray entries = document.getArray(ENTRIES);
    for (Change change : changes) {
      if (change.amendment() instanceof Amendment.Prepend prepend) {
        entries.add(0, ViewBson.encode(prepend.entry()));
      } else if (change.amendment() instanceof Amendment.RemoveLinked remove) {
        entries.removeIf(e -> linked(e.asDocument(), remove));
      } else if (change.amendment() instanceof Amendment.Replace replace) {
        for (int i = 0; i < entries.size(); i++) {
          BsonValue entryId = entries.get(i).asDocument().get("entryId");
          if (entryId != null
              && entryId.isString()
              && entryId.asString().getValue().equals(replace.entryId())) {
            entries.set(i, ViewBson.encode(replace.entry()));
          }
        }
      }
    }
  }

  private static WriteModel<RawBsonDocument> update(
      String id, String operator, BsonDocument operand, long sequence) {
    BsonDocument update =
        new BsonDocument(operator, operand)
            .append("$set", new BsonDocument(SEQUENCE, sequence(sequence)));
    return new UpdateOneModel<>(Filters.eq("_id", id), update);
  }

  private static boolean linked(BsonDocument entry, Amendment.RemoveLinked remove) {
    BsonValue links = entry.get("links");
    if (links == null || !links.isDocument()) {
      return false;
    }
    BsonValue value = links.asDocument().get(remove.link());
    return value != null && value.isString() && value.asString().getValue().equals(remove.value());
  }

  /**
   * The sequence as the views' own encoding writes it, so an amended document is byte for byte one
   * written whole.
   */
  private static BsonValue sequence(long sequence) {
    return ViewBson.encode(new Sequence(sequence)).get(SEQUENCE);
  }

  private record Sequence(long lastSequence) {}

  private static BsonDocument mutable(RawBsonDocument document) {
    try (BsonBinaryReader reader = new BsonBinaryReader(document.getByteBuffer().asNIO())) {
      return DOCUMENTS.decode(reader, DecoderContext.builder().build());
    }
  }

  private static Entry sequenceEntry(RawBsonDocument document) {
    long sequence = document == null ? -1 : document.getNumber(SEQUENCE).longValue();
    return new Entry(new Amended(sequence, null, List.of()), document != null, false);
  }

  private static Amended amended(Entry entry) {
    if (entry.value() instanceof Amended amended) {
      return amended;
    }
    throw new IllegalStateException(
        "a document changed by amendments was also read or written whole in this batch");
  }

  /** Records a change, moving the document to the end: {@link #flush} writes in that order. */
  private static void changed(Map<Key, Entry> cache, Key key, Entry entry) {
    cache.remove(key);
    cache.put(key, entry);
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
