package casejourney.projections.support;

import casejourney.api.views.ViewJson;
import casejourney.projections.store.Amendment;
import casejourney.projections.store.ViewStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link ViewStore} that keeps each document as its JSON text, so a test sees exactly what a
 * round trip through MongoDB would give back.
 */
public final class InMemoryViewStore implements ViewStore {

  private static final ObjectMapper JSON = ViewJson.mapper();

  private final Map<String, Map<String, String>> collections = new TreeMap<>();

  @Override
  public <T> Optional<T> find(String collection, String id, Class<T> type) {
    return Optional.ofNullable(collection(collection).get(id))
        .map(json -> ViewJson.read(json, type));
  }

  @Override
  public void save(String collection, String id, Object view) {
    collection(collection).put(id, ViewJson.write(view));
  }

  @Override
  public void delete(String collection, String id) {
    collection(collection).remove(id);
  }

  @Override
  public List<String> idsWhere(String collection, String field, String value) {
    String[] path = field.split("\\.");
    return collection(collection).entrySet().stream()
        .filter(e -> matches(tree(e.getValue()), path, 0, value))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** As MongoDB compares a dotted path: an array on the way matches if any element does. */
  private static boolean matches(JsonNode node, String[] path, int depth, String value) {
    if (node == null) {
      return false;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (matches(element, path, depth, value)) {
          return true;
        }
      }
      return false;
    }
    if (depth == path.length) {
      return node.isTextual() && node.asText().equals(value);
    }
    return node.isObject() && matches(node.get(path[depth]), path, depth + 1, value);
  }

  @Override
  public long lastSequence(String collection, String id) {
    String json = collection(collection).get(id);
    return json == null ? -1 : tree(json).get("lastSequence").asLong();
  }

  @Override
  public <T> Optional<T> amended(String collection, String id, Class<T> type) {
    return find(collection, id, type);
  }

  /** Changes the document as MongoDB's {@code $push}, {@code $pull} and {@code $set} would. */
  @Override
  public void amend(String collection, String id, Object created, Amendment change, long sequence) {
    String json = collection(collection).get(id);
    ObjectNode document = tree(json != null ? json : ViewJson.write(created));
    ArrayNode entries = (ArrayNode) document.get("entries");
    if (change instanceof Amendment.Prepend prepend) {
      entries.insert(0, JSON.valueToTree(prepend.entry()));
    } else if (change instanceof Amendment.RemoveLinked remove) {
      for (int i = entries.size() - 1; i >= 0; i--) {
        JsonNode value = entries.get(i).path("links").get(remove.link());
        if (value != null && value.asText().equals(remove.value())) {
          entries.remove(i);
        }
      }
    } else if (change instanceof Amendment.Replace replace) {
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).path("entryId").asText().equals(replace.entryId())) {
          entries.set(i, JSON.valueToTree(replace.entry()));
        }
      }
    }
    document.put("lastSequence", sequence);
    collection(collection).put(id, document.toString());
  }

  private static ObjectNode tree(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void clear(String collection) {
    collections.remove(collection);
  }

  /** Every document, by collection and id, as JSON; collections with none are left out. */
  public Map<String, Map<String, String>> documents() {
    Map<String, Map<String, String>> all = new TreeMap<>();
    collections.forEach(
        (name, documents) -> {
          if (!documents.isEmpty()) {
            all.put(name, Map.copyOf(documents));
          }
        });
    return all;
  }

  /** Every document in a collection, by id, as JSON. */
  public Map<String, String> all(String collection) {
    return Map.copyOf(collection(collection));
  }

  public <T> T get(String collection, String id, Class<T> type) {
    return find(collection, id, type)
        .orElseThrow(() -> new AssertionError("no " + collection + " document " + id));
  }

  private Map<String, String> collection(String name) {
    return collections.computeIfAbsent(name, n -> new TreeMap<>());
  }
}
