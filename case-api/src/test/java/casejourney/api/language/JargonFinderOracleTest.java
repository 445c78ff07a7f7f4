package casejourney.api.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The word scanner finds exactly what the single regular expression it replaced found, over random
 * texts made of the glossary's own words, plurals, punctuation and other words.
 */
class JargonFinderOracleTest {

  private static final List<String> PHRASES =
      List.of(
          "initial child protection conference",
          "initial conference",
          "cynhadledd amddiffyn plant gychwynnol",
          "cynhadledd gychwynnol",
          "review conference",
          "cynhadledd adolygu",
          "core group",
          "grŵp craidd",
          "grwp craidd",
          "section 47",
          "s47",
          "adran 47",
          "strategy discussion",
          "trafodaeth strategaeth",
          "child protection plan",
          "cynllun amddiffyn plant",
          "plan",
          "cynllun",
          "advocate",
          "eiriolwr",
          "conference chair",
          "chair",
          "cadeirydd",
          "threshold",
          "trothwy",
          "public law outline",
          "plo",
          "category of harm",
          "category",
          "categori",
          "family group conference",
          "cynhadledd grŵp teulu",
          "assessment",
          "asesiad",
          "independent reviewing officer",
          "iro",
          "swyddog adolygu annibynnol",
          "safeguarding",
          "diogelu");

  private static final List<String> SEPARATORS =
      List.of(" ", "  ", "\n", "\t", ", ", ". ", "-", "'", "’", " (", ") ", "\u00a0", "/");

  private static final List<String> OTHER =
      List.of("the", "your", "plant", "planet", "chairlift", "47", "groups", "mae'r", "ŵ", "x1");

  @Test
  void the_scanner_agrees_with_the_regular_expression_on_random_texts() {
    Random random = new Random(20261126);
    List<String> words = new ArrayList<>(OTHER);
    PHRASES.forEach(p -> words.addAll(List.of(p.split(" "))));
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int w = 0; w < length; w++) {
        String word =
            random.nextInt(3) == 0
                ? PHRASES.get(random.nextInt(PHRASES.size()))
                : words.get(random.nextInt(words.size()));
        if (random.nextInt(4) == 0) {
          word = word.toUpperCase(Locale.ROOT);
        }
        text.append(word);
        switch (random.nextInt(8)) {
          case 0 -> text.append("s");
          case 1 -> text.append("es");
          case 2 -> text.append("'s");
          case 3 -> text.append("ed");
          default -> {}
        }
        text.append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
      }
      String sample = text.toString();
      assertThat(JargonFinder.find(sample)).as(sample).isEqualTo(Regex.find(sample));
    }
  }

  /** The implementation JargonFinder had before, kept as the reference. */
  private static final class Regex {

    private static final List<String> KEYS = new ArrayList<>();
    private static final Pattern ANY_TERM = compile();

    static List<String> find(String text) {
      Set<String> keys = new LinkedHashSet<>();
      Matcher matcher = ANY_TERM.matcher(text.toLowerCase(Locale.ROOT));
      while (matcher.find()) {
        for (int group = 1; group <= KEYS.size(); group++) {
          if (matcher.start(group) >= 0) {
            keys.add(KEYS.get(group - 1));
            break;
          }
        }
      }
      return List.copyOf(keys);
    }

    private static Pattern compile() {
      record Phrase(String key, String words) {}
      List<Phrase> phrases = new ArrayList<>();
      for (String words : PHRASES) {
        phrases.add(new Phrase(keyOf(words), words));
      }
      phrases.sort(
          Comparator.comparingInt((Phrase p) -> -p.words().length())
              .thenComparing(Phrase::key)
              .thenComparing(Phrase::words));
      StringBuilder alternatives = new StringBuilder();
      for (Phrase phrase : phrases) {
        if (alternatives.length() > 0) {
          alternatives.append('|');
        }
        alternatives
            .append('(')
            .append(Pattern.quote(phrase.words()).replace(" ", "\\E\\s+\\Q"))
            .append(')');
        KEYS.add(phrase.key());
      }
      return Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?:s|es|'s)?(?![\\p{L}\\p{N}])",
          Pattern.UNICODE_CASE);
    }

    /** The key JargonFinder gives the phrase on its own. */
    private static String keyOf(String words) {
      List<String> found = JargonFinder.find(words);
      assertThat(found).as(words).hasSize(1);
      return found.get(0);
    }
  }

  @Test
  void every_phrase_on_its_own_is_found() {
    Map<String, String> expected = Map.of("plans", "child-protection-plan", "s47", "section-47");
    expected.forEach((text, key) -> assertThat(JargonFinder.find(text)).containsExactly(key));
    PHRASES.forEach(p -> assertThat(JargonFinder.find(p)).as(p).hasSize(1));
  }
}
