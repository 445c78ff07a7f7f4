package casejourney.api.views;

import casejourney.api.BilingualText;
import casejourney.api.MeetingType;
import casejourney.api.StaffMember;
import casejourney.api.plan.ChangeKind;
import casejourney.api.plan.PlanContent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every version of a case's plan, in collection {@code plan_histories} with {@code _id} = case id.
 * Compare any two versions with {@link PlanHistories#compare}.
 *
 * @param caseId the case
 * @param versions oldest first
 * @param meetings the case's meetings, so a version can say where it was decided
 * @param lastSequence the case's aggregate sequence number of the last event applied
 */
public record PlanHistoryView(
    String caseId, List<PlanVersionView> versions, List<MeetingRef> meetings, long lastSequence) {

  public static final String COLLECTION = "plan_histories";

  /**
   * One published plan version, in full.
   *
   * @param version 1, 2, ...
   * @param content the whole plan
   * @param publishedBy the worker who published it
   * @param publishedAt when
   * @param decidedAtMeetingId the conference it was decided at, or null when decided between
   *     conferences (shown more prominently to the family)
   * @param decidedAtMeetingType that meeting's type, or null
   * @param decidedAtMeetingDate the day that meeting was held (or planned for), or null
   * @param betweenConferences true when no meeting decided it
   * @param correctsVersion the version this one corrects, or null
   * @param changes the differences from the previous version, with reasons
   * @param metExpectationIds expectations marked met while this version was current
   * @param acknowledgements parents and carers who said they have read it
   * @param responses parents' and carers' responses, including disagreement
   */
  public record PlanVersionView(
      int version,
      PlanContent content,
      StaffMember publishedBy,
      Instant publishedAt,
      String decidedAtMeetingId,
      MeetingType decidedAtMeetingType,
      LocalDate decidedAtMeetingDate,
      boolean betweenConferences,
      Integer correctsVersion,
      List<Change> changes,
      List<String> metExpectationIds,
      List<Acknowledgement> acknowledgements,
      List<Response> responses) {

    /**
     * This version as published, with what happened after: the expectations met and the parents'
     * acknowledgements and responses. The published part never changes.
     */
    public PlanVersionView withFollowUp(
        List<String> met, List<Acknowledgement> acks, List<Response> answers) {
      return new PlanVersionView(
          version,
          content,
          publishedBy,
          publishedAt,
          decidedAtMeetingId,
          decidedAtMeetingType,
          decidedAtMeetingDate,
          betweenConferences,
          correctsVersion,
          changes,
          List.copyOf(met),
          List.copyOf(acks),
          List.copyOf(answers));
    }
  }

  /**
   * One goalpost change from the previous version.
   *
   * @param expectationId the expectation it is about
   * @param kind the goalpost kind
   * @param flagged true when it makes things harder for the family
   * @param before the old value in words, or null
   * @param after the new value in words, or null
   * @param reason the worker's reason (English, and Welsh when written), or null when none was
   *     needed
   */
  public record Change(
      String expectationId,
      ChangeKind kind,
      boolean flagged,
      String before,
      String after,
      BilingualText reason) {}

  /** A parent or carer said they have read the version. */
  public record Acknowledgement(String personId, Instant at) {}

  /** A parent's or carer's response to the version, in their own words. */
  public record Response(String personId, boolean disagrees, String text, Instant at) {}

  /**
   * A meeting on the case, as far as a plan version needs it.
   *
   * @param date the day it was held, or the day it is planned for until then
   */
  public record MeetingRef(String meetingId, MeetingType type, LocalDate date) {}
}
