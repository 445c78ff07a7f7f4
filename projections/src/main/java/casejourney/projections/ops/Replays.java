package casejourney.projections.ops;

import casejourney.projections.ProcessingGroups;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds read models from the start of the topic: stop the processor, reset its tokens (its
 * {@code @ResetHandler} clears the collection), start it again.
 */
@Component
public class Replays {

  private static final Logger log = LoggerFactory.getLogger(Replays.class);

  private final EventProcessingConfiguration processing;

  public Replays(EventProcessingConfiguration processing) {
    this.processing = processing;
  }

  /** The groups {@code which} names: {@code all}, one group, or a comma-separated list. */
  public static List<String> groups(String which) {
    if (which == null || which.isBlank()) {
      return List.of();
    }
    if ("all".equalsIgnoreCase(which.trim())) {
      return ProcessingGroups.ALL;
    }
    List<String> groups = List.of(which.trim().split("\\s*,\\s*"));
    for (String group : groups) {
      if (!ProcessingGroups.ALL.contains(group)) {
        throw new IllegalArgumentException(
            "unknown processing group " + group + "; one of " + ProcessingGroups.ALL);
      }
    }
    return groups;
  }

  public void replay(String group) {
    TrackingEventProcessor processor = processor(group);
    log.info("replaying {}", group);
    processor.shutDown();
    processor.resetTokens();
    processor.start();
  }

  /** The group's processor, for those that watch a replay's progress. */
  public TrackingEventProcessor processor(String group) {
    return processing
        .eventProcessor(group, TrackingEventProcessor.class)
        .orElseThrow(() -> new IllegalArgumentException("no tracking processor " + group));
  }
}
