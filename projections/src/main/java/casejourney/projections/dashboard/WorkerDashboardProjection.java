package casejourney.projections.dashboard;

import casejourney.api.calendar.StatutoryClock;
import casejourney.api.events.CaseOpenedEvent;
import casejourney.api.events.PlanVersionPublishedEvent;
import casejourney.api.events.WorkerChangedEvent;
import casejourney.api.views.WorkerDashboardView;
import casejourney.api.views.WorkerDashboardView.CaseloadItem;
import casejourney.projections.ProcessingGroups;
import casejourney.projections.casefile.CaseEvents;
import casejourney.projections.casefile.CaseFile;
import casejourney.projections.clocks.ClockFold;
import casejourney.projections.store.Prefetching;
import casejourney.projections.store.ViewStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link WorkerDashboardView}: each worker's caseload and what needs doing. When a case moves
 * to another worker it leaves the old worker's dashboard and joins the new one's.
 */
@Component
@ProcessingGroup(ProcessingGroups.WORKER_DASHBOARDS)
public class WorkerDashboardProjection implements Prefetching {

  private final ViewStore store;
  private final StatutoryClock rules;

  public WorkerDashboardProjection(ViewStore store, StatutoryClock rules) {
    this.store = store;
    this.rules = rules;
  }

  @EventHandler
  public void on(Object event, @SequenceNumber long sequence) {
    String caseId = CaseEvents.caseId(event);
    DashboardCase before =
        store
            .find(DashboardCase.COLLECTION, caseId, DashboardCase.class)
            .orElseGet(
                () ->
                    new DashboardCase(
                        caseId,
                        CaseFile.empty(caseId).toView(),
                        ClockFold.empty(caseId),
                        List.of()));
    CaseFile file = CaseFile.from(before.overview());
    String previousWorker = file.worker() == null ? null : file.worker().subject();
    if (!file.apply(event, sequence)) {
      return;
    }
    ClockFold clocks = new ClockFold(rules, before.clocks());
    clocks.apply(event);
    DashboardCase after =
        new DashboardCase(
            caseId,
            file.toView(),
            clocks.view(caseId, sequence),
            event instanceof PlanVersionPublishedEvent e
                ? CaseloadItems.planTranslations(e)
                : before.planTranslations());
    String worker = file.worker().subject();
    if (previousWorker != null && !previousWorker.equals(worker)) {
      remove(previousWorker, caseId);
    }
    upsert(worker, CaseloadItems.of(after, sequence));
    store.save(DashboardCase.COLLECTION, caseId, after);
  }

  @Override
  public void prefetch(List<Object> events) {
    List<String> caseIds = CaseEvents.caseIds(events);
    store.prefetch(DashboardCase.COLLECTION, caseIds);
    Set<String> workers = new LinkedHashSet<>();
    for (String caseId : caseIds) {
      store
          .find(DashboardCase.COLLECTION, caseId, DashboardCase.class)
          .map(c -> c.overview().worker())
          .ifPresent(w -> workers.add(w.subject()));
    }
    for (Object event : events) {
      if (event instanceof CaseOpenedEvent opened) {
        workers.add(opened.allocatedWorker().subject());
      } else if (event instanceof WorkerChangedEvent changed) {
        workers.add(changed.newWorker().subject());
      }
    }
    store.prefetch(WorkerDashboardView.COLLECTION, workers);
  }

  @ResetHandler
  public void reset() {
    store.clear(WorkerDashboardView.COLLECTION);
    store.clear(DashboardCase.COLLECTION);
  }

  private void upsert(String worker, CaseloadItem item) {
    WorkerDashboardView dashboard = dashboard(worker);
    List<CaseloadItem> cases = new ArrayList<>(dashboard.cases());
    int index = indexOf(cases, item.caseId());
    if (index >= 0 && cases.get(index).lastSequence() >= item.lastSequence()) {
      return;
    }
    if (index < 0) {
      cases.add(item);
    } else {
      cases.set(index, item);
    }
    store.save(
        WorkerDashboardView.COLLECTION,
        worker,
        new WorkerDashboardView(worker, List.copyOf(cases)));
  }

  private void remove(String worker, String caseId) {
    WorkerDashboardView dashboard = dashboard(worker);
    List<CaseloadItem> cases = new ArrayList<>(dashboard.cases());
    if (cases.removeIf(c -> c.caseId().equals(caseId))) {
      store.save(
          WorkerDashboardView.COLLECTION,
          worker,
          new WorkerDashboardView(worker, List.copyOf(cases)));
    }
  }

  private WorkerDashboardView dashboard(String worker) {
    return store
        .find(WorkerDashboardView.COLLECTION, worker, WorkerDashboardView.class)
        .orElseGet(() -> new WorkerDashboardView(worker, List.of()));
  }

  private static int indexOf(List<CaseloadItem> cases, String caseId) {
    for (int i = 0; i < cases.size(); i++) {
      if (cases.get(i).caseId().equals(caseId)) {
        return i;
      }
    }
    return -1;
  }
}
