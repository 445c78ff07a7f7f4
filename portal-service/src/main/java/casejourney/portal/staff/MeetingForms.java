package casejourney.portal.staff;

import casejourney.api.BilingualText;
import casejourney.api.MeetingType;
import casejourney.api.StaffMember;
import casejourney.portal.directory.StaffDirectory;
import casejourney.portal.web.FormErrors;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** The worker's meeting forms and their own checks, before anything is sent. */
public final class MeetingForms {

  /** case-service's longest reason or note (TextLimits.shortText). */
  static final int SHORT_TEXT = 2_000;

  /** case-service's longest free text (TextLimits.longText). */
  static final int LONG_TEXT = 5_000;

  /** case-service's longest name, title or place (TextLimits.name). */
  static final int NAME = 200;

  /** case-service's longest id, sign-in ids included (TextLimits.id). */
  static final int ID = 100;

  private MeetingForms() {}

  /**
   * Schedule a meeting; {@code date} and {@code time} come from native date and time inputs, and
   * the chair is chosen from the staff directory by sign-in id. {@code nonWorkingDay} is the day
   * the worker ticked to hold it on although it is not a working day ({@link NonWorkingDayRule}).
   */
  public record MeetingForm(
      String type,
      String date,
      String time,
      String location,
      String chairSubject,
      String lateReason,
      String nonWorkingDay,
      String formId) {

    static MeetingForm fresh() {
      return new MeetingForm(null, null, "10:00", null, null, null, null, newFormId());
    }

    /** The chosen chair; only after {@link #validate} found no errors. */
    StaffMember chair(List<StaffMember> chairs) {
      return StaffDirectory.find(chairs, chairSubject).orElseThrow();
    }

    MeetingType meetingType() {
      return parseType(type);
    }

    LocalDateTime startsAt() {
      return dateTime(date, time);
    }

    FormErrors validate(LateRule rule, NonWorkingDayRule closed, List<StaffMember> chairs) {
      FormErrors errors = new FormErrors();
      if (meetingType() == null) {
        errors.add("type", "staff.error.type");
      }
      if (startsAt() == null) {
        errors.add("date", "staff.error.dateTime");
      }
      closed.check(errors);
      required(errors, "location", location, "staff.error.location", NAME);
      if (blank(chairSubject)) {
        errors.add("chairSubject", "staff.error.chairSubject");
      } else if (StaffDirectory.find(chairs, chairSubject).isEmpty()) {
        errors.add("chairSubject", "staff.error.chairSubject.unknown");
      }
      tooLong(errors, "lateReason", lateReason, SHORT_TEXT);
      if (rule.late() && blank(lateReason)) {
        errors.add("lateReason", "staff.error.lateReason.meeting");
      }
      return errors;
    }
  }

  /** Invite a family member (by person id) or a professional (by handle, name and role). */
  public record InviteForm(
      String who,
      String participantId,
      String name,
      String roleDescription,
      String language,
      String formId) {

    static InviteForm fresh() {
      return new InviteForm(null, null, null, null, "EN", newFormId());
    }

    public boolean professional() {
      return "professional".equals(who);
    }

    FormErrors validate() {
      FormErrors errors = new FormErrors();
      if (blank(who)) {
        errors.add("who", "staff.error.who");
      } else if (professional()) {
        required(errors, "participantId", participantId, "staff.error.participantId", ID);
        required(errors, "name", name, "staff.error.name", NAME);
        tooLong(errors, "roleDescription", roleDescription, NAME);
      }
      return errors;
    }
  }

  /** Record that a report was shared with named family members. */
  public record ReportForm(
      String title,
      String author,
      List<String> sharedWith,
      String date,
      String time,
      String lateReason,
      String formId) {

    static ReportForm fresh(LocalDateTime now) {
      return new ReportForm(
          null,
          null,
          List.of(),
          now.toLocalDate().toString(),
          now.toLocalTime().withSecond(0).withNano(0).toString(),
          null,
          newFormId());
    }

    LocalDateTime sharedAt() {
      return dateTime(date, time);
    }

    public List<String> people() {
      return sharedWith == null ? List.of() : sharedWith;
    }

    FormErrors validate(LateRule rule) {
      FormErrors errors = new FormErrors();
      required(errors, "title", title, "staff.error.reportTitle", NAME);
      required(errors, "author", author, "staff.error.author", NAME);
      if (people().isEmpty()) {
        errors.add("sharedWith", "staff.error.sharedWith");
      }
      if (sharedAt() == null) {
        errors.add("date", "staff.error.dateTime");
      }
      tooLong(errors, "lateReason", lateReason, SHORT_TEXT);
      if (rule.late() && blank(lateReason)) {
        errors.add("lateReason", "staff.error.lateReason.report");
      }
      return errors;
    }
  }

  static MeetingType parseType(String type) {
    try {
      return type == null ? null : MeetingType.valueOf(type);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static LocalDateTime dateTime(String date, String time) {
    try {
      return LocalDate.parse(date.strip()).atTime(LocalTime.parse(time.strip()));
    } catch (DateTimeParseException | NullPointerException e) {
      return null;
    }
  }

  /** An ISO date from a date input, or null when missing or not a real day. */
  static LocalDate day(String text) {
    try {
      return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }

  /** A day that has already happened (today at the latest), from a date input. */
  static void pastDay(
      FormErrors errors,
      String field,
      String value,
      LocalDate today,
      String missingKey,
      String futureKey) {
    LocalDate day = day(value);
    if (day == null) {
      errors.add(field, missingKey);
    } else if (day.isAfter(today)) {
      errors.add(field, futureKey);
    }
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** A required reason or note. */
  static void required(FormErrors errors, String field, String value, String key) {
    required(errors, field, value, key, SHORT_TEXT);
  }

  static void required(FormErrors errors, String field, String value, String key, int limit) {
    if (blank(value)) {
      errors.add(field, key);
    } else {
      tooLong(errors, field, value, limit);
    }
  }

  /**
   * A reason in English (required, {@code missing} when blank) and Welsh (optional), in the inputs
   * {@code reason} and {@code reasonCy}.
   */
  static void bilingualReason(FormErrors errors, String en, String cy, String missing) {
    required(errors, "reason", en, missing);
    tooLong(errors, "reasonCy", cy, SHORT_TEXT);
  }

  /** English and Welsh as sent to case-service: trimmed, a blank Welsh version left out. */
  static BilingualText bilingual(String en, String cy) {
    return new BilingualText(en.strip(), strip(cy));
  }

  /**
   * A text longer than case-service takes, as its own error with the limit in the message, rather
   * than a refusal after the round trip. Limits are case-service's defaults; an authority that sets
   * tighter ones gets case-service's refusal, shown against the same field.
   */
  static void tooLong(FormErrors errors, String field, String value, int limit) {
    String text = value == null ? "" : value.strip();
    if (text.codePointCount(0, text.length()) > limit) {
      errors.add(
          field,
          switch (limit) {
            case LONG_TEXT -> "error.text.tooLong";
            case NAME -> "staff.error.tooLong.name";
            case ID -> "staff.error.tooLong.id";
            default -> "staff.error.tooLong";
          });
    }
  }

  static String strip(String text) {
    return blank(text) ? null : text.strip();
  }

  static String newFormId() {
    return UUID.randomUUID().toString();
  }
}
