package casejourney.api.personal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.ContextAttributes;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Crypto-shredding for case events (docs/adr/0011). Every {@link Personal} field is sealed with its
 * case's key when an event is written by a mapper from {@link #sealing}, and opened again when read
 * by one; destroying the key makes those fields read as null everywhere the event went: the event
 * store, the Kafka topic, any consumer's replay.
 */
public final class PersonalData {

  static final Object STRIP = new Object();

  private static final ObjectMapper STRIPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private PersonalData() {}

  /**
   * A copy of {@code events} (configured as the event serializer's mapper) that seals personal
   * fields on writing and opens them on reading, with the keys in {@code keys}.
   */
  public static ObjectMapper sealing(ObjectMapper events, CaseKeys keys) {
    ObjectMapper plain = events.copy();
    ObjectMapper sealing = events.copy();
    sealing.setDefaultAttributes(
        ContextAttributes.getEmpty().withSharedAttribute(Sealer.class, new Sealer(keys, plain)));
    return sealing;
  }

  /**
   * The event as it reads once its case's key has been destroyed: every {@link Personal} field
   * null. For tests of what a read model does with an erased case.
   */
  @SuppressWarnings("unchecked")
  public static <T> T withoutPersonalData(T event) {
    try {
      byte[] json = STRIPPER.writer().withAttribute(STRIP, STRIP).writeValueAsBytes(event);
      return (T) STRIPPER.readValue(json, event.getClass());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
