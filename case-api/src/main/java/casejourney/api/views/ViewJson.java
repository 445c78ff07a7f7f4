package casejourney.api.views;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one JSON shape of the views, shared by the writer (projections) and the reader (portal):
 * ISO-8601 dates, map keys sorted so a replay writes identical bytes, unknown fields ignored so an
 * older reader survives a newer writer's additions. A MongoDB document is this JSON plus {@code
 * _id}.
 */
public final class ViewJson {

  /** The MongoDB primary key field, added next to the view's own fields. */
  public static final String ID = "_id";

  private static final ObjectMapper MAPPER = configure(new ObjectMapper());

  private ViewJson() {}

  /** The shape's settings on a mapper of any format ({@link ViewBson} uses them for BSON). */
  static ObjectMapper configure(ObjectMapper mapper) {
    return mapper
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
  }

  /** A copy of the shared mapper, for readers that need their own configuration on top. */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /** The view as JSON text. */
  public static String write(Object view) {
    try {
      return MAPPER.writeValueAsString(view);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A view from JSON text. */
  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The view as a map with {@code _id} first, ready to become a MongoDB document. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> toMap(String id, Object view) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(ID, id);
    map.putAll(MAPPER.convertValue(view, Map.class));
    return map;
  }

  /** A view from a document map; {@code _id} is ignored because every view carries its own key. */
  public static <T> T fromMap(Map<String, Object> map, Class<T> type) {
    Map<String, Object> copy = new LinkedHashMap<>(map);
    copy.remove(ID);
    return MAPPER.convertValue(copy, type);
  }
}
