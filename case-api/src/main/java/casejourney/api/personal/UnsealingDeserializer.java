package casejourney.api.personal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads a {@link Personal} value: plain, as any mapper would, or sealed, when the mapper was made
 * by {@link PersonalData#sealing}. A value whose key was destroyed reads as null: the record has
 * been erased. Events written before sealing began are plain and read as they always did.
 */
final class UnsealingDeserializer extends JsonDeserializer<Object>
    implements ContextualDeserializer {

  private final JavaType type;

  UnsealingDeserializer() {
    this(null);
  }

  private UnsealingDeserializer(JavaType type) {
    this.type = type;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
    return new UnsealingDeserializer(
        property == null ? ctxt.getContextualType() : property.getType());
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return ctxt.readValue(p, type);
    }
    JsonNode node = ctxt.readTree(p);
    if (!node.has(Sealer.MARKER)) {
      return ctxt.readTreeAsValue(node, type);
    }
    Sealer sealer = (Sealer) ctxt.getAttribute(Sealer.class);
    if (sealer == null) {
      return ctxt.reportInputMismatch(
          type, "sealed personal data cannot be read here: send the value itself");
    }
    Optional<byte[]> json = sealer.unseal(node);
    if (json.isEmpty()) {
      return null;
    }
    return sealer.plain().readValue(json.get(), type);
  }
}
