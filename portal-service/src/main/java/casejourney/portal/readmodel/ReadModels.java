package casejourney.portal.readmodel;

import casejourney.api.views.AccessView;
import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.ExpectationLedgerView;
import casejourney.api.views.PlanHistoryView;
import casejourney.api.views.StatutoryClocksView;
import casejourney.api.views.TimelineView;
import casejourney.api.views.WorkerCaseloadView;
import casejourney.api.views.WorkerDashboardView;
import casejourney.api.views.WorkerDashboardView.CaseloadItem;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The read models, one document per view fetched by {@code _id}. Empty when there is no such
 * document. Tests replace this port with an in-memory fake.
 */
public interface ReadModels {

  /** The document with that {@code _id} in that collection, read as {@code type}. */
  <T> Mono<T> find(String collection, String id, Class<T> type);

  /** The documents with those {@code _id}s that exist, in any order, in one query. */
  <T> Flux<T> findAll(String collection, List<String> ids, Class<T> type);

  default Mono<AccessView> access(String subject) {
    return find(AccessView.COLLECTION, subject, AccessView.class);
  }

  default Mono<CaseOverviewView> caseOverview(String caseId) {
    return find(CaseOverviewView.COLLECTION, caseId, CaseOverviewView.class);
  }

  default Mono<TimelineView> timeline(String timelineId) {
    return find(TimelineView.COLLECTION, timelineId, TimelineView.class);
  }

  default Mono<PlanHistoryView> planHistory(String caseId) {
    return find(PlanHistoryView.COLLECTION, caseId, PlanHistoryView.class);
  }

  default Mono<ExpectationLedgerView> ledger(String caseId) {
    return find(ExpectationLedgerView.COLLECTION, caseId, ExpectationLedgerView.class);
  }

  default Mono<StatutoryClocksView> clocks(String caseId) {
    return find(StatutoryClocksView.COLLECTION, caseId, StatutoryClocksView.class);
  }

  /** The worker's caseload, then every case's item in one query. */
  default Mono<WorkerDashboardView> dashboard(String workerSubject) {
    return find(WorkerCaseloadView.COLLECTION, workerSubject, WorkerCaseloadView.class)
        .flatMap(
            caseload ->
                findAll(CaseloadItem.COLLECTION, caseload.caseIds(), CaseloadItem.class)
                    .collectList()
                    .map(items -> WorkerDashboardView.of(caseload, items)));
  }
}
