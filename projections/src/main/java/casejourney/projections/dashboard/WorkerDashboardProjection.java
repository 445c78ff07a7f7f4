package casejourney.projections.dashboard;

import casejourney.api.StaffMember;
import casejourney.api.calendar.StatutoryClock;
import casejourney.api.events.CaseOpenedEvent;
import casejourney.api.events.CaseRecordErasedEvent;
import casejourney.api.events.PlanVersionPublishedEvent;
import casejourney.api.events.WelshTextAddedEvent;
import casejourney.api.events.WorkerChangedEvent;
import casejourney.api.views.WorkerCaseloadView;
import casejourney.api.views.WorkerDashboardView;
import casejourney.api.views.WorkerDashboardView.CaseloadItem;
import casejourney.api.views.WorkerDashboardView.MissingTranslation;
import casejourney.projections.ProcessingGroups;
import casejourney.projections.casefile.CaseEvents;
import casejourney.projections.casefile.CaseFile;
import casejourney.projections.clocks.ClockFold;
import casejourney.projections.erasure.ErasedCases;
import casejourney.projections.store.Prefetching;
import casejourney.projections.store.ViewStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps what {@link WorkerDashboardView} is read from: one {@link CaseloadItem} per case, rewritten
 * by each of the case's events, and each worker's {@link WorkerCaseloadView}, rewritten only when a
 * case joins or leaves it. When a case moves to another worker it leaves the old worker's caseload
 * and joins the new one's.
 */
@Component
@ProcessingGroup(ProcessingGroups.WORKER_DASHBOARDS)
public class WorkerDashboardProjection implements Prefetching {

  private final ViewStore store;
  private final StatutoryClock rules;
  private final ErasedCases erased;

  public WorkerDashboardProjection(ViewStore store, StatutoryClock rules) {
    this.store = store;
    this.rules = rules;
    this.erased = new ErasedCases(store, ProcessingGroups.WORKER_DASHBOARDS);
  }

  @EventHandler
  public void on(Object event, @SequenceNumber long sequence) {
    String caseId = CaseEvents.caseId(event);
    Optional<DashboardCase> known = find(caseId);
    if (known.isEmpty() && erased.erased(caseId)) {
      return;
    }
    DashboardCase before =
        known.orElseGet(
            () ->
                new DashboardCase(
                    caseId, CaseFile.empty(caseId).toView(), ClockFold.empty(caseId), List.of()));
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
            planTranslations(event, before.planTranslations()));
    String worker = file.worker().subject();
    if (!worker.equals(previousWorker)) {
      if (previousWorker != null) {
        changeCaseload(previousWorker, caseId, false);
      }
      changeCaseload(worker, caseId, true);
    }
    store.save(CaseloadItem.COLLECTION, caseId, CaseloadItems.of(after, sequence));
    store.save(DashboardCase.COLLECTION, caseId, after);
  }

  /**
   * The case leaves its worker's caseload (and, should an earlier worker's still hold it, theirs),
   * then its item and the processor's own copy go: the copy is how a redelivered erasure finds the
   * worker, so the batch must write it after the caseload.
   */
  @EventHandler
  public void on(CaseRecordErasedEvent event, @SequenceNumber long sequence) {
    String caseId = event.caseId();
    find(caseId)
        .ifPresent(
            c -> {
              List<StaffMember> workers = new ArrayList<>(c.overview().previousWorkers());
              workers.add(c.overview().worker());
              workers.stream()
                  .filter(w -> w != null)
                  .map(StaffMember::subject)
                  .distinct()
                  .forEach(w -> changeCaseload(w, caseId, false));
            });
    store.delete(CaseloadItem.COLLECTION, caseId);
    store.delete(DashboardCase.COLLECTION, caseId);
    erased.record(event, sequence);
  }

  /** The cases' own documents, and the caseloads of workers a case may join or leave. */
  @Override
  public void prefetch(List<Object> events) {
    List<String> caseIds = CaseEvents.caseIds(events);
    store.prefetch(DashboardCase.COLLECTION, caseIds);
    erased.prefetch(caseIds.stream().filter(id -> find(id).isEmpty()).toList());
    Set<String> workers = new LinkedHashSet<>();
    for (Object event : events) {
      if (event instanceof CaseOpenedEvent opened) {
        workers.add(opened.allocatedWorker().subject());
      } else if (event instanceof WorkerChangedEvent changed) {
        workers.add(changed.newWorker().subject());
        if (changed.previousWorker() != null) {
          workers.add(changed.previousWorker().subject());
        }
      }
    }
    store.prefetch(WorkerCaseloadView.COLLECTION, workers);
  }

  @ResetHandler
  public void reset() {
    store.clear(WorkerCaseloadView.COLLECTION);
    store.clear(CaseloadItem.COLLECTION);
    store.clear(DashboardCase.COLLECTION);
    erased.clear();
  }

  /** A new plan version brings its own tasks; Welsh added to its text completes one. */
  private static List<MissingTranslation> planTranslations(
      Object event, List<MissingTranslation> before) {
    if (event instanceof PlanVersionPublishedEvent e) {
      return CaseloadItems.planTranslations(e);
    }
    if (event instanceof WelshTextAddedEvent e) {
      return CaseloadItems.planTranslations(before, e);
    }
    return before;
  }

  private Optional<DashboardCase> find(String caseId) {
    return store.find(DashboardCase.COLLECTION, caseId, DashboardCase.class);
  }

  /** Adds or removes the case; a redelivered event finds it already done and writes nothing. */
  private void changeCaseload(String worker, String caseId, boolean join) {
    WorkerCaseloadView caseload =
        store
            .find(WorkerCaseloadView.COLLECTION, worker, WorkerCaseloadView.class)
            .orElseGet(() -> new WorkerCaseloadView(worker, List.of()));
    if (caseload.caseIds().contains(caseId) == join) {
      return;
    }
    List<String> caseIds = new ArrayList<>(caseload.caseIds());
    if (join) {
      caseIds.add(caseId);
    } else {
      caseIds.remove(caseId);
    }
    store.save(
        WorkerCaseloadView.COLLECTION,
        worker,
        new WorkerCaseloadView(worker, List.copyOf(caseIds)));
  }
}
