package casejourney.portal.web;

import casejourney.api.views.TimelineEntry.Quoted;
import org.springframework.stereotype.Component;

/**
 * The messages that introduce a quotation: what the words are and who wrote them. Labels and
 * writers come from the projections ({@link Quoted#LABELS}, {@link Quoted#WRITERS}); one the portal
 * does not know is introduced generally ("In their words, from someone else") rather than shown as
 * a missing message or put in anyone's mouth. Templates reach it as {@code @quotations}.
 */
@Component("quotations")
public class Quotations {

  /** {@code quote.label.reason} for {@code reason:e-course}. */
  public String labelKey(Quoted q) {
    String kind = Quoted.kindOf(q.label());
    return "quote.label." + (Quoted.LABELS.contains(kind) ? kind : "text");
  }

  /**
   * As {@link #labelKey}, for the family member reading their own timeline. What they said is wrong
   * in the record reaches no one else in the family, so those words are always the reader's own:
   * "What you told us is wrong", not "What is wrong, from a parent".
   */
  public String familyLabelKey(Quoted q) {
    String kind = Quoted.kindOf(q.label());
    return OWN_WORDS.contains(kind) ? "quote.label.own." + kind : labelKey(q);
  }

  private static final java.util.Set<String> OWN_WORDS =
      java.util.Set.of("whatIsWrong", "whatItShouldSay");

  /** {@code quote.by.WORKER}: "your social worker", as a family member reads it. */
  public String byKey(Quoted q) {
    return "quote.by." + writer(q);
  }

  /** {@code staff.quote.by.WORKER}: "the social worker", as staff read it. */
  public String staffByKey(Quoted q) {
    return "staff.quote.by." + writer(q);
  }

  private static String writer(Quoted q) {
    return Quoted.WRITERS.contains(q.by()) ? q.by() : "OTHER";
  }
}
