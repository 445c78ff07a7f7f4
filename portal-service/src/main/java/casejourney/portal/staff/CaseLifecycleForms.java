package casejourney.portal.staff;

import static casejourney.portal.staff.MeetingForms.blank;
import static casejourney.portal.staff.MeetingForms.required;

import casejourney.api.BilingualText;
import casejourney.api.StaffMember;
import casejourney.api.Visibility;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.directory.StaffDirectory;
import casejourney.portal.web.FormErrors;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The forms that close a case, hand it to another social worker, and let a chair change who may see
 * a young person's views, with the checks case-service makes so that the person hears of a mistake
 * before anything is sent.
 */
public final class CaseLifecycleForms {

  private CaseLifecycleForms() {}

  /** Close the case, saying why: English required, Welsh optional. */
  public record CloseForm(String reason, String reasonCy, String formId) {

    static CloseForm fresh() {
      return new CloseForm(null, null, MeetingForms.newFormId());
    }

    FormErrors validate() {
      FormErrors errors = new FormErrors();
      MeetingForms.bilingualReason(errors, reason, reasonCy, "staff.error.close.reason");
      return errors;
    }

    BilingualText bilingualReason() {
      return MeetingForms.bilingual(reason, reasonCy);
    }
  }

  /**
   * The social worker taking the case on, chosen from the staff directory by sign-in id; the name
   * families see comes from the directory, as the identity provider gave it.
   */
  public record HandOnForm(String newWorkerSubject, String formId) {

    static HandOnForm fresh() {
      return new HandOnForm(null, MeetingForms.newFormId());
    }

    /**
     * @param current the sign-in id of the worker handing the case on: case-service refuses to hand
     *     a case to the worker who already holds it
     * @param workers the social workers who may take it
     */
    FormErrors validate(String current, List<StaffMember> workers) {
      FormErrors errors = new FormErrors();
      if (blank(newWorkerSubject)) {
        errors.add("newWorkerSubject", "staff.error.newWorkerSubject");
      } else if (newWorkerSubject.strip().equals(current)) {
        errors.add("newWorkerSubject", "staff.error.newWorkerSubject.self");
      } else if (StaffDirectory.find(workers, newWorkerSubject).isEmpty()) {
        errors.add("newWorkerSubject", "staff.error.newWorkerSubject.unknown");
      }
      return errors;
    }

    /** The chosen worker; only after {@link #validate} found no errors. */
    StaffMember newWorker(List<StaffMember> workers) {
      return StaffDirectory.find(workers, newWorkerSubject).orElseThrow();
    }
  }

  /**
   * Who may see one contribution from now on, and the safeguarding reason the young person hears.
   */
  public record VisibilityForm(String visibility, String safeguardingReason, String formId) {

    static VisibilityForm fresh() {
      return new VisibilityForm(null, null, MeetingForms.newFormId());
    }

    Visibility chosen() {
      try {
        return visibility == null ? null : Visibility.valueOf(visibility);
      } catch (IllegalArgumentException notOne) {
        return null;
      }
    }

    /**
     * @param current who may see the contribution now: case-service refuses the same again
     */
    FormErrors validate(Visibility current) {
      FormErrors errors = new FormErrors();
      if (chosen() == null) {
        errors.add("visibility", "staff.error.visibility");
      } else if (chosen() == current) {
        errors.add("visibility", "staff.error.visibility.same");
      }
      required(errors, "safeguardingReason", safeguardingReason, "staff.error.safeguardingReason");
      return errors;
    }
  }

  /**
   * case-service's names for a refusal's fields, renamed to this page's inputs; any it does not
   * list keep their name and so go against the form's default field.
   */
  static CommandOutcome renamed(CommandOutcome outcome, Map<String, String> inputs) {
    if (!(outcome instanceof CommandOutcome.Refused refused)) {
      return outcome;
    }
    return new CommandOutcome.Refused(
        refused.status(),
        refused.detail(),
        refused.errors().stream()
            .map(
                e -> {
                  String field = Objects.toString(e.field(), "");
                  return new CommandOutcome.FieldError(
                      inputs.getOrDefault(field, field), e.message());
                })
            .toList());
  }

  /** The hand-on form's inputs for case-service's {@code newWorker} fields. */
  static final Map<String, String> HAND_ON_FIELDS =
      Map.of(
          "newWorker", "newWorkerSubject",
          "newWorker.subject", "newWorkerSubject",
          "newWorker.name", "newWorkerSubject");
}
