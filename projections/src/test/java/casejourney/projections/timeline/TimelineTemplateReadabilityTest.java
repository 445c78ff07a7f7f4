package casejourney.projections.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.language.FleschReadingEase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TimelineTemplateReadabilityTest {

  private static final Properties EN = TimelineText.bundle("en");
  private static final Properties CY = TimelineText.bundle("cy");

  private static String withoutPlaceholders(String template) {
    return template.replaceAll("\\{\\d+}", "").replaceAll("\\s+", " ").trim();
  }

  private static List<String> failures(String prefix, double minimum) {
    List<String> failures = new ArrayList<>();
    for (String key : new TreeSet<>(EN.stringPropertyNames())) {
      if (key.startsWith(prefix)) {
        String text = withoutPlaceholders(EN.getProperty(key));
        double score = FleschReadingEase.score(text);
        if (score < minimum) {
          failures.add(String.format(Locale.ROOT, "%s (%.0f): %s", key, score, text));
        }
      }
    }
    return failures;
  }

  @Test
  void everyYoungPersonTemplateReadsAtFleschEightyOrAbove() {
    assertThat(failures("yp.", 80)).isEmpty();
  }

  @Test
  void everyParentTemplateReadsAtFleschSixtyOrAbove() {
    assertThat(failures("parent.", 60)).isEmpty();
  }

  @Test
  void everyTemplateExistsInEnglishAndWelsh() {
    assertThat(new TreeSet<>(CY.stringPropertyNames()))
        .isEqualTo(new TreeSet<>(EN.stringPropertyNames()));
    for (String key : CY.stringPropertyNames()) {
      assertThat(CY.getProperty(key)).as(key).isNotBlank();
    }
  }

  @Test
  void noFamilyTitleSaysChildProtection() {
    for (Properties bundle : List.of(EN, CY)) {
      for (String key : bundle.stringPropertyNames()) {
        if (key.endsWith(".title")) {
          assertThat(bundle.getProperty(key).toLowerCase(Locale.ROOT))
              .as(key)
              .doesNotContain("child protection", "amddiffyn plant");
        }
      }
    }
  }

  @Test
  void templatesUseTypographicApostrophesSoMessageFormatKeepsThem() {
    for (Properties bundle : List.of(EN, CY)) {
      for (String key : bundle.stringPropertyNames()) {
        assertThat(bundle.getProperty(key)).as(key).doesNotContain("'");
      }
    }
  }
}
