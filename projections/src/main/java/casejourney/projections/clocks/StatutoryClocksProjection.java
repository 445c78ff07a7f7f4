package casejourney.projections.clocks;

import casejourney.api.calendar.StatutoryClock;
import casejourney.api.events.CaseRecordErasedEvent;
import casejourney.api.views.StatutoryClocksView;
import casejourney.projections.ProcessingGroups;
import casejourney.projections.casefile.CaseEvents;
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

/** Keeps {@link StatutoryClocksView}: due dates, stopped clocks, and every missed clock. */
@Component
@ProcessingGroup(ProcessingGroups.STATUTORY_CLOCKS)
public class StatutoryClocksProjection implements Prefetching {

  private final ViewStore store;
  private final StatutoryClock rules;
  private final ErasedCases erased;

  public StatutoryClocksProjection(ViewStore store, StatutoryClock rules) {
    this.store = store;
    this.rules = rules;
    this.erased = new ErasedCases(store, ProcessingGroups.STATUTORY_CLOCKS);
  }

  @EventHandler
  public void on(Object event, @SequenceNumber long sequence) {
    String caseId = CaseEvents.caseId(event);
    Optional<StatutoryClocksView> stored = find(caseId);
    if (stored.isEmpty() && erased.erased(caseId)) {
      return;
    }
    StatutoryClocksView view = stored.orElseGet(() -> ClockFold.empty(caseId));
    if (sequence <= view.lastSequence()) {
      return;
    }
    ClockFold fold = new ClockFold(rules, view);
    if (fold.apply(event)) {
      store.save(StatutoryClocksView.COLLECTION, caseId, fold.view(caseId, sequence));
    }
  }

  @EventHandler
  public void on(CaseRecordErasedEvent event, @SequenceNumber long sequence) {
    store.delete(StatutoryClocksView.COLLECTION, event.caseId());
    erased.record(event, sequence);
  }

  @Override
  public void prefetch(List<Object> events) {
    List<String> caseIds = CaseEvents.caseIds(events);
    store.prefetch(StatutoryClocksView.COLLECTION, caseIds);
    erased.prefetch(caseIds.stream().filter(id -> find(id).isEmpty()).toList());
  }

  @ResetHandler
  public void reset() {
    store.clear(StatutoryClocksView.COLLECTION);
    erased.clear();
  }

  private Optional<StatutoryClocksView> find(String caseId) {
    return store.find(StatutoryClocksView.COLLECTION, caseId, StatutoryClocksView.class);
  }
}
