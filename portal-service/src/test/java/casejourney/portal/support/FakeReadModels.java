package casejourney.portal.support;

import casejourney.api.views.ViewJson;
import casejourney.portal.readmodel.ReadModels;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Read models from the JSON fixtures, in memory. */
public class FakeReadModels implements ReadModels {

  private final Map<String, Map<String, String>> fixtures =
      Fixtures.load(Fixtures.REVIEW_MEETING, Fixtures.REVIEW_AT);
  private volatile Map<String, Map<String, String>> documents = fixtures;

  @Override
  public <T> Mono<T> find(String collection, String id, Class<T> type) {
    String json = documents.getOrDefault(collection, Map.of()).get(id);
    return json == null ? Mono.empty() : Mono.fromCallable(() -> ViewJson.read(json, type));
  }

  @Override
  public <T> Flux<T> findAll(String collection, List<String> ids, Class<T> type) {
    return Flux.fromIterable(ids).concatMap(id -> find(collection, id, type));
  }

  /**
   * Rewrites every document's JSON text, for tests that need hostile or unusual read models; call
   * {@link #reset()} afterwards (the Spring context, and so this bean, is shared between tests).
   */
  public void rewrite(UnaryOperator<String> json) {
    Map<String, Map<String, String>> changed = new ConcurrentHashMap<>();
    fixtures.forEach(
        (collection, docs) -> {
          Map<String, String> out = new ConcurrentHashMap<>();
          docs.forEach((id, doc) -> out.put(id, json.apply(doc)));
          changed.put(collection, out);
        });
    documents = changed;
  }

  /**
   * Adds (or replaces) one document, as the projections would write it for a case the portal just
   * opened; {@link #reset()} removes it again.
   */
  public void put(String collection, String id, String json) {
    Map<String, Map<String, String>> changed = new ConcurrentHashMap<>();
    documents.forEach((c, docs) -> changed.put(c, new ConcurrentHashMap<>(docs)));
    changed.computeIfAbsent(collection, c -> new ConcurrentHashMap<>()).put(id, json);
    documents = changed;
  }

  /** The JSON of one fixture document as it is now, for a test that derives another from it. */
  public String json(String collection, String id) {
    return documents.getOrDefault(collection, Map.of()).get(id);
  }

  /** Back to the fixtures as they are on disk. */
  public void reset() {
    documents = fixtures;
  }
}
