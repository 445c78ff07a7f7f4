package casejourney.portal.readmodel;

import casejourney.api.views.ViewBson;
import casejourney.api.views.ViewJson;
import com.mongodb.client.model.Filters;
import java.util.List;
import org.bson.RawBsonDocument;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads views with the reactive driver, as raw BSON parsed by the writer's own mapping ({@link
 * ViewBson}): Spring Data's converters would not agree on dates and records, and decoding into a
 * map or JSON text first cost a tenth of a page.
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
        .getMongoDatabase()
        .flatMap(
            db ->
                Mono.from(
                    db.getCollection(collection, RawBsonDocument.class)
                        .find(Filters.eq(ViewJson.ID, id))
                        .first()))
        .map(document -> ViewBson.read(document, type));
  }

  @Override
  public <T> Flux<T> findAll(String collection, List<String> ids, Class<T> type) {
    if (ids.isEmpty()) {
      return Flux.empty();
    }
    return mongo
        .getMongoDatabase()
        .flatMapMany(
            db ->
                Flux.from(
                    db.getCollection(collection, RawBsonDocument.class)
                        .find(Filters.in(ViewJson.ID, ids))))
        .map(document -> ViewBson.read(document, type));
  }
}
