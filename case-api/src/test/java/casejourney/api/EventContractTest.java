package casejourney.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The events on Kafka are a published contract (docs/events.md). Each event has a sample payload in
 * {@code src/test/resources/contract/<EventSimpleName>.json}; this test proves that the sample is
 * exactly what the producer writes, so consumers can build and test against it. Event classes are
 * found by listing the package directory, so a new event without a sample or documentation fails
 * here.
 */
class EventContractTest {

  private static final String EVENTS_PACKAGE = "casejourney.api.events";
  /*
   * Read from the source tree, not the classpath: a deleted sample stays in target/test-classes
   * until a clean build, which would hide it. Surefire runs in the module directory.
   */
  private static final Path SAMPLES = Path.of("src", "test", "resources", "contract");
  private static final String CE_TYPE_PREFIX = "org.casejourney.case.";

  /**
   * The producer's own configuration ({@link EventJson}; docs/events.md, "Payload"). Nulls are
   * written, so every field is in every payload.
   */
  private static final ObjectMapper MAPPER = EventJson.mapper();

  static List<Class<?>> eventClasses() throws IOException, URISyntaxException {
    URL url =
        EventContractTest.class.getClassLoader().getResource(EVENTS_PACKAGE.replace('.', '/'));
    assertThat(url).as("package %s on the classpath", EVENTS_PACKAGE).isNotNull();
    assertThat(url.getProtocol())
        .as("the events package is read from a directory (target/classes), not a jar")
        .isEqualTo("file");
    try (Stream<Path> files = Files.list(Paths.get(url.toURI()))) {
      List<Class<?>> classes =
          files
              .map(path -> path.getFileName().toString())
              .filter(name -> name.endsWith(".class") && !name.contains("$"))
              .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length())))
              // CaseEvent, the interface every event implements, is not an event itself.
              .filter(type -> !type.isInterface())
              .sorted(Comparator.comparing(Class::getSimpleName))
              .toList();
      assertThat(classes).as("event classes found in %s", EVENTS_PACKAGE).isNotEmpty();
      return classes;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("eventClasses")
  void sampleIsExactlyWhatTheProducerPublishes(Class<?> eventClass) throws IOException {
    JsonNode sample = sample(eventClass);

    Object event = MAPPER.treeToValue(sample, eventClass);
    JsonNode published = MAPPER.readTree(MAPPER.writeValueAsBytes(event));

    assertThat(published).as("%s re-serialised", eventClass.getSimpleName()).isEqualTo(sample);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("eventClasses")
  void sampleShowsEveryFieldEvenWhenNull(Class<?> eventClass) throws IOException {
    JsonNode sample = sample(eventClass);

    assertThat(eventClass.isRecord()).as("%s is a record", eventClass.getSimpleName()).isTrue();
    for (var component : eventClass.getRecordComponents()) {
      assertThat(sample.has(component.getName()))
          .as("%s sample has field %s", eventClass.getSimpleName(), component.getName())
          .isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("eventClasses")
  void everyEventHasARevisionAndStartsWithItsCaseId(Class<?> eventClass) {
    Revision revision = eventClass.getAnnotation(Revision.class);
    assertThat(revision).as("%s has @Revision", eventClass.getSimpleName()).isNotNull();
    assertThat(revision.value()).as("revision of %s", eventClass.getSimpleName()).isNotBlank();

    var components = eventClass.getRecordComponents();
    assertThat(components).as("%s has fields", eventClass.getSimpleName()).isNotEmpty();
    assertThat(components[0].getName())
        .as("first field of %s (the Kafka record key)", eventClass.getSimpleName())
        .isEqualTo("caseId");
    assertThat(components[0].getType()).isEqualTo(String.class);
  }

  @Test
  void everySampleBelongsToAnEvent() throws IOException, URISyntaxException {
    List<String> expected =
        eventClasses().stream().map(type -> type.getSimpleName() + ".json").toList();
    try (Stream<Path> files = Files.list(SAMPLES)) {
      List<String> samples = files.map(path -> path.getFileName().toString()).toList();
      assertThat(samples).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void catalogueDocumentsEveryEventItsCloudEventTypeFieldsAndSample()
      throws IOException, URISyntaxException {
    // The catalogue is in the repository's docs/, one level above the module directory.
    Path catalogue = Path.of("..", "docs", "events.md");
    assertThat(catalogue).as("the event catalogue").exists();
    String text = Files.readString(catalogue, StandardCharsets.UTF_8);

    for (Class<?> eventClass : eventClasses()) {
      String name = eventClass.getSimpleName();
      String ceType =
          CE_TYPE_PREFIX + name + ".v" + eventClass.getAnnotation(Revision.class).value();
      assertThat(text)
          .as("docs/events.md has a section for %s", name)
          .contains("\n## " + name + "\n");
      String section = section(text, name);
      assertThat(section).as("docs/events.md gives the ce_type of %s", name).contains(ceType);
      assertThat(jsonBlock(section, name))
          .as("the JSON sample in docs/events.md for %s matches the contract sample", name)
          .isEqualTo(sample(eventClass));
      for (var component : eventClass.getRecordComponents()) {
        assertThat(section)
            .as("docs/events.md describes %s.%s", name, component.getName())
            .contains("`" + component.getName() + "`");
      }
    }
  }

  /** The text from the event's level-2 heading up to the next level-2 heading. */
  private static String section(String text, String eventName) {
    int start = text.indexOf("\n## " + eventName + "\n");
    int end = text.indexOf("\n## ", start + 1);
    return end < 0 ? text.substring(start) : text.substring(start, end);
  }

  /** The section's last fenced JSON block: the sample, after the field tables. */
  private static JsonNode jsonBlock(String section, String eventName) throws IOException {
    String fence = "```json\n";
    int start = section.lastIndexOf(fence);
    assertThat(start).as("docs/events.md has a JSON sample for %s", eventName).isNotNegative();
    int end = section.indexOf("```", start + fence.length());
    return MAPPER.readTree(section.substring(start + fence.length(), end));
  }

  private static JsonNode sample(Class<?> eventClass) throws IOException {
    Path sample = SAMPLES.resolve(eventClass.getSimpleName() + ".json");
    assertThat(sample).as("sample for %s", eventClass.getSimpleName()).exists();
    return MAPPER.readTree(sample.toFile());
  }

  private static Class<?> load(String simpleName) {
    try {
      return Class.forName(EVENTS_PACKAGE + "." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
