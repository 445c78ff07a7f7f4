package casejourney.projections.support;

import casejourney.api.views.ViewJson;
import casejourney.projections.store.ViewStore;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link ViewStore} that keeps each document as its JSON text, so a test sees exactly what a
 * round trip through MongoDB would give back.
 */
public final class InMemoryViewStore implements ViewStore {

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
  public void clear(String collection) {
    collections.remove(collection);
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
