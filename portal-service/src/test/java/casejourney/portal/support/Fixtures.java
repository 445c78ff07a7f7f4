package casejourney.portal.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The read-model documents of the two demo families, as JSON files under {@code
 * fixtures/<collection>/<_id>.json}. {@code {{MEETING_ID}}} and {@code {{MEETING_AT}}} stand for
 * the upcoming review meeting, which the browser tests schedule for real in case-service.
 */
public final class Fixtures {

  public static final String MORGAN = "c0ffee00-0000-4000-8000-000000000001";
  public static final String JONES = "c0ffee00-0000-4000-8000-000000000002";
  public static final String REVIEW_MEETING = "m-review";
  public static final String REVIEW_AT = "2030-05-01T10:00:00";

  private Fixtures() {}

  /**
   * For {@link FakeReadModels#rewrite}: the worker took more time to answer Rhian's dispute of the
   * report, so it is due on 21 July 2099 rather than late, with a reason in English only.
   */
  public static String rhianGivenMoreTime(String json) {
    return json.replace(
            "\"answerDue\":\"2026-05-21\",\"answer\":null,\"explanation\":null,"
                + "\"answeredBy\":null,\"answeredAt\":null}",
            "\"answerDue\":\"2099-07-21\",\"answer\":null,\"explanation\":null,"
                + "\"answeredBy\":null,\"answeredAt\":null,\"extension\":{\"firstAnswerDue\":"
                + "\"2099-05-21\",\"reason\":{\"en\":\"EXTENSION-REASON We need to ask the clinic"
                + " who came that day.\",\"cy\":null},\"extendedAt\":\"2099-05-01T09:00:00Z\"}}")
        .replace(
            "\"answerDue\": \"2026-05-21\"", "\"answerDue\": \"2099-07-21\", \"extended\": true");
  }

  /** collection → (_id → JSON), with the placeholders filled in. */
  public static Map<String, Map<String, String>> load(String meetingId, String meetingAt) {
    Map<String, Map<String, String>> all = new LinkedHashMap<>();
    try {
      Path root = Path.of(Fixtures.class.getResource("/fixtures").toURI());
      try (Stream<Path> files = Files.walk(root)) {
        files
            .filter(p -> p.toString().endsWith(".json"))
            .forEach(
                p -> {
                  String collection = p.getParent().getFileName().toString();
                  String id = p.getFileName().toString().replaceFirst("\\.json$", "");
                  all.computeIfAbsent(collection, c -> new LinkedHashMap<>())
                      .put(
                          id,
                          read(p)
                              .replace("{{MEETING_ID}}", meetingId)
                              .replace("{{MEETING_AT}}", meetingAt));
                });
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return all;
  }

  private static String read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
