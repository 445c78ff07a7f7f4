package casejourney.portal.family;

import casejourney.api.BilingualText;
import casejourney.api.MeetingType;
import casejourney.api.plan.ChangeKind;
import casejourney.api.plan.Expectation;
import java.time.LocalDate;

/**
 * One goalpost change as a family sees it.
 *
 * @param what what the expectation is (English) and its Welsh version if written
 * @param whatCy Welsh version of {@code what}, or null
 * @param kind the kind of change
 * @param flagged true when it makes things harder
 * @param before the old value in words, or null
 * @param after the new value in words, or null
 * @param reason the worker's reason, or null
 * @param decidedBy who published the version that made the change
 * @param version the version that made the change
 * @param betweenMeetings true when no meeting decided it (shown more prominently)
 * @param meetingType the meeting that decided it, or null
 * @param meetingDate that meeting's day, or null
 * @param beforeCy Welsh of {@code before} when it is the expectation's own words and has Welsh,
 *     else null
 * @param afterCy the same for {@code after}
 */
public record ChangeShown(
    String what,
    String whatCy,
    ChangeKind kind,
    boolean flagged,
    String before,
    String after,
    BilingualText reason,
    String decidedBy,
    int version,
    boolean betweenMeetings,
    MeetingType meetingType,
    LocalDate meetingDate,
    String beforeCy,
    String afterCy) {

  /**
   * The Welsh of {@code english} when it is one of {@code e}'s own texts in that version. Matched
   * on the words, not on the kind of change: a council task's support change may be a date, and
   * Welsh is only ever shown for the words it was written for.
   */
  static String welshOf(Expectation e, String english) {
    if (e == null || english == null || english.isBlank()) {
      return null;
    }
    if (english.equals(e.what())) {
      return e.whatCy();
    }
    if (english.equals(e.howWeKnow())) {
      return e.howWeKnowCy();
    }
    if (english.equals(e.support())) {
      return e.supportCy();
    }
    return english.equals(e.consequence()) ? e.consequenceCy() : null;
  }
}
