package casejourney.portal.disputes;

import casejourney.api.DisputedItem;
import casejourney.api.MeetingType;
import casejourney.api.views.MeetingView;
import java.time.LocalDate;

/**
 * Something in the record a family member can say is wrong, as they see it (docs/adr/0015): a
 * report shared with them, what a held meeting decided, a plan version, or something else.
 *
 * @param meetingId for a report or a meeting's outcome, else null
 * @param reportId for a report, else null
 * @param planVersion for a plan version, else null
 * @param title the report's title, else null
 * @param meetingType the meeting of a report or outcome, else null
 * @param day the meeting's day, or the day the plan version was published; null for something else
 */
public record Disputable(
    DisputedItem item,
    String meetingId,
    String reportId,
    Integer planVersion,
    String title,
    MeetingType meetingType,
    LocalDate day) {

  static Disputable report(MeetingView m, MeetingView.Report r) {
    return new Disputable(
        DisputedItem.REPORT,
        m.meetingId(),
        r.reportId(),
        null,
        r.title(),
        m.type(),
        m.startsAt().toLocalDate());
  }

  static Disputable outcome(MeetingView m) {
    return new Disputable(
        DisputedItem.MEETING_OUTCOME,
        m.meetingId(),
        null,
        null,
        null,
        m.type(),
        m.startsAt().toLocalDate());
  }

  static Disputable plan(int version, LocalDate published) {
    return new Disputable(DisputedItem.PLAN_VERSION, null, null, version, null, null, published);
  }

  static Disputable other() {
    return new Disputable(DisputedItem.OTHER, null, null, null, null, null, null);
  }

  /**
   * The radio value and address parameter ({@code ?about=}) that stands for it: opaque ids and a
   * version number, never a title or anyone's words. It is only ever matched against the tokens of
   * what the person can see, never taken apart, so an id holding a ':' cannot be misread.
   */
  public String token() {
    return token(item, meetingId, reportId, planVersion);
  }

  /** The token of an item; {@code item} is the {@link DisputedItem} name. */
  public static String token(
      DisputedItem item, String meetingId, String reportId, Integer planVersion) {
    return switch (item) {
      case OTHER -> "OTHER";
      case PLAN_VERSION -> "PLAN_VERSION:" + planVersion;
      case MEETING_OUTCOME -> "MEETING_OUTCOME:" + meetingId;
      case REPORT -> "REPORT:" + meetingId + ":" + reportId;
    };
  }
}
