package casejourney.projections.support;

import casejourney.api.views.ViewJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * Documents compared without their {@code lastSequence}s: a journey with Welsh added later has more
 * events than the same journey with the Welsh given at first, and must otherwise read the same.
 */
public final class Sequences {

  private Sequences() {}

  /** The view's JSON with every {@code lastSequence} left out, however deep. */
  public static JsonNode without(Object view) {
    try {
      JsonNode tree = ViewJson.mapper().readTree(ViewJson.write(view));
      strip(tree);
      return tree;
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove("lastSequence");
    }
    node.forEach(Sequences::strip);
  }
}
