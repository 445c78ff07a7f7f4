package casejourney.caseservice.domain;

/**
 * The longest texts and lists a command may carry. Generous for what people write, small enough
 * that one command cannot bloat a case's event stream, which is kept for decades.
 *
 * @param name names, titles, locations
 * @param shortText reasons, notes and other short texts
 * @param longText the young person's words and plan texts
 * @param listItems items in any list
 * @param id ids of any kind
 */
public record TextLimits(int name, int shortText, int longText, int listItems, int id) {

  public static TextLimits defaults() {
    return new TextLimits(200, 2_000, 5_000, 100, 100);
  }
}
