package casejourney.infra.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/** H2 data types for {@link TypedH2Backend}: documents as BSON, ids and keys compared by value. */
final class H2Types {

  /** Stored documents, written as the BSON the wire protocol already uses. */
  static final BasicDataType<Document> DOCUMENTS = new DocumentType();

  /** Unique-index keys: each element an ordinary value, compared by {@link #compareValues}. */
  static final BasicDataType<KeyValue> INDEX_KEYS = new KeyValueType();

  /**
   * Document ids, the keys of a collection's data map. H2's own type for them throws "Can not
   * compare" when one collection holds ids of two kinds (strings and object ids) side by side.
   */
  static final BasicDataType<Object> IDS = new IdType();

  /**
   * Writes and reads single values in H2's own format. One per thread: ObjectDataType caches the
   * type it last saw, and one instance shared by every map and by H2's background writer misread
   * that cache under load.
   */
  private static final ThreadLocal<ObjectDataType> VALUES =
      ThreadLocal.withInitial(ObjectDataType::new);

  private H2Types() {}

  /**
   * A total order consistent with equality, which is all a unique index or a data map needs: values
   * of one comparable class compare naturally (strings, numbers, object ids), values of different
   * classes by class name, anything else by its serialized bytes, as the stock backend compared
   * every key.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static int compareValues(Object a, Object b) {
    if (a == b) {
      return 0;
    }
    if (a == null || b == null) {
      return a == null ? -1 : 1;
    }
    if (a.getClass() != b.getClass()) {
      return a.getClass().getName().compareTo(b.getClass().getName());
    }
    if (a instanceof Comparable comparable) {
      return comparable.compareTo(b);
    }
    if (a.equals(b)) {
      return 0;
    }
    return Arrays.compareUnsigned(ObjectDataType.serialize(a), ObjectDataType.serialize(b));
  }

  private static final class IdType extends BasicDataType<Object> {

    @Override
    public int compare(Object a, Object b) {
      return compareValues(a, b);
    }

    @Override
    public int getMemory(Object id) {
      return VALUES.get().getMemory(id);
    }

    @Override
    public void write(WriteBuffer buffer, Object id) {
      VALUES.get().write(buffer, id);
    }

    @Override
    public Object read(ByteBuffer buffer) {
      return VALUES.get().read(buffer);
    }

    @Override
    public Object[] createStorage(int size) {
      return new Object[size];
    }
  }

  private static final class DocumentType extends BasicDataType<Document> {

    @Override
    public int getMemory(Document document) {
      return estimate(document);
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
      ByteBuf bson = Unpooled.buffer(256);
      try {
        BsonEncoder.encodeDocument(document, bson);
        buffer.putVarInt(bson.readableBytes());
        buffer.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), bson.readableBytes());
      } finally {
        bson.release();
      }
    }

    @Override
    public Document read(ByteBuffer buffer) {
      int length = DataUtils.readVarInt(buffer);
      ByteBuf bson = Unpooled.wrappedBuffer(buffer.slice().limit(length));
      buffer.position(buffer.position() + length);
      return BsonDecoder.decodeBson(bson);
    }

    @Override
    public Document[] createStorage(int size) {
      return new Document[size];
    }

    /**
     * Roughly what the document occupies on the heap. H2 asks on every write to size its page
     * cache; encoding the document just to measure it would double the cost of a write.
     */
    private static int estimate(Object value) {
      if (value instanceof String s) {
        return 40 + s.length();
      }
      if (value instanceof Map<?, ?> map) {
        int size = 48;
        for (Map.Entry<?, ?> e : map.entrySet()) {
          size += 32 + estimate(e.getKey()) + estimate(e.getValue());
        }
        return size;
      }
      if (value instanceof Collection<?> list) {
        int size = 40;
        for (Object element : list) {
          size += 8 + estimate(element);
        }
        return size;
      }
      if (value instanceof byte[] bytes) {
        return 16 + bytes.length;
      }
      return 24;
    }
  }

  private static final class KeyValueType extends BasicDataType<KeyValue> {

    @Override
    public int compare(KeyValue a, KeyValue b) {
      int n = Math.min(a.size(), b.size());
      for (int i = 0; i < n; i++) {
        int c = compareValues(a.get(i), b.get(i));
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(a.size(), b.size());
    }

    @Override
    public int getMemory(KeyValue key) {
      ObjectDataType values = VALUES.get();
      int size = 24;
      for (Object element : key) {
        size += values.getMemory(element);
      }
      return size;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
      ObjectDataType values = VALUES.get();
      buffer.putVarInt(key.size());
      for (Object element : key) {
        values.write(buffer, element);
      }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
      ObjectDataType values = VALUES.get();
      Object[] elements = new Object[DataUtils.readVarInt(buffer)];
      for (int i = 0; i < elements.length; i++) {
        elements[i] = values.read(buffer);
      }
      return new KeyValue(elements);
    }

    @Override
    public KeyValue[] createStorage(int size) {
      return new KeyValue[size];
    }
  }
}
