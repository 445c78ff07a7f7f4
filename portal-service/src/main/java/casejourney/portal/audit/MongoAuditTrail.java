package casejourney.portal.audit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import casejourney.portal.audit.AuditReport.Kind;
import casejourney.portal.audit.AuditReport.Problem;
import casejourney.portal.audit.AuditReport.View;
import casejourney.portal.config.PortalProperties;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoServerException;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The staff audit trail in MongoDB, one chain of sealed entries per case (docs/adr/0017).
 *
 * <p>Entry {@code n} of a case has the id {@code <caseId>/<n>}, so the database's unique ids stop
 * two portal instances from both writing entry {@code n}: the one that loses reads the winner's
 * entry and chains onto it. {@code audit_heads} remembers each case's last entry so that an append
 * is one read and one insert; it is only a shortcut, and an entry written past it (by an instance
 * that stopped before moving it on) is found and chained onto all the same.
 *
 * <p>This class only inserts entries: it has no update or delete for them. That stops the portal's
 * own code from rewriting history; the seals make a change by anyone else show.
 */
@Component
class MongoAuditTrail implements AuditTrail {

  static final String COLLECTION = "audit_log";
  static final String HEADS = "audit_heads";

  /** Ids are asked for this many at a time: the embedded server checks a long $in list slowly. */
  private static final int BATCH = 64;

  /** Each lost race moves one entry on; this many in a row means something else is wrong. */
  private static final int MAX_ATTEMPTS = 100;

  private final MongoCollection<Document> log;
  private final MongoCollection<Document> heads;
  private final AuditChain chain;
  private final Clock clock;

  @Autowired
  MongoAuditTrail(MongoClient client, PortalProperties portal, AuditProperties audit) {
    this(client.getDatabase(portal.auditDatabase()), audit.bytes(), Clock.systemUTC());
  }

  MongoAuditTrail(MongoDatabase database, byte[] key, Clock clock) {
    this.log = database.getCollection(COLLECTION);
    this.heads = database.getCollection(HEADS);
    this.chain = new AuditChain(key);
    this.clock = clock;
  }

  @Override
  public Mono<Void> viewed(String subject, String what, String caseId) {
    // Stored as a BSON date, which keeps milliseconds: the seal must cover what is read back.
    Instant when = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    return head(caseId).flatMap(last -> append(caseId, last, subject, what, when, 1));
  }

  private Mono<Void> append(
      String caseId, Link last, String who, String what, Instant when, int attempt) {
    long seq = last.seq() + 1;
    String seal = chain.seal(caseId, seq, who, what, when, last.seal());
    Document entry =
        new Document("_id", id(caseId, seq))
            .append("caseId", caseId)
            .append("seq", seq)
            .append("who", who)
            .append("what", what)
            .append("when", Date.from(when))
            .append("previous", last.seal())
            .append("seal", seal);
    return Mono.from(log.insertOne(entry))
        .thenReturn(true)
        .onErrorResume(MongoAuditTrail::taken, e -> Mono.just(false))
        .flatMap(
            written -> {
              if (written) {
                return moveHead(caseId, seq, seal);
              }
              if (attempt >= MAX_ATTEMPTS) {
                return Mono.error(
                    new IllegalStateException(
                        "Could not append to a case's audit trail after " + attempt + " attempts"));
              }
              return Mono.from(log.find(eq("_id", id(caseId, seq))).first())
                  .switchIfEmpty(
                      Mono.error(
                          new IllegalStateException(
                              "An audit entry was taken and then gone: the trail is being"
                                  + " changed outside the portal")))
                  .flatMap(
                      taken ->
                          append(
                              caseId,
                              new Link(seq, String.valueOf(taken.get("seal"))),
                              who,
                              what,
                              when,
                              attempt + 1));
            });
  }

  /** Moves the head on unless another instance already moved it further. */
  private Mono<Void> moveHead(String caseId, long seq, String seal) {
    return Mono.from(
            heads.updateOne(
                and(eq("_id", caseId), lt("seq", seq)),
                combine(set("seq", seq), set("seal", seal)),
                new UpdateOptions().upsert(true)))
        // The upsert collides with a head that is already further on: nothing to do.
        .onErrorResume(MongoAuditTrail::taken, e -> Mono.empty())
        .then();
  }

  private Mono<Link> head(String caseId) {
    return Mono.from(heads.find(eq("_id", caseId)).first())
        .map(h -> new Link(((Number) h.get("seq")).longValue(), String.valueOf(h.get("seal"))))
        .defaultIfEmpty(new Link(0, AuditChain.START));
  }

  @Override
  public Mono<AuditReport> report(String caseId) {
    return head(caseId)
        .flatMap(
            last ->
                read(caseId, 1, last.seq(), new TreeMap<>())
                    .map(found -> check(caseId, last.seq(), found)));
  }

  /**
   * Reads the entries from {@code from} on, a batch at a time, up to the head and then on for as
   * long as entries follow one another (an instance may have stopped before moving the head).
   */
  private Mono<TreeMap<Long, Document>> read(
      String caseId, long from, long headSeq, TreeMap<Long, Document> found) {
    List<String> ids =
        LongStream.range(from, from + BATCH).mapToObj(seq -> id(caseId, seq)).toList();
    return Flux.from(log.find(in("_id", ids)))
        .collectList()
        .flatMap(
            batch -> {
              batch.forEach(d -> found.put(seqOf(String.valueOf(d.get("_id"))), d));
              long next = from + BATCH;
              return next <= headSeq || found.containsKey(next - 1)
                  ? read(caseId, next, headSeq, found)
                  : Mono.just(found);
            });
  }

  /** Checks each entry up to the head, or the last one found past it. */
  private AuditReport check(String caseId, long headSeq, TreeMap<Long, Document> found) {
    List<View> views = new ArrayList<>();
    Problem problem = null;
    long end = Math.max(headSeq, found.isEmpty() ? 0 : found.lastKey());
    String previous = AuditChain.START;
    for (long seq = 1; seq <= end; seq++) {
      Document entry = found.get(seq);
      Problem here = null;
      if (entry == null) {
        here = new Problem(seq, Kind.MISSING, "Entry " + seq + " is missing: it was removed.");
        previous = null;
      } else {
        View view = view(seq, entry);
        Object seal = entry.get("seal");
        Object before = entry.get("previous");
        if (view == null
            || !(before instanceof String from)
            || !chain.seal(caseId, seq, view.who(), view.what(), view.when(), from).equals(seal)) {
          here =
              new Problem(
                  seq,
                  Kind.ALTERED,
                  "Entry "
                      + seq
                      + " is not what was recorded: it was changed after it was"
                      + " written, or written by something other than the portal.");
        } else if (previous != null && !previous.equals(from)) {
          here =
              new Problem(
                  seq,
                  Kind.RELINKED,
                  "Entry "
                      + seq
                      + " does not follow entry "
                      + (seq - 1)
                      + ": entries before"
                      + " it were removed or moved.");
        }
        if (view != null) {
          views.add(view);
        }
        previous = seal instanceof String s ? s : null;
      }
      if (problem == null) {
        problem = here;
      }
    }
    return AuditReport.of(caseId, views, problem);
  }

  /** The entry as a view, or null when a field is not there or not of its type. */
  private static View view(long seq, Document entry) {
    Map<String, Object> e = entry;
    if (e.get("who") instanceof String who
        && e.get("what") instanceof String what
        && e.get("when") instanceof Date when) {
      return new View(seq, who, what, when.toInstant());
    }
    return null;
  }

  private static boolean taken(Throwable e) {
    return e instanceof MongoServerException m
        && ErrorCategory.fromErrorCode(m.getCode()) == ErrorCategory.DUPLICATE_KEY;
  }

  static String id(String caseId, long seq) {
    // Zero-padded so that the entries of a case sort in order in the MongoDB shell as well.
    return caseId + "/" + String.format("%010d", seq);
  }

  private static long seqOf(String id) {
    return Long.parseLong(id.substring(id.lastIndexOf('/') + 1));
  }

  /** The last entry of a case: its place and its seal. */
  private record Link(long seq, String seal) {}
}
