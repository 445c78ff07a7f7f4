package casejourney.portal.family;

import casejourney.portal.web.FormErrors;

/**
 * The "acknowledge or respond" form.
 *
 * @param answer {@code read} or {@code disagree}
 * @param response the reason for disagreeing
 * @param version the plan version the person read and is answering; an answer is never recorded
 *     against a version they were not shown
 * @param formId one id per form shown, sent as the idempotency key
 */
public record PlanResponseForm(String answer, String response, String version, String formId) {

  static final int LONG_TEXT = 5_000;

  public FormErrors validate() {
    FormErrors errors = new FormErrors();
    if (versionNumber() == null) {
      errors.add("version", "error.plan.version.missing");
    }
    if (!"read".equals(answer) && !"disagree".equals(answer)) {
      errors.add("answer", "error.plan.answer.missing");
    } else if ("disagree".equals(answer)) {
      if (response == null || response.isBlank()) {
        errors.add("response", "error.plan.response.missing");
      } else if (response.codePointCount(0, response.length()) > LONG_TEXT) {
        errors.add("response", "error.text.tooLong");
      }
    }
    return errors;
  }

  /** The version answered, or null when missing or not a version number. */
  public Integer versionNumber() {
    return version != null && version.matches("[1-9]\\d{0,5}") ? Integer.valueOf(version) : null;
  }
}
