package casejourney.portal.readmodel;

import casejourney.api.views.ViewJson;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads views with the reactive driver. The documents are the views' own JSON (see {@link
 * ViewJson}), so they are mapped with the writer's mapper rather than Spring Data's converters,
 * which would not agree on dates and records.
 */
@Component
class MongoReadModels implements ReadModels {

  private final ReactiveMongoTemplate mongo;

  MongoReadModels(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public <T> Mono<T> find(String collection, String id, Class<T> type) {
    return mongo
        .findById(id, Document.class, collection)
        .map(document -> ViewJson.fromMap(document, type));
  }
}
