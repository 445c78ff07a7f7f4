package casejourney.portal.staff;

import casejourney.api.WelshText;
import casejourney.api.views.WorkerDashboardView.MissingTranslation;
import casejourney.portal.staff.WelshTexts.Target;
import casejourney.portal.web.FormErrors;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The form of the Welsh text page: the ids of the text (as {@link WelshTexts.Target}), the English
 * it was written from, and its Welsh.
 */
public record WelshTextForm(
    String kind,
    String ref,
    String personId,
    String reportId,
    String english,
    String welsh,
    String formId) {

  private static final Set<WelshText> LONG_KINDS =
      EnumSet.of(
          WelshText.PLAN_EXPECTATION,
          WelshText.PLAN_HOW_WE_KNOW,
          WelshText.PLAN_SUPPORT,
          WelshText.PLAN_CONSEQUENCE);

  static WelshTextForm forTask(Target target, MissingTranslation task) {
    return new WelshTextForm(
        target.kind().name(),
        target.ref(),
        target.personId(),
        target.reportId(),
        task.english(),
        null,
        MeetingForms.newFormId());
  }

  WelshTextForm withEnglish(String newEnglish) {
    return new WelshTextForm(kind, ref, personId, reportId, newEnglish, welsh, formId);
  }

  /**
   * The Welsh may be as long as case-service lets the English it translates be: an expectation's
   * own texts are long text, a reason for a change is short like every other reason.
   */
  FormErrors validate() {
    FormErrors errors = new FormErrors();
    MeetingForms.required(
        errors,
        "welsh",
        welsh,
        "staff.error.welshText.welsh",
        LONG_KINDS.stream().anyMatch(k -> k.name().equals(kind))
            ? MeetingForms.LONG_TEXT
            : MeetingForms.SHORT_TEXT);
    return errors;
  }

  Map<String, Object> command() {
    // Nulls kept: the command names every id, as the contract's JSON does.
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", kind);
    body.put("ref", ref);
    body.put("personId", blankToNull(personId));
    body.put("reportId", blankToNull(reportId));
    body.put("english", english);
    body.put("welsh", MeetingForms.strip(welsh));
    return body;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
