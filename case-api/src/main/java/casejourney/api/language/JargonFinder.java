package casejourney.api.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

  /** Every phrase as words, by its first word, in the order they are tried: longest first. */
  private static final Map<String, List<Phrase>> BY_FIRST_WORD = index();

  private record Phrase(String key, String text, String[] words) {}

  private JargonFinder() {}

  /**
   * Glossary keys of the terms in {@code text}, in order of first appearance.
   *
   * <p>The text is cut into words (runs of letters and digits) and, at each word, the longest
   * phrase starting there wins and its words are skipped, so a shorter term inside it is never
   * reported. Words of a phrase must be separated by white space only; its last word may carry a
   * plural "s" or "es". This is what one regular expression of all the phrases did, at a fraction
   * of the cost: it ran for every timeline entry written.
   */
  public static List<String> find(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    List<int[]> words = words(lower);
    Set<String> keys = new LinkedHashSet<>();
    int i = 0;
    while (i < words.size()) {
      // The word as it is, then without a plural ending: a one-word term can start with its
      // plural ("plans"); the words of a longer term before its last cannot.
      int[] word = words.get(i);
      int length = word[1] - word[0];
      int matched = longestAt(lower, words, i, word[1], keys);
      if (matched == 0 && length > 1 && lower.charAt(word[1] - 1) == 's') {
        matched = longestAt(lower, words, i, word[1] - 1, keys);
      }
      if (matched == 0 && length > 2 && lower.startsWith("es", word[1] - 2)) {
        matched = longestAt(lower, words, i, word[1] - 2, keys);
      }
      i += Math.max(1, matched);
    }
    return List.copyOf(keys);
  }

  private static boolean matches(String text, List<int[]> words, int at, String[] phrase) {
    if (at + phrase.length > words.size()) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      int[] word = words.get(at + k);
      if (k > 0 && !whiteSpaceBetween(text, words.get(at + k - 1)[1], word[0])) {
        return false;
      }
      boolean last = k == phrase.length - 1;
      if (!sameWord(text, word, phrase[k], last)) {
        return false;
      }
    }
    return true;
  }

  /** The word is {@code expected}, or with {@code plural} allowed, {@code expected} + s or es. */
  private static boolean sameWord(String text, int[] word, String expected, boolean plural) {
    int length = word[1] - word[0];
    int extra = length - expected.length();
    if (extra < 0 || extra > 2 || (extra > 0 && !plural)) {
      return false;
    }
    if (!text.startsWith(expected, word[0])) {
      return false;
    }
    return switch (extra) {
      case 0 -> true;
      case 1 -> text.charAt(word[1] - 1) == 's';
      default -> text.startsWith("es", word[1] - 2);
    };
  }

  /**
   * The longest phrase whose first word is the text from word {@code at} to {@code firstEnd} and
   * which matches there; its key is added and its length in words returned, or 0.
   */
  private static int longestAt(
      String text, List<int[]> words, int at, int firstEnd, Set<String> keys) {
    String first = text.substring(words.get(at)[0], firstEnd);
    for (Phrase phrase : BY_FIRST_WORD.getOrDefault(first, List.of())) {
      if (matches(text, words, at, phrase.words())) {
        keys.add(phrase.key());
        return phrase.words().length;
      }
    }
    return 0;
  }

  private static boolean whiteSpaceBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Start and end of every run of letters and digits. */
  private static List<int[]> words(String text) {
    List<int[]> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (isWordCharacter(cp)) {
        int start = i;
        while (i < text.length() && isWordCharacter(cp = text.codePointAt(i))) {
          i += Character.charCount(cp);
        }
        words.add(new int[] {start, i});
      } else {
        i += Character.charCount(cp);
      }
    }
    return words;
  }

  private static boolean isWordCharacter(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static Map<String, List<Phrase>> index() {
    List<Phrase> phrases = new ArrayList<>();
    PHRASES.forEach(
        (key, list) ->
            list.forEach(
                words -> {
                  String lower = words.toLowerCase(Locale.ROOT);
                  phrases.add(new Phrase(key, lower, lower.split(" ")));
                }));
    phrases.sort(
        Comparator.comparingInt((Phrase p) -> -p.text().length())
            .thenComparing(Phrase::key)
            .thenComparing(Phrase::text));
    Map<String, List<Phrase>> index = new HashMap<>();
    for (Phrase phrase : phrases) {
      index.computeIfAbsent(phrase.words()[0], w -> new ArrayList<>()).add(phrase);
    }
    index.replaceAll((word, list) -> List.copyOf(list));
    return Map.copyOf(index);
  }
}
