package casejourney.projections.it;

import casejourney.projections.ProcessingGroups;
import casejourney.projections.casefile.CaseEvents;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/** A test-only handler in the case-overviews group that fails for one chosen case. */
@ProcessingGroup(ProcessingGroups.CASE_OVERVIEWS)
public class PoisonHandler {

  final AtomicReference<String> poisonedCase = new AtomicReference<>();

  @EventHandler
  public void on(Object event) {
    if (CaseEvents.caseId(event).equals(poisonedCase.get())) {
      throw new IllegalStateException("injected failure for " + poisonedCase.get());
    }
  }
}
