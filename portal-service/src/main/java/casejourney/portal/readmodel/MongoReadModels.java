package casejourney.portal.readmodel;

import casejourney.api.views.ViewBson;
import casejourney.api.views.ViewJson;
import com.mongodb.client.model.Filters;
import java.util.List;
import org.bson.RawBsonDocument;
import org.bson.conversions.Bson;
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
    return matching(collection, Filters.eq(ViewJson.ID, id), 1)
        .next()
        .map(document -> ViewBson.read(document, type));
  }

  @Override
  public <T> Flux<T> findAll(String collection, List<String> ids, Class<T> type) {
    if (ids.isEmpty()) {
      return Flux.empty();
    }
    return matching(collection, Filters.in(ViewJson.ID, ids), 0)
        .map(document -> ViewBson.read(document, type));
  }

  /** Documents as raw BSON; {@code limit} 0 means all. */
  private Flux<RawBsonDocument> matching(String collection, Bson filter, int limit) {
    return mongo
        .getMongoDatabase()
        .flatMapMany(
            db -> db.getCollection(collection, RawBsonDocument.class).find(filter).limit(limit));
  }
}
