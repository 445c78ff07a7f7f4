package casejourney.api.plan;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether an edit to worker-written text changes its meaning for the family. Only a
 * substantive change is a goalpost change; tidying spelling, case, punctuation or spacing is not.
 */
public final class Wording {

  private static final Pattern PUNCTUATION = Pattern.compile("\\p{P}+");
  private static final Pattern WHITESPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SHORTEST_TYPO_TOLERANT_WORD = 4;

  private Wording() {}

  /**
   * Unicode NFKC, lower case, punctuation removed, whitespace collapsed and trimmed. Null is
   * treated as empty text.
   */
  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String unpunctuated = PUNCTUATION.matcher(folded).replaceAll("");
    return WHITESPACE.matcher(unpunctuated).replaceAll(" ").strip();
  }

  /**
   * True when the texts differ after normalising, beyond single-letter typo fixes. Texts whose
   * letters match once spaces are ignored are the same too: removing punctuation can join or split
   * words ("visit—please" against "visit - please"), and that is still only punctuation.
   */
  public static boolean substantivelyDifferent(String before, String after) {
    String was = normalise(before);
    String now = normalise(after);
    if (was.replace(" ", "").equals(now.replace(" ", ""))) {
      return false;
    }
    return differentWords(words(was), words(now));
  }

  private static boolean differentWords(String[] was, String[] now) {
    if (was.length != now.length) {
      return true;
    }
    for (int i = 0; i < was.length; i++) {
      if (!was[i].equals(now[i]) && !isTypoFix(was[i], now[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * A typo fix is one edit (Damerau-Levenshtein distance 1) between two words of four or more
   * letters. Short words are excluded because one letter turns "not" into "now"; words with digits
   * are excluded because one digit turns 2025 into 2026.
   */
  static boolean isTypoFix(String a, String b) {
    return isLongWord(a) && isLongWord(b) && withinOneEdit(a, b);
  }

  static boolean withinOneEdit(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    if (Math.abs(x.length - y.length) > 1) {
      return false;
    }
    int prefix = 0;
    while (prefix < Math.min(x.length, y.length) && x[prefix] == y[prefix]) {
      prefix++;
    }
    if (x.length == y.length) {
      return prefix == x.length
          || sameFrom(x, prefix + 1, y, prefix + 1)
          || isSwap(x, y, prefix) && sameFrom(x, prefix + 2, y, prefix + 2);
    }
    return x.length > y.length
        ? sameFrom(x, prefix + 1, y, prefix)
        : sameFrom(x, prefix, y, prefix + 1);
  }

  private static boolean isSwap(int[] x, int[] y, int i) {
    return i + 1 < x.length && x[i] == y[i + 1] && x[i + 1] == y[i];
  }

  private static boolean sameFrom(int[] x, int i, int[] y, int j) {
    if (x.length - i != y.length - j) {
      return false;
    }
    for (; i < x.length; i++, j++) {
      if (x[i] != y[j]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLongWord(String word) {
    return word.codePointCount(0, word.length()) >= SHORTEST_TYPO_TOLERANT_WORD
        && word.codePoints().noneMatch(Character::isDigit);
  }

  private static String[] words(String normalised) {
    return normalised.isEmpty() ? new String[0] : normalised.split(" ");
  }
}
