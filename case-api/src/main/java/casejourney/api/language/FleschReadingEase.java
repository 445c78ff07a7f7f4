package casejourney.api.language;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch reading ease for English: 206.835 - 1.015 (words / sentences) - 84.6 (syllables / words).
 * Higher is easier; 80 and above reads like a children's book, 60 to 70 is plain English. Syllables
 * are counted with a vowel-group heuristic, good to about one syllable in ten, which is enough to
 * tell plain text from dense text. There is no agreed formula for Welsh.
 */
public final class FleschReadingEase {

  private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:['’][A-Za-z]+)*");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:]+(?=\\s|$)");
  private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

  private FleschReadingEase() {}

  /** The score of {@code english}; 100 for text with no words. */
  public static double score(String english) {
    Matcher words = WORD.matcher(english == null ? "" : english);
    int wordCount = 0;
    int syllables = 0;
    while (words.find()) {
      wordCount++;
      syllables += syllables(words.group());
    }
    if (wordCount == 0) {
      return 100;
    }
    int sentences = Math.max(1, (int) SENTENCE_END.matcher(english).results().count());
    return 206.835 - 1.015 * wordCount / sentences - 84.6 * syllables / wordCount;
  }

  /** Vowel groups, less a silent final e, at least one. */
  static int syllables(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace("’", "'");
    int apostrophe = w.indexOf('\'');
    if (apostrophe > 0) {
      w = w.substring(0, apostrophe);
    }
    if (w.length() <= 3) {
      return 1;
    }
    if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee")) {
      w = w.substring(0, w.length() - 1);
    } else if (w.endsWith("es") || w.endsWith("ed")) {
      // "moves", "shared": the ending adds no sound after most consonants.
      char before = w.charAt(w.length() - 3);
      if (before != 't' && before != 'd' && before != 's' && before != 'x' && before != 'z') {
        w = w.substring(0, w.length() - 2);
      }
    }
    int count = (int) VOWEL_GROUP.matcher(w).results().count();
    return Math.max(1, count);
  }
}
