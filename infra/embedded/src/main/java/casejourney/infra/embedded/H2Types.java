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

/** H2 data types for {@link TypedH2Backend}: documents as BSON, index keys compared by value. */
final class H2Types {

  /** Stored documents, written as the BSON the wire protocol already uses. */
  static final BasicDataType<Document> DOCUMENTS = new DocumentType();

  /** Unique-index keys: each element is an ordinary value H2 stores and compares natively. */
  static final BasicDataType<KeyValue> INDEX_KEYS = new KeyValueType();

  private H2Types() {}

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

    /**
     * Writes and reads single values in H2's own format. One per thread: ObjectDataType caches the
     * type it last saw, and one instance shared by every index and by H2's background writer
     * misread that cache under load ("Can not compare").
     */
    private static final ThreadLocal<ObjectDataType> ELEMENTS =
        ThreadLocal.withInitial(ObjectDataType::new);

    /**
     * Element by element. A unique index only needs a total order consistent with equality: values
     * of one comparable class compare naturally (strings, numbers, object ids), values of different
     * classes by class name, and anything else by its serialized bytes, as the stock backend
     * compared every key.
     */
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
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

    @Override
    public int getMemory(KeyValue key) {
      ObjectDataType elements = ELEMENTS.get();
      int size = 24;
      for (Object element : key) {
        size += elements.getMemory(element);
      }
      return size;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
      ObjectDataType elements = ELEMENTS.get();
      buffer.putVarInt(key.size());
      for (Object element : key) {
        elements.write(buffer, element);
      }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
      ObjectDataType elements = ELEMENTS.get();
      Object[] values = new Object[DataUtils.readVarInt(buffer)];
      for (int i = 0; i < values.length; i++) {
        values[i] = elements.read(buffer);
      }
      return new KeyValue(values);
    }

    @Override
    public KeyValue[] createStorage(int size) {
      return new KeyValue[size];
    }
  }
}
