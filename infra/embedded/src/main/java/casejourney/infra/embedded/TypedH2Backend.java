package casejourney.infra.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with typed maps.
 *
 * <p>Why: the stock backend opens its maps untyped, so H2 stores every document with Java
 * serialization and, because index keys ({@link KeyValue}) are not {@code Comparable}, compares two
 * keys by serializing both. Profiles of the projections replay put about a quarter of all CPU
 * there. This backend opens the same maps, under the same names, with {@link H2Types#DOCUMENTS}
 * (documents as BSON) and {@link H2Types#INDEX_KEYS} (keys compared element by element) before the
 * stock code asks for them; H2 hands back the map already open, so everything else is the stock
 * backend. The file format differs from the stock backend's, hence its own file name in {@link
 * EmbeddedMongoServer}.
 */
final class TypedH2Backend extends H2Backend {

  TypedH2Backend(String fileName) {
    super(fileName);
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return new TypedH2Database(databaseName, getMvStore(), getCursorRegistry());
  }

  /**
   * An inner class, not a static one: H2Database's constructor already opens collections, before a
   * field of this class could be set, while the enclosing backend is set first.
   */
  private final class TypedH2Database extends H2Database {

    TypedH2Database(String databaseName, MVStore store, CursorRegistry cursors) {
      super(databaseName, store, cursors);
    }

    // The map names follow H2Database's private naming; a mismatch would leave the stock,
    // untyped map in use, which is slower but still correct.
    @Override
    protected MongoCollection<Object> openOrCreateCollection(
        String collectionName, CollectionOptions options) {
      getMvStore()
          .openMap(
              "databases." + getFullCollectionNamespace(collectionName),
              new MVMap.Builder<Object, Document>()
                  .keyType(H2Types.IDS)
                  .valueType(H2Types.DOCUMENTS));
      return super.openOrCreateCollection(collectionName, options);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(
        String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
      getMvStore()
          .openMap(
              getFullCollectionNamespace(collectionName) + "._index_" + indexName,
              new MVMap.Builder<KeyValue, Object>().keyType(H2Types.INDEX_KEYS));
      return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
    }
  }
}
