package casejourney.portal.youngperson;

import casejourney.api.ContributionForm;
import casejourney.api.Visibility;
import casejourney.portal.web.FormErrors;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * "Tell us what you think": their own words, or the three houses, and who may see it.
 *
 * @param form {@code WORDS} or {@code THREE_HOUSES}
 * @param visibility {@code EVERYONE_AT_MEETING} or {@code CHAIR_AND_WORKER}
 * @param formId one id per form shown, sent as the idempotency key
 */
public record ViewsForm(
    String form,
    String words,
    String worries,
    String goodThings,
    String wishes,
    String visibility,
    String formId) {

  static final int LONG_TEXT = 5_000;

  public FormErrors validate() {
    FormErrors errors = new FormErrors();
    if (!"WORDS".equals(form) && !"THREE_HOUSES".equals(form)) {
      errors.add("form", "error.views.form.missing");
    } else if ("WORDS".equals(form) && blank(words)) {
      errors.add("words", "error.views.words.missing");
    } else if ("THREE_HOUSES".equals(form)
        && blank(worries)
        && blank(goodThings)
        && blank(wishes)) {
      errors.add("worries", "error.views.houses.missing");
    }
    for (Map.Entry<String, String> text : texts().entrySet()) {
      if (text.getValue() != null
          && text.getValue().codePointCount(0, text.getValue().length()) > LONG_TEXT) {
        errors.add(text.getKey(), "error.text.tooLong");
      }
    }
    if (!"EVERYONE_AT_MEETING".equals(visibility) && !"CHAIR_AND_WORKER".equals(visibility)) {
      errors.add("visibility", "error.views.visibility.missing");
    }
    return errors;
  }

  /** The command body; only the chosen form's fields are sent. */
  Map<String, Object> body(String meetingId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("meetingId", meetingId);
    body.put("form", ContributionForm.valueOf(form).name());
    if ("WORDS".equals(form)) {
      body.put("words", words.strip());
    } else {
      body.put("worries", stripped(worries));
      body.put("goodThings", stripped(goodThings));
      body.put("wishes", stripped(wishes));
    }
    body.put("visibility", Visibility.valueOf(visibility).name());
    return body;
  }

  private Map<String, String> texts() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("words", words);
    texts.put("worries", worries);
    texts.put("goodThings", goodThings);
    texts.put("wishes", wishes);
    return texts;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String stripped(String s) {
    return blank(s) ? null : s.strip();
  }
}
