package casejourney.projections.overview;

import casejourney.api.views.CaseOverviewView;
import casejourney.projections.ProcessingGroups;
import casejourney.projections.casefile.CaseEvents;
import casejourney.projections.casefile.CaseFile;
import casejourney.projections.store.Prefetching;
import casejourney.projections.store.ViewStore;
import java.util.List;
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

  public CaseOverviewProjection(ViewStore store) {
    this.store = store;
  }

  @EventHandler
  public void on(Object event, @SequenceNumber long sequence) {
    String caseId = CaseEvents.caseId(event);
    CaseFile file =
        store
            .find(CaseOverviewView.COLLECTION, caseId, CaseOverviewView.class)
            .map(CaseFile::from)
            .orElseGet(() -> CaseFile.empty(caseId));
    if (file.apply(event, sequence)) {
      store.save(CaseOverviewView.COLLECTION, caseId, file.toView());
    }
  }

  @Override
  public void prefetch(List<Object> events) {
    store.prefetch(CaseOverviewView.COLLECTION, CaseEvents.caseIds(events));
  }

  @ResetHandler
  public void reset() {
    store.clear(CaseOverviewView.COLLECTION);
  }
}
