package casejourney.projections.ops;

import casejourney.projections.ProcessingGroups;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code casejourney.projections.dead.letters{group=...}}: events waiting in each group's queue.
 */
@Component
public class DeadLetterGauges {

  public static final String DEAD_LETTERS = "casejourney.projections.dead.letters";

  private final EventProcessingConfiguration processing;
  private final MeterRegistry meters;

  public DeadLetterGauges(EventProcessingConfiguration processing, MeterRegistry meters) {
    this.processing = processing;
    this.meters = meters;
  }

  /** After start-up, because the queues exist only once Axon has built the processors. */
  @EventListener(ApplicationReadyEvent.class)
  public void register() {
    for (String group : ProcessingGroups.ALL) {
      processing
          .deadLetterQueue(group)
          .ifPresent(
              queue ->
                  Gauge.builder(DEAD_LETTERS, queue, q -> q.size())
                      .tag("group", group)
                      .description("Events waiting in the dead-letter queue")
                      .register(meters));
    }
  }
}
