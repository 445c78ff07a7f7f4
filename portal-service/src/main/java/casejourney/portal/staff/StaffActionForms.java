package casejourney.portal.staff;

import static casejourney.portal.staff.MeetingForms.NAME;
import static casejourney.portal.staff.MeetingForms.SHORT_TEXT;
import static casejourney.portal.staff.MeetingForms.blank;
import static casejourney.portal.staff.MeetingForms.required;
import static casejourney.portal.staff.MeetingForms.tooLong;

import casejourney.api.BilingualText;
import casejourney.api.calendar.StatutoryClock;
import casejourney.api.calendar.WorkingDayCalendar;
import casejourney.api.views.MeetingView;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.web.FormErrors;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The worker's forms for marking an expectation met, offering an advocate, and moving or cancelling
 * a meeting, with their own checks before anything is sent.
 */
public final class StaffActionForms {

  private StaffActionForms() {}

  /** Mark an expectation of the current plan as met; the note is what shows it is done. */
  public record MetForm(String note, String formId) {

    static MetForm fresh() {
      return new MetForm(null, MeetingForms.newFormId());
    }

    FormErrors validate() {
      FormErrors errors = new FormErrors();
      tooLong(errors, "note", note, SHORT_TEXT);
      return errors;
    }
  }

  /** The independent advocacy service offered to the young person for one meeting. */
  public record AdvocateForm(String advocacyService, String formId) {

    static AdvocateForm fresh() {
      return new AdvocateForm(null, MeetingForms.newFormId());
    }

    FormErrors validate() {
      FormErrors errors = new FormErrors();
      required(errors, "advocacyService", advocacyService, "staff.error.advocacyService", NAME);
      return errors;
    }
  }

  /** The day the strategy discussion was held, as an ISO date from the date input. */
  public record StrategyForm(String heldOn, String formId) {

    static StrategyForm fresh() {
      return new StrategyForm(null, MeetingForms.newFormId());
    }

    LocalDate day() {
      return MeetingForms.day(heldOn);
    }

    FormErrors validate(LocalDate today) {
      FormErrors errors = new FormErrors();
      MeetingForms.pastDay(
          errors,
          "heldOn",
          heldOn,
          today,
          "staff.error.strategy.heldOn",
          "staff.error.strategy.future");
      return errors;
    }
  }

  /**
   * The day the full record of a held conference was sent to the family, as an ISO date from the
   * date input; today to start with.
   */
  public record RecordSentForm(String sentOn, String lateReason, String formId) {

    static RecordSentForm fresh(LocalDate today) {
      return new RecordSentForm(today.toString(), null, MeetingForms.newFormId());
    }

    LocalDate day() {
      return MeetingForms.day(sentOn);
    }

    /**
     * @param due the day a Welsh record is due by; null where no clock applies
     */
    FormErrors validate(LocalDate today, LocalDate due, StatutoryClock clock) {
      FormErrors errors = new FormErrors();
      MeetingForms.pastDay(
          errors, "sentOn", sentOn, today, "staff.error.sentOn", "staff.error.sentOn.future");
      tooLong(errors, "lateReason", lateReason, SHORT_TEXT);
      LocalDate day = day();
      if (due != null && day != null && clock.lateness(due, day).late() && blank(lateReason)) {
        errors.add("lateReason", "staff.error.lateReason.record");
      }
      return errors;
    }
  }

  /**
   * Move a meeting. The location starts as the current one; emptied, the meeting stays where it
   * was.
   */
  public record MoveForm(
      String date,
      String time,
      String location,
      String reason,
      String reasonCy,
      String lateReason,
      String reportsLateReason,
      String nonWorkingDay,
      String formId) {

    static MoveForm fresh(MeetingView meeting) {
      return new MoveForm(
          null,
          meeting.startsAt() == null ? null : meeting.startsAt().toLocalTime().toString(),
          meeting.location(),
          null,
          null,
          null,
          null,
          null,
          MeetingForms.newFormId());
    }

    /**
     * How many reports already shared for the meeting the move would make late: the new day leaves
     * the family fewer working days to read them than the rule they were shared under.
     */
    int reportsMadeLate(MeetingView meeting, WorkingDayCalendar calendar) {
      LocalDateTime startsAt = startsAt();
      if (startsAt == null || meeting.reports() == null) {
        return 0;
      }
      return (int)
          meeting.reports().stream()
              .filter(r -> !r.late() && r.sharedAt() != null)
              .filter(
                  r ->
                      calendar.workingDaysBetween(
                              r.sharedAt().toLocalDate(), startsAt.toLocalDate())
                          < r.requiredWorkingDaysBefore())
              .count();
    }

    LocalDateTime startsAt() {
      return MeetingForms.dateTime(date, time);
    }

    /**
     * @param current when the meeting starts now
     * @param now the present, in the UK: case-service refuses a time that has passed
     */
    FormErrors validate(
        LateRule rule,
        NonWorkingDayRule closed,
        LocalDateTime current,
        LocalDateTime now,
        int reportsMadeLate) {
      FormErrors errors = new FormErrors();
      LocalDateTime startsAt = startsAt();
      if (startsAt == null) {
        errors.add("date", "staff.error.dateTime");
      } else if (startsAt.equals(current)) {
        errors.add("date", "staff.error.move.same");
      } else if (startsAt.isBefore(now)) {
        errors.add("date", "staff.error.move.past");
      }
      closed.check(errors);
      tooLong(errors, "location", location, NAME);
      MeetingForms.bilingualReason(errors, reason, reasonCy, "staff.error.move.reason");
      tooLong(errors, "lateReason", lateReason, SHORT_TEXT);
      if (rule.late() && blank(lateReason)) {
        errors.add("lateReason", "staff.error.lateReason.meeting");
      }
      tooLong(errors, "reportsLateReason", reportsLateReason, SHORT_TEXT);
      if (reportsMadeLate > 0 && blank(reportsLateReason)) {
        errors.add("reportsLateReason", "staff.error.move.reportsLate");
      }
      return errors;
    }

    BilingualText bilingualReason() {
      return MeetingForms.bilingual(reason, reasonCy);
    }
  }

  /** Cancel a meeting, saying why. */
  public record CancelForm(String reason, String reasonCy, String formId) {

    static CancelForm fresh() {
      return new CancelForm(null, null, MeetingForms.newFormId());
    }

    FormErrors validate() {
      FormErrors errors = new FormErrors();
      MeetingForms.bilingualReason(errors, reason, reasonCy, "staff.error.cancel.reason");
      return errors;
    }

    BilingualText bilingualReason() {
      return MeetingForms.bilingual(reason, reasonCy);
    }
  }

  /**
   * case-service names the two parts of a bilingual reason {@code reason.en} and {@code reason.cy};
   * the forms' inputs for them are {@code reason} and {@code reasonCy}.
   */
  static CommandOutcome reasonFields(CommandOutcome outcome) {
    if (!(outcome instanceof CommandOutcome.Refused refused)) {
      return outcome;
    }
    return new CommandOutcome.Refused(
        refused.status(),
        refused.detail(),
        refused.errors().stream()
            .map(
                e ->
                    new CommandOutcome.FieldError(
                        switch (Objects.toString(e.field(), "")) {
                          case "reason", "reason.en" -> "reason";
                          case "reason.cy" -> "reasonCy";
                          default -> e.field();
                        },
                        e.message()))
            .toList());
  }
}
