package casejourney.projections.clocks;

import casejourney.api.calendar.StatutoryClock;
import casejourney.api.views.StatutoryClocksView;
import casejourney.projections.ProcessingGroups;
import casejourney.projections.casefile.CaseEvents;
import casejourney.projections.store.Prefetching;
import casejourney.projections.store.ViewStore;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Keeps {@link StatutoryClocksView}: due dates, stopped clocks, and every missed clock. */
@Component
@ProcessingGroup(ProcessingGroups.STATUTORY_CLOCKS)
public class StatutoryClocksProjection implements Prefetching {

  private final ViewStore store;
  private final StatutoryClock rules;

  public StatutoryClocksProjection(ViewStore store, StatutoryClock rules) {
    this.store = store;
    this.rules = rules;
  }

  @EventHandler
  public void on(Object event, @SequenceNumber long sequence) {
    String caseId = CaseEvents.caseId(event);
    StatutoryClocksView view =
        store
            .find(StatutoryClocksView.COLLECTION, caseId, StatutoryClocksView.class)
            .orElseGet(() -> ClockFold.empty(caseId));
    if (sequence <= view.lastSequence()) {
      return;
    }
    ClockFold fold = new ClockFold(rules, view);
    if (fold.apply(event)) {
      store.save(StatutoryClocksView.COLLECTION, caseId, fold.view(caseId, sequence));
    }
  }

  @Override
  public void prefetch(List<Object> events) {
    store.prefetch(StatutoryClocksView.COLLECTION, CaseEvents.caseIds(events));
  }

  @ResetHandler
  public void reset() {
    store.clear(StatutoryClocksView.COLLECTION);
  }
}
