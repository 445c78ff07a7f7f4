package casejourney.portal.staff;

import casejourney.api.language.FleschReadingEase;
import casejourney.api.language.JargonFinder;
import java.util.List;

/**
 * How easy one piece of worker-written text is to read, and the terms of art in it, so the worker
 * can fix it before the family sees it (DOMAIN.md, "Language and readability").
 *
 * @param field the id of the input it is about
 * @param flesch Flesch reading ease, rounded; higher is easier
 * @param band {@code plain} (60 and above), {@code fair} (30 to 59) or {@code hard}
 * @param jargon glossary keys of the terms found, in order of appearance
 */
public record TextScore(String field, long flesch, String band, List<String> jargon) {

  /** The score of {@code text}, or null when there is nothing to score. */
  public static TextScore of(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    long score = Math.round(FleschReadingEase.score(text));
    String band = score >= 60 ? "plain" : score >= 30 ? "fair" : "hard";
    return new TextScore(field, score, band, JargonFinder.find(text));
  }
}
