package casejourney.portal.staff;

import casejourney.api.BilingualText;
import casejourney.api.ConferenceDecision;
import casejourney.api.ExclusionScope;
import casejourney.api.ProtectionCategory;
import casejourney.portal.web.FormErrors;
import java.time.LocalDate;

/** The chair's forms and their own checks, before anything is sent. */
public final class ChairForms {

  private ChairForms() {}

  /** What the meeting decided, with the family's view and any dissent. */
  public record OutcomeForm(
      String heldOn,
      String decision,
      String category,
      String nextReviewDate,
      String reasons,
      String reasonsCy,
      String strengths,
      String risks,
      String familyView,
      String dissent,
      String lateReason,
      String formId) {

    static OutcomeForm blank(LocalDate heldOn) {
      return new OutcomeForm(
          heldOn.toString(),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          MeetingForms.newFormId());
    }

    ConferenceDecision conferenceDecision() {
      try {
        return decision == null ? null : ConferenceDecision.valueOf(decision);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    ProtectionCategory protectionCategory() {
      try {
        return category == null || category.isBlank() ? null : ProtectionCategory.valueOf(category);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    LocalDate held() {
      return MeetingForms.day(heldOn);
    }

    LocalDate nextReview() {
      return MeetingForms.day(nextReviewDate);
    }

    /**
     * @param conference false for a core group meeting, which makes no conference decision and sets
     *     no category: case-service refuses both, so the form neither asks for nor sends them
     */
    FormErrors validate(boolean conference, LateRule held) {
      FormErrors errors = new FormErrors();
      if (held() == null) {
        errors.add("heldOn", "staff.error.heldOn");
      }
      MeetingForms.tooLong(errors, "lateReason", lateReason, MeetingForms.SHORT_TEXT);
      if (held.late() && MeetingForms.blank(lateReason)) {
        errors.add("lateReason", "staff.error.lateReason.held");
      }
      if (!conference) {
        if (MeetingForms.blank(reasons)) {
          errors.add("reasons", "staff.error.reasons");
        }
        tooLong(errors);
        return errors;
      }
      if (conferenceDecision() == null) {
        errors.add("decision", "staff.error.decision");
      }
      boolean plan =
          conferenceDecision() == ConferenceDecision.PLAN_NEEDED
              || conferenceDecision() == ConferenceDecision.PLAN_CONTINUES;
      if (plan && protectionCategory() == null) {
        errors.add("category", "staff.error.category");
      }
      if (plan && nextReview() == null) {
        errors.add("nextReviewDate", "staff.error.nextReviewDate");
      }
      if (MeetingForms.blank(reasons)) {
        errors.add("reasons", "staff.error.reasons");
      }
      tooLong(errors);
      return errors;
    }

    private void tooLong(FormErrors errors) {
      for (String[] f :
          new String[][] {
            {"reasons", reasons}, {"reasonsCy", reasonsCy}, {"strengths", strengths},
            {"risks", risks}, {"familyView", familyView}, {"dissent", dissent}
          }) {
        MeetingForms.tooLong(errors, f[0], f[1], MeetingForms.LONG_TEXT);
      }
    }
  }

  /** The chair's response to the young person's views. */
  public record ViewsResponseForm(String response, String responseCy, String formId) {

    static ViewsResponseForm blank() {
      return new ViewsResponseForm(null, null, MeetingForms.newFormId());
    }

    FormErrors validate() {
      FormErrors errors = new FormErrors();
      if (MeetingForms.blank(response)) {
        errors.add("response", "staff.error.response");
      }
      MeetingForms.tooLong(errors, "response", response, MeetingForms.LONG_TEXT);
      MeetingForms.tooLong(errors, "responseCy", responseCy, MeetingForms.LONG_TEXT);
      return errors;
    }
  }

  /**
   * Leaving an invited parent or carer out of all or part of a meeting. The reason is told to them,
   * so it is written for them.
   */
  public record ExclusionForm(
      String personId, String scope, String reason, String reasonCy, String formId) {

    static ExclusionForm blank() {
      return new ExclusionForm(null, null, null, null, MeetingForms.newFormId());
    }

    ExclusionScope exclusionScope() {
      try {
        return scope == null ? null : ExclusionScope.valueOf(scope);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    /**
     * @param people the person ids that can be chosen: the parents and carers invited
     */
    FormErrors validate(java.util.Collection<String> people) {
      FormErrors errors = new FormErrors();
      if (personId == null || !people.contains(personId)) {
        errors.add("personId", "staff.error.exclusion.person");
      }
      if (exclusionScope() == null) {
        errors.add("scope", "staff.error.exclusion.scope");
      }
      MeetingForms.bilingualReason(errors, reason, reasonCy, "staff.error.exclusion.reason");
      return errors;
    }

    BilingualText bilingualReason() {
      return MeetingForms.bilingual(reason, reasonCy);
    }
  }
}
