package casejourney.portal.readmodel;

import casejourney.api.views.ViewJson;
import com.mongodb.client.model.Filters;
import org.bson.RawBsonDocument;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads views with the reactive driver. The documents are the views' own JSON (see {@link
 * ViewJson}), so they are read as raw BSON, written out as JSON and parsed by the writer's mapper:
 * Spring Data's converters would not agree on dates and records, and decoding into a map first and
 * converting that was a tenth of a page's cost.
 */
@Component
class MongoReadModels implements ReadModels {

  private static final JsonWriterSettings JSON =
      JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

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
        .map(document -> ViewJson.read(document.toJson(JSON), type));
  }
}
