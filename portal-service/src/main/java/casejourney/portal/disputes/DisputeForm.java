package casejourney.portal.disputes;

import casejourney.portal.web.FormErrors;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * "Tell us what is wrong": what it is about, what is wrong, and what it should say.
 *
 * @param about the {@link Disputable#token()} of what it is about
 * @param formId one id per form shown: the dispute's id and the idempotency key, so that a double
 *     click stores one dispute, and a new form (or a refusal shown again) another
 */
public record DisputeForm(String about, String whatIsWrong, String whatItShouldSay, String formId) {

  /** case-service's longest piece of a person's own words here (TextLimits.shortText). */
  static final int SHORT_TEXT = 2_000;

  /** A fresh form, with {@code about} chosen when it is something they can see. */
  static DisputeForm fresh(String about, List<Disputable> choices) {
    return new DisputeForm(
        chosen(about, choices).map(Disputable::token).orElse(null), null, null, newId());
  }

  /** The same words with a new id, after case-service refused them: nothing was stored. */
  DisputeForm again() {
    return new DisputeForm(about, whatIsWrong, whatItShouldSay, newId());
  }

  /**
   * @param p the message keys' prefix: {@code ""} for a parent or carer, {@code "yp."} for the
   *     young person
   */
  public FormErrors validate(List<Disputable> choices, String p) {
    FormErrors errors = new FormErrors();
    if (chosen(choices).isEmpty()) {
      errors.add("about", p + "wrong.error.about");
    }
    if (whatIsWrong == null || whatIsWrong.isBlank()) {
      errors.add("whatIsWrong", p + "wrong.error.whatIsWrong");
    } else if (tooLong(whatIsWrong)) {
      errors.add("whatIsWrong", p + "wrong.error.tooLong");
    }
    if (tooLong(whatItShouldSay)) {
      errors.add("whatItShouldSay", p + "wrong.error.tooLong");
    }
    return errors;
  }

  /** What it is about, if it is among what they can see. */
  public Optional<Disputable> chosen(List<Disputable> choices) {
    return chosen(about, choices);
  }

  /**
   * The dispute's id: the form's, or a new one when there is none (a JSON call without an
   * Idempotency-Key). One case-service does not take as an id or a key is refused there, and the
   * refusal shown; the form shown again has a new one.
   */
  public String disputeId() {
    return formId == null || formId.isBlank() ? newId() : formId;
  }

  private static Optional<Disputable> chosen(String token, List<Disputable> choices) {
    return token == null
        ? Optional.empty()
        : choices.stream().filter(c -> c.token().equals(token)).findFirst();
  }

  private static boolean tooLong(String text) {
    if (text == null) {
      return false;
    }
    String s = text.strip();
    return s.codePointCount(0, s.length()) > SHORT_TEXT;
  }

  static String newId() {
    return UUID.randomUUID().toString();
  }
}
