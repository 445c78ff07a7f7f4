package casejourney.infra.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
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

    private static final ObjectDataType ELEMENTS = new ObjectDataType();

    @Override
    public int compare(KeyValue a, KeyValue b) {
      int n = Math.min(a.size(), b.size());
      for (int i = 0; i < n; i++) {
        int c = ELEMENTS.compare(a.get(i), b.get(i));
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(a.size(), b.size());
    }

    @Override
    public int getMemory(KeyValue key) {
      int size = 24;
      for (Object element : key) {
        size += ELEMENTS.getMemory(element);
      }
      return size;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
      buffer.putVarInt(key.size());
      for (Object element : key) {
        ELEMENTS.write(buffer, element);
      }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
      Object[] elements = new Object[DataUtils.readVarInt(buffer)];
      for (int i = 0; i < elements.length; i++) {
        elements[i] = ELEMENTS.read(buffer);
      }
      return new KeyValue(elements);
    }

    @Override
    public KeyValue[] createStorage(int size) {
      return new KeyValue[size];
    }
  }
}
