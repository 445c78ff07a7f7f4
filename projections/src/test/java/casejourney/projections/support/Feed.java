package casejourney.projections.support;

import java.util.List;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;

/**
 * Delivers events to a projection through Axon's own handler adapter, so parameter resolution
 * ({@code @SequenceNumber}, {@code @MessageIdentifier}, {@code @Timestamp}) is the real one.
 */
public final class Feed {

  private Feed() {}

  public static void all(Object projection, List<? extends EventMessage<?>> events) {
    AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
    for (EventMessage<?> event : events) {
      try {
        if (adapter.canHandle(event)) {
          adapter.handle(event);
        }
      } catch (Exception e) {
        throw new IllegalStateException("handling " + event.getPayloadType().getSimpleName(), e);
      }
    }
  }
}
