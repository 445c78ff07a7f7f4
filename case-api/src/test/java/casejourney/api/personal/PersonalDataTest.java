package casejourney.api.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import casejourney.api.BilingualText;
import casejourney.api.EventJson;
import casejourney.api.FamilyMember;
import casejourney.api.FamilyRole;
import casejourney.api.Language;
import casejourney.api.Nation;
import casejourney.api.StaffMember;
import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.CaseOpenedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PersonalDataTest {

  private static final String CASE = "c-1";
  private static final Path SAMPLES = Path.of("src", "test", "resources", "contract");

  private final Keys keys = new Keys();
  private final ObjectMapper plain = EventJson.mapper();
  private final ObjectMapper sealing = PersonalData.sealing(EventJson.mapper(), keys);

  private static CaseOpenedEvent opened(String caseId) {
    return new CaseOpenedEvent(
        caseId,
        Nation.WALES,
        new FamilyMember(
            "p-taylor",
            "Taylor Morgan",
            FamilyRole.YOUNG_PERSON,
            Language.EN,
            "yp",
            LocalDate.of(2012, 5, 1)),
        List.of(
            new FamilyMember(
                "p-rhian", "Rhian Morgan", FamilyRole.PARENT, Language.CY, "pb", null)),
        new StaffMember("worker", "Sam Patel"),
        Instant.parse("2026-03-02T09:00:00Z"));
  }

  @Test
  void personalFieldsAreSealedAndOpenAgainWithTheCaseKey() throws IOException {
    CaseOpenedEvent event = opened(CASE);

    String json = sealing.writeValueAsString(event);

    assertThat(json).doesNotContain("Taylor", "Rhian", "Sam Patel", "2012-05-01");
    assertThat(json).contains("\"personId\":\"p-taylor\"", "\"role\":\"PARENT\"", "WALES");
    JsonNode name = sealing.readTree(json).path("child").path("name");
    assertThat(name.path("$sealed").asText()).isEqualTo("A256GCM");
    assertThat(name.path("key").asText()).isEqualTo(CASE);
    assertThat(sealing.readValue(json, CaseOpenedEvent.class)).isEqualTo(event);
  }

  @Test
  void theSameValueSealsDifferentlyEachTime() throws IOException {
    JsonNode first = sealing.readTree(sealing.writeValueAsString(opened(CASE)));
    JsonNode second = sealing.readTree(sealing.writeValueAsString(opened(CASE)));

    assertThat(first.path("child").path("name").path("data"))
        .isNotEqualTo(second.path("child").path("name").path("data"));
  }

  @Test
  void onceTheKeyIsDestroyedThePersonalFieldsReadAsNullAndTheRestStays() throws IOException {
    CaseOpenedEvent event = opened(CASE);
    String json = sealing.writeValueAsString(event);

    keys.destroy(CASE);
    CaseOpenedEvent erased = sealing.readValue(json, CaseOpenedEvent.class);

    assertThat(erased.child().name()).isNull();
    assertThat(erased.child().dateOfBirth()).isNull();
    assertThat(erased.allocatedWorker().name()).isNull();
    assertThat(erased.child().personId()).isEqualTo("p-taylor");
    assertThat(erased.allocatedWorker().subject()).isEqualTo("worker");
    assertThat(erased).isEqualTo(PersonalData.withoutPersonalData(event));
  }

  @Test
  void aSealedValueMovedToAnotherCaseDoesNotOpen() throws IOException {
    JsonNode other = sealing.readTree(sealing.writeValueAsString(opened("c-2")));
    JsonNode mine = sealing.readTree(sealing.writeValueAsString(opened(CASE)));
    // Same key for both cases would make this pass unnoticed without the case id bound in.
    keys.copy("c-2", CASE);
    ((com.fasterxml.jackson.databind.node.ObjectNode) mine.path("child"))
        .set(
            "name",
            ((com.fasterxml.jackson.databind.node.ObjectNode) other.path("child").path("name"))
                .deepCopy()
                .put("key", CASE));

    assertThatThrownBy(() -> sealing.treeToValue(mine, CaseOpenedEvent.class))
        .hasRootCauseInstanceOf(javax.crypto.AEADBadTagException.class);
  }

  @Test
  void aCaseWithNoKeyAtAllIsAFaultNotAnErasure() throws IOException {
    String json = sealing.writeValueAsString(opened(CASE));

    keys.forget(CASE);

    assertThatThrownBy(() -> sealing.readValue(json, CaseOpenedEvent.class))
        .hasMessageContaining("no key");
  }

  @Test
  void eventsWrittenBeforeSealingReadAsTheyAre() throws IOException {
    CaseOpenedEvent event = opened(CASE);

    assertThat(sealing.readValue(plain.writeValueAsString(event), CaseOpenedEvent.class))
        .isEqualTo(event);
  }

  @Test
  void anyOtherMapperWritesPlainAndRefusesASealedValue() throws IOException {
    CaseOpenedEvent event = opened(CASE);
    assertThat(plain.writeValueAsString(event)).contains("Taylor Morgan");

    String sealed = sealing.writeValueAsString(event);

    assertThatThrownBy(() -> plain.readValue(sealed, CaseOpenedEvent.class))
        .hasMessageContaining("sealed personal data cannot be read here");
  }

  @Test
  void personalDataOutsideACaseEventIsNeverWrittenUnsealed() {
    assertThatThrownBy(() -> sealing.writeValueAsString(new BilingualText("Home is calm", null)))
        .hasMessageContaining("only be sealed inside a case event");
  }

  @Test
  void aNullStaysNull() throws IOException {
    CaseClosedEvent event =
        new CaseClosedEvent(CASE, new BilingualText("Home is calm", null), Instant.EPOCH);

    JsonNode json = sealing.readTree(sealing.writeValueAsString(event));

    assertThat(json.path("reason").path("cy").isNull()).isTrue();
    assertThat(json.path("reason").path("en").has("$sealed")).isTrue();
  }

  static Stream<Path> samples() throws IOException {
    return Files.list(SAMPLES).sorted();
  }

  /**
   * Every contract sample: no personal value survives sealing in readable form, and the event reads
   * back whole.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void noSampleLeaksAPersonalValue(Path sample) throws Exception {
    Class<?> type =
        Class.forName(
            "casejourney.api.events." + sample.getFileName().toString().replace(".json", ""));
    Object event = plain.readValue(sample.toFile(), type);
    JsonNode stripped = plain.valueToTree(PersonalData.withoutPersonalData(event));
    // A value that also stands in a field that is not personal (a date that is both a deadline
    // and the "before" of a changed deadline) is readable there anyway.
    String strippedText = stripped.toString();
    List<String> personal =
        difference(plain.valueToTree(event), stripped).stream()
            .filter(value -> !strippedText.contains(value))
            .toList();

    String sealed = sealing.writeValueAsString(event);

    for (String value : personal) {
      assertThat(sealed)
          .as("%s keeps %s readable", type.getSimpleName(), value)
          .doesNotContain(value);
    }
    assertThat(sealing.readValue(sealed.getBytes(StandardCharsets.UTF_8), type)).isEqualTo(event);
  }

  /** The text values in {@code full} that are gone (or changed) in {@code stripped}. */
  private static List<String> difference(JsonNode full, JsonNode stripped) {
    List<String> found = new ArrayList<>();
    if (full.isValueNode()) {
      if (!full.equals(stripped) && !full.isNull() && full.asText().length() > 3) {
        found.add(full.asText());
      }
    } else if (full.isArray()) {
      for (int i = 0; i < full.size(); i++) {
        found.addAll(difference(full.get(i), stripped.path(i)));
      }
    } else {
      full.fields()
          .forEachRemaining(f -> found.addAll(difference(f.getValue(), stripped.path(f.getKey()))));
    }
    return found;
  }

  /** Keys in memory, as a real store keeps them: made once, destroyed for good. */
  static final class Keys implements CaseKeys {
    private final Map<String, Optional<SecretKey>> keys = new HashMap<>();

    @Override
    public SecretKey sealingKey(String caseId) {
      return keys.computeIfAbsent(caseId, id -> Optional.of(newKey()))
          .orElseThrow(() -> new IllegalStateException("erased"));
    }

    @Override
    public Optional<SecretKey> readingKey(String caseId) {
      Optional<SecretKey> key = keys.get(caseId);
      if (key == null) {
        throw new IllegalStateException("case " + caseId + " has no key");
      }
      return key;
    }

    void destroy(String caseId) {
      keys.put(caseId, Optional.empty());
    }

    void forget(String caseId) {
      keys.remove(caseId);
    }

    void copy(String from, String to) {
      keys.put(to, keys.get(from));
    }

    private static SecretKey newKey() {
      try {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        return generator.generateKey();
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
