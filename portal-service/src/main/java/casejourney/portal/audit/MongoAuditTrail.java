package casejourney.portal.audit;

import casejourney.portal.config.PortalProperties;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.time.Clock;
import java.util.Date;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Writes to the {@code audit_log} collection with inserts only: this class is the portal's one path
 * to it and has no update or delete. That stops the portal's own code from rewriting history but
 * not someone with database access; production would write to a write-once store (for example
 * object storage with a retention lock, or a ledger database) so staff cannot change the record.
 *
 * <p>The collection is in a database of its own ({@code portal.audit-database}): the read models'
 * database may be dropped and rebuilt from the topic, and nothing rebuilds this one.
 */
@Component
class MongoAuditTrail implements AuditTrail {

  static final String COLLECTION = "audit_log";

  private final MongoCollection<Document> log;
  private final Clock clock;

  MongoAuditTrail(MongoClient client, PortalProperties properties) {
    this.log = client.getDatabase(properties.auditDatabase()).getCollection(COLLECTION);
    this.clock = Clock.systemUTC();
  }

  @Override
  public Mono<Void> viewed(String subject, String what, String caseId) {
    Document entry =
        new Document("who", subject)
            .append("what", what)
            .append("caseId", caseId)
            .append("when", Date.from(clock.instant()));
    return Mono.from(log.insertOne(entry)).then();
  }
}
