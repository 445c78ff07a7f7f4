package casejourney.projections.overview;

import casejourney.api.events.CaseRecordErasedEvent;
import casejourney.api.views.CaseOverviewView;
import casejourney.projections.ProcessingGroups;
import casejourney.projections.casefile.CaseEvents;
import casejourney.projections.casefile.CaseFile;
import casejourney.projections.erasure.ErasedCases;
import casejourney.projections.store.Prefetching;
import casejourney.projections.store.ViewStore;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Keeps {@link CaseOverviewView}: every fact of a case, for one-read pages. */
@Component
@ProcessingGroup(ProcessingGroups.CASE_OVERVIEWS)
public class CaseOverviewProjection implements Prefetching {

  private final ViewStore store;
  private final ErasedCases erased;

  public CaseOverviewProjection(ViewStore store) {
    this.store = store;
    this.erased = new ErasedCases(store, ProcessingGroups.CASE_OVERVIEWS);
  }

  @EventHandler
  public void on(Object event, @SequenceNumber long sequence) {
    String caseId = CaseEvents.caseId(event);
    Optional<CaseOverviewView> stored = find(caseId);
    if (stored.isEmpty() && erased.erased(caseId)) {
      return;
    }
    CaseFile file = stored.map(CaseFile::from).orElseGet(() -> CaseFile.empty(caseId));
    if (file.apply(event, sequence)) {
      store.save(CaseOverviewView.COLLECTION, caseId, file.toView());
    }
  }

  @EventHandler
  public void on(CaseRecordErasedEvent event, @SequenceNumber long sequence) {
    store.delete(CaseOverviewView.COLLECTION, event.caseId());
    erased.record(event, sequence);
  }

  @Override
  public void prefetch(List<Object> events) {
    List<String> caseIds = CaseEvents.caseIds(events);
    store.prefetch(CaseOverviewView.COLLECTION, caseIds);
    erased.prefetch(caseIds.stream().filter(id -> find(id).isEmpty()).toList());
  }

  @ResetHandler
  public void reset() {
    store.clear(CaseOverviewView.COLLECTION);
    erased.clear();
  }

  private Optional<CaseOverviewView> find(String caseId) {
    return store.find(CaseOverviewView.COLLECTION, caseId, CaseOverviewView.class);
  }
}
