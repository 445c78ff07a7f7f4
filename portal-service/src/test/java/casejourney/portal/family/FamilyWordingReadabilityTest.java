package casejourney.portal.family;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.language.FleschReadingEase;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The portal's own family wording reads as plainly as the timeline's (DOMAIN.md, "Language and
 * readability"): Flesch reading ease of at least 80 for what the young person reads, 60 for what a
 * parent reads. Welsh has no Flesch formula and is not scored; staff pages are not family-facing.
 *
 * <p>The formula says nothing useful about a button or a heading of a few words ("Everything"
 * scores -133), so only text of {@value #SENTENCE_WORDS} words or more is scored. A term of art in
 * brackets, there so that the glossary link has its name, is left out of the score: the plain words
 * beside it are what is being read.
 */
class FamilyWordingReadabilityTest {

  static final int SENTENCE_WORDS = 5;

  /** Keys whose words the young person reads: their own pages and the choices on them. */
  private static boolean youngPerson(String key) {
    return key.startsWith("yp.")
        || key.startsWith("choice.")
        || key.startsWith("visibility.")
        || key.startsWith("house.");
  }

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        FamilyWordingReadabilityTest.class.getResourceAsStream("/messages/" + name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /** A choice of wordings by number: {0,choice,0#none|1#one thing|1<{0} things}. */
  private static final java.util.regex.Pattern CHOICE =
      java.util.regex.Pattern.compile("\\{\\d+,choice,((?:[^{}]|\\{\\d+})*)}");

  /**
   * The words a reader sees: a choice by number read as its last (many) wording, no placeholders,
   * no bracketed term, one apostrophe not two.
   */
  static String readable(String template) {
    return CHOICE
        .matcher(template)
        .replaceAll(
            m -> {
              String options = m.group(1);
              String many = options.substring(options.lastIndexOf('|') + 1);
              return java.util.regex.Matcher.quoteReplacement(many.replaceFirst("^[^#<]*[#<]", ""));
            })
        .replaceAll("\\{\\d+[^}]*}", "")
        .replaceAll("\\([^)]*\\)", "")
        .replace("''", "'")
        .replaceAll("\\s+", " ")
        .trim();
  }

  private static List<String> tooHard(Properties bundle, boolean youngPerson, double minimum) {
    List<String> failures = new ArrayList<>();
    for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
      String text = readable(bundle.getProperty(key));
      if (youngPerson(key) != youngPerson || text.split(" ").length < SENTENCE_WORDS) {
        continue;
      }
      double score = FleschReadingEase.score(text);
      if (score < minimum) {
        failures.add(String.format(Locale.ROOT, "%s (%.0f): %s", key, score, text));
      }
    }
    return failures;
  }

  @Test
  void everythingTheYoungPersonReadsScoresEightyOrAbove() throws IOException {
    assertThat(tooHard(bundle("family.properties"), true, 80)).isEmpty();
  }

  @Test
  void everythingAParentReadsScoresSixtyOrAbove() throws IOException {
    assertThat(tooHard(bundle("family.properties"), false, 60)).isEmpty();
    // Shared by every page: navigation, quick exit, the session warning, errors.
    assertThat(tooHard(bundle("common.properties"), false, 60)).isEmpty();
  }

  @Test
  void theScoreReadsWhatIsShownNotTheTemplate() {
    assertThat(readable("{0} runs the meeting (initial conference). It''s {1}."))
        .isEqualTo("runs the meeting . It's .");
    assertThat(readable("Shared {1,choice,0#{1} days|1#1 day|1<{1} days} before."))
        .isEqualTo("Shared days before.");
    // A hard sentence fails the bar, so the bar can fail.
    assertThat(
            FleschReadingEase.score(
                "Notwithstanding procedural considerations, participation necessitates"
                    + " comprehensive documentation."))
        .isLessThan(60);
  }
}
