package casejourney.projections.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.views.TimelineEntry;
import casejourney.api.views.TimelineView;
import casejourney.projections.support.DemoJourney;
import casejourney.projections.support.Feed;
import casejourney.projections.support.InMemoryViewStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo family's timelines, as each person reads them, in English and Welsh, compared with the
 * reviewed text in {@code src/test/resources/golden/timelines}. After an intended wording change,
 * regenerate with {@code -Dgolden.update=true}, read the diff, and commit it.
 */
class TimelineGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/timelines");
  private static final String CASE = "case-demo";

  static Stream<Arguments> timelines() {
    InMemoryViewStore store = new InMemoryViewStore();
    Feed.all(new TimelineProjection(store), DemoJourney.messages(CASE));
    return store.all(TimelineView.COLLECTION).keySet().stream()
        .flatMap(
            id ->
                Stream.of("en", "cy")
                    .map(
                        lang ->
                            Arguments.of(
                                id.substring(CASE.length() + 1),
                                lang,
                                render(
                                    store.get(TimelineView.COLLECTION, id, TimelineView.class),
                                    lang))));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("timelines")
  void theDemoFamilysTimelineReadsAsReviewed(String who, String lang, String actual)
      throws IOException {
    Path file = GOLDEN.resolve(who + "." + lang + ".txt");
    if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  static String render(TimelineView timeline, String lang) {
    StringBuilder out = new StringBuilder();
    out.append("# ")
        .append(timeline.audience())
        .append(' ')
        .append(timeline.id())
        .append(" (")
        .append(lang)
        .append(")\n");
    for (TimelineEntry e : timeline.entries()) {
      out.append('\n')
          .append(e.at())
          .append("  ")
          .append(e.kind())
          .append("  ")
          .append(e.category())
          .append(e.flagged() ? "  FLAGGED" : "")
          .append('\n')
          .append("  ")
          .append(e.title().get(lang))
          .append('\n')
          .append("  ")
          .append(e.body().get(lang))
          .append('\n');
      e.quotes().stream()
          .filter(
              q ->
                  q.lang().equals(lang)
                      || e.quotes().stream()
                          .noneMatch(o -> o.label().equals(q.label()) && o.lang().equals(lang)))
          .forEach(
              q ->
                  out.append("  > ")
                      .append(q.by())
                      .append(' ')
                      .append(q.label())
                      .append(" [")
                      .append(q.lang())
                      .append("]: ")
                      .append(q.text())
                      .append('\n'));
      if (!e.glossaryKeys().isEmpty()) {
        out.append("  glossary: ").append(String.join(", ", e.glossaryKeys())).append('\n');
      }
      out.append("  links: ").append(e.links()).append('\n');
    }
    return out.toString();
  }
}
