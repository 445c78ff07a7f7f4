package casejourney.projections.support;

import casejourney.api.views.AccessView;
import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.ExpectationLedgerView;
import casejourney.api.views.PlanHistoryView;
import casejourney.api.views.StatutoryClocksView;
import casejourney.api.views.TimelineView;
import casejourney.api.views.ViewJson;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.bson.Document;

/** Reads MongoDB to tell when every processing group has handled a whole demo journey. */
public final class ReadModelProbe {

  private final MongoDatabase db;

  public ReadModelProbe(MongoDatabase db) {
    this.db = db;
  }

  /** True once each read model reflects the demo journey's last event for {@code caseId}. */
  public boolean journeyComplete(String caseId) {
    return journeyComplete(caseId, DemoJourney.Cast.DEMO);
  }

  /** True when every read model has the whole demo journey of this case, played by this cast. */
  public boolean journeyComplete(String caseId, DemoJourney.Cast cast) {
    return complete(caseId, cast, DemoJourney.events(caseId).size() - 1);
  }

  /**
   * True when every read model has this case up to event {@code last}: the demo journey's last, or
   * that of events after it, which must reach the worker's timeline. Plan histories and expectation
   * ledgers take none of those later events, so they are held to the journey's own last.
   */
  public boolean complete(String caseId, DemoJourney.Cast cast, long last) {
    return complete(caseId, cast, last, DemoJourney.events(caseId).size() - 1);
  }

  /**
   * As {@link #complete(String, DemoJourney.Cast, long)}, when later events include ones the plan
   * histories and expectation ledgers take (Welsh added to the plan): {@code planLast} is the last
   * of those.
   */
  public boolean complete(String caseId, DemoJourney.Cast cast, long last, long planLast) {
    return lastSequence(CaseOverviewView.COLLECTION, caseId) == last
        && lastSequence(PlanHistoryView.COLLECTION, caseId) == planLast
        && lastSequence(ExpectationLedgerView.COLLECTION, caseId) == planLast
        && lastSequence(StatutoryClocksView.COLLECTION, caseId) >= 21
        && lastSequence(TimelineView.COLLECTION, TimelineView.workerId(caseId)) == last
        && lastSequence("worker_dashboard_cases", caseId) == last
        && accessGranted(cast.secondWorker().subject(), caseId);
  }

  public boolean accessGranted(String subject, String caseId) {
    Document doc = db.getCollection(AccessView.COLLECTION).find(Filters.eq("_id", subject)).first();
    return doc != null
        && ViewJson.fromMap(doc, AccessView.class).cases().stream()
            .anyMatch(c -> c.caseId().equals(caseId));
  }

  /** A document's {@code lastSequence} (or its case file's), -2 when there is no document. */
  public long lastSequence(String collection, String id) {
    Document doc = db.getCollection(collection).find(Filters.eq("_id", id)).first();
    if (doc == null) {
      return -2;
    }
    Object value =
        doc.containsKey("lastSequence")
            ? doc.get("lastSequence")
            : ((Document) doc.get("overview")).get("lastSequence");
    return ((Number) value).longValue();
  }

  public static void await(Duration timeout, Duration every, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within " + timeout);
      }
      try {
        Thread.sleep(every.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
