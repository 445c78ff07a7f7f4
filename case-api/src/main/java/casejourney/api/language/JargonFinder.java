package casejourney.api.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the terms of art in a text, so each can be linked to its plain explanation in the {@link
 * Glossary}. Matching ignores case and accepts simple plurals ("core groups", "conferences"). A
 * longer phrase wins over a shorter one inside it: "review conference" is not also "conference".
 */
public final class JargonFinder {

  /** Phrases per glossary key, longest first within a key. English and Welsh share the keys. */
  private static final Map<String, List<String>> PHRASES =
      Map.ofEntries(
          Map.entry(
              "initial-conference",
              List.of(
                  "initial child protection conference",
                  "initial conference",
                  "cynhadledd amddiffyn plant gychwynnol",
                  "cynhadledd gychwynnol")),
          Map.entry("review-conference", List.of("review conference", "cynhadledd adolygu")),
          Map.entry("core-group", List.of("core group", "grŵp craidd", "grwp craidd")),
          Map.entry("section-47", List.of("section 47", "s47", "adran 47")),
          Map.entry(
              "strategy-discussion", List.of("strategy discussion", "trafodaeth strategaeth")),
          Map.entry(
              "child-protection-plan",
              List.of("child protection plan", "cynllun amddiffyn plant", "plan", "cynllun")),
          Map.entry("advocate", List.of("advocate", "eiriolwr")),
          Map.entry("chair", List.of("conference chair", "chair", "cadeirydd")),
          Map.entry("threshold", List.of("threshold", "trothwy")),
          Map.entry("plo", List.of("public law outline", "plo")),
          Map.entry("category-of-harm", List.of("category of harm", "category", "categori")),
          Map.entry(
              "family-group-conference",
              List.of("family group conference", "cynhadledd grŵp teulu")),
          Map.entry("core-assessment", List.of("assessment", "asesiad")),
          Map.entry(
              "independent-reviewing-officer",
              List.of("independent reviewing officer", "iro", "swyddog adolygu annibynnol")),
          Map.entry("safeguarding", List.of("safeguarding", "diogelu")));

  private static final List<String> KEYS = new ArrayList<>();

  /**
   * One pattern for every phrase, longest first, each alternative a capturing group: a single scan
   * finds the longest term at each position, and a shorter term inside it is never reported.
   */
  private static final Pattern ANY_TERM = compile();

  private JargonFinder() {}

  /** Glossary keys of the terms in {@code text}, in order of first appearance. */
  public static List<String> find(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
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
    PHRASES.forEach((key, list) -> list.forEach(words -> phrases.add(new Phrase(key, words))));
    phrases.sort(
        Comparator.comparingInt((Phrase p) -> -p.words().length())
            .thenComparing(Phrase::key)
            .thenComparing(Phrase::words));
    StringBuilder alternatives = new StringBuilder();
    for (Phrase phrase : phrases) {
      if (alternatives.length() > 0) {
        alternatives.append('|');
      }
      String words =
          Pattern.quote(phrase.words().toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q");
      alternatives.append('(').append(words).append(')');
      KEYS.add(phrase.key());
    }
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?:s|es|'s)?(?![\\p{L}\\p{N}])",
        Pattern.UNICODE_CASE);
  }
}
