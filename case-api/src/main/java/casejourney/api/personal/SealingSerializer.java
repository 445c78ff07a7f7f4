package casejourney.api.personal;

import casejourney.api.events.CaseEvent;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;

/**
 * Writes a {@link Personal} value sealed when the mapper was made by {@link PersonalData#sealing},
 * as null when making a copy {@link PersonalData#withoutPersonalData}, and plain otherwise
 * (commands, read models).
 */
final class SealingSerializer extends JsonSerializer<Object> {

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    if (provider.getAttribute(PersonalData.STRIP) != null) {
      gen.writeNull();
      return;
    }
    Sealer sealer = (Sealer) provider.getAttribute(Sealer.class);
    if (sealer == null) {
      provider.defaultSerializeValue(value, gen);
      return;
    }
    gen.writeTree(sealer.seal(caseOf(gen), value));
  }

  /**
   * The case of the event being written: the outermost object. Jackson keeps each object it is
   * writing as its context's current value.
   */
  private static String caseOf(JsonGenerator gen) {
    JsonStreamContext context = gen.getOutputContext();
    while (context.getParent() != null && !context.getParent().inRoot()) {
      context = context.getParent();
    }
    Object root = context.inRoot() ? null : context.getCurrentValue();
    if (root instanceof CaseEvent event && event.caseId() != null) {
      return event.caseId();
    }
    // Never write personal data unsealed through a sealing mapper.
    throw new IllegalStateException(
        "personal data can only be sealed inside a case event, not in "
            + (root == null ? "a bare value" : root.getClass().getSimpleName()));
  }
}
