package casejourney.projections.ops;

import casejourney.projections.ProcessingGroups;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/deadletters}: per group, how many events wait and for which case, with the
 * event ids, types and the error type, never payloads (they hold personal data). {@code POST
 * /actuator/deadletters/{group}/retry} retries every sequence of that group once.
 */
@Component
@Endpoint(id = "deadletters")
public class DeadLetterEndpoint {

  private final EventProcessingConfiguration processing;

  public DeadLetterEndpoint(EventProcessingConfiguration processing) {
    this.processing = processing;
  }

  @ReadOperation
  public Map<String, Object> deadLetters() {
    Map<String, Object> groups = new LinkedHashMap<>();
    for (String group : ProcessingGroups.ALL) {
      processing.deadLetterQueue(group).ifPresent(queue -> groups.put(group, describe(queue)));
    }
    return groups;
  }

  @WriteOperation
  public Map<String, Object> retry(@Selector String group, @Selector String action) {
    if (!"retry".equals(action)) {
      throw new IllegalArgumentException("unknown action " + action + "; use retry");
    }
    SequencedDeadLetterProcessor<EventMessage<?>> processor =
        processing
            .sequencedDeadLetterProcessor(group)
            .orElseThrow(() -> new IllegalArgumentException("no dead-letter queue for " + group));
    int processed = 0;
    long before =
        processing
            .deadLetterQueue(group)
            .map(SequencedDeadLetterQueue::amountOfSequences)
            .orElse(0L);
    for (long i = 0; i < before && processor.processAny(); i++) {
      processed++;
    }
    return Map.of("group", group, "sequencesRetried", processed);
  }

  private static Map<String, Object> describe(SequencedDeadLetterQueue<EventMessage<?>> queue) {
    List<Map<String, Object>> sequences = new ArrayList<>();
    for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
      List<Map<String, Object>> letters = new ArrayList<>();
      String sequenceId = null;
      for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
        EventMessage<?> message = letter.message();
        if (sequenceId == null && message instanceof DomainEventMessage<?> domain) {
          sequenceId = domain.getAggregateIdentifier();
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("eventId", message.getIdentifier());
        item.put("type", message.getPayloadType().getSimpleName());
        item.put("enqueuedAt", letter.enqueuedAt().toString());
        letter.cause().ifPresent(c -> item.put("cause", c.type()));
        letters.add(item);
      }
      sequences.add(Map.of("sequenceId", String.valueOf(sequenceId), "letters", letters));
    }
    return Map.of("count", queue.size(), "sequences", sequences);
  }
}
