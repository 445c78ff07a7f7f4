package casejourney.api.views;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.bson4jackson.BsonFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.bson.RawBsonDocument;

/**
 * The {@link ViewJson} shape as MongoDB documents, written and read as BSON by Jackson directly.
 *
 * <p>Why not through maps or JSON text: a view became a map ({@code convertValue}), then BSON
 * through the driver's codecs, and came back as BSON turned into JSON text and parsed again. Those
 * steps were the largest single cost of writing a timeline and a fifth of a portal page. The
 * document is the same: {@code _id} first, then the view's fields in the same order.
 */
public final class ViewBson {

  private static final ObjectMapper MAPPER =
      ViewJson.configure(new ObjectMapper(new BsonFactory()));

  private ViewBson() {}

  /** The view as a document with {@code _id} first. */
  public static RawBsonDocument write(String id, Object view) {
    try {
      return new RawBsonDocument(MAPPER.writeValueAsBytes(new Stored(id, view)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A value (a view's part, such as one timeline entry) as a document of its own, encoded exactly
   * as it is inside the whole view, so that it can be added to a stored document without rewriting
   * it.
   */
  public static RawBsonDocument encode(Object value) {
    try {
      return new RawBsonDocument(MAPPER.writeValueAsBytes(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A view from a document; {@code _id} is ignored because every view carries its own key. */
  public static <T> T read(RawBsonDocument document, Class<T> type) {
    ByteBuffer bytes = document.getByteBuffer().asNIO();
    try {
      return MAPPER.readValue(
          bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Stored(@JsonProperty(ViewJson.ID) String id, @JsonUnwrapped Object view) {}
}
