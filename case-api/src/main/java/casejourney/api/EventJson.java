package casejourney.api;

import casejourney.api.personal.CaseKeys;
import casejourney.api.personal.PersonalData;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The events' JSON (docs/events.md, "Payload"), the one configuration the producer, the read side
 * and the contract test all use. It has its own mapper rather than a web layer's: unknown fields
 * are ignored, so events written by a newer version still read, where a command with a misspelt
 * field must be refused.
 */
public final class EventJson {

  private EventJson() {}

  /** A new mapper for the events' JSON: ISO dates, unknown fields ignored, UTC kept as written. */
  public static ObjectMapper mapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
  }

  /** Axon's serializer for the events' JSON, personal fields plain (tokens, tests). */
  public static Serializer plain() {
    return JacksonSerializer.builder().objectMapper(mapper()).build();
  }

  /**
   * Axon's serializer for the events' JSON, personal fields sealed with {@code keys} (ADR 0011).
   */
  public static Serializer sealing(CaseKeys keys) {
    return JacksonSerializer.builder().objectMapper(PersonalData.sealing(mapper(), keys)).build();
  }
}
