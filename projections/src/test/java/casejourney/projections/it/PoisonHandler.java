package casejourney.projections.it;

import casejourney.projections.ProcessingGroups;
import casejourney.projections.casefile.CaseEvents;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/**
 * A test-only handler in the case-overviews group that fails for one chosen case, and remembers how
 * Axon called it.
 */
@ProcessingGroup(ProcessingGroups.CASE_OVERVIEWS)
public class PoisonHandler {

  final AtomicReference<String> poisonedCase = new AtomicReference<>();

  /** The classes that called this handler for the latest event, innermost first. */
  final AtomicReference<List<String>> callers = new AtomicReference<>(List.of());

  @EventHandler
  public void on(Object event) {
    callers.set(
        StackWalker.getInstance()
            .walk(
                frames ->
                    frames.map(StackWalker.StackFrame::getClassName).collect(Collectors.toList())));
    if (CaseEvents.caseId(event).equals(poisonedCase.get())) {
      throw new IllegalStateException("injected failure for " + poisonedCase.get());
    }
  }
}
