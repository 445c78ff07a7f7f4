package casejourney.api.views;

import casejourney.api.BilingualText;
import casejourney.api.DisputeAnswer;
import casejourney.api.DisputedItem;
import casejourney.api.FamilyMember;
import casejourney.api.Nation;
import casejourney.api.StaffMember;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything about a case the portal needs to draw its pages with one read, in collection {@code
 * case_overviews} with {@code _id} = case id. It holds everything; the portal filters by viewer
 * using {@link AccessView} and each contribution's visibility.
 *
 * @param caseId the case
 * @param nation whose procedures apply
 * @param child the child the case is about
 * @param familyMembers parents and carers (not the child)
 * @param worker the allocated social worker now
 * @param previousWorkers earlier workers, oldest first
 * @param open false once closed
 * @param closedReason why it was closed, or null
 * @param openedAt when it was opened
 * @param closedAt when it was closed, or null
 * @param strategyDiscussionOn the day of the strategy discussion, or null
 * @param meetings every meeting, in the order scheduled
 * @param plans a summary of each plan version (the full versions are in {@link PlanHistoryView})
 * @param disputes everything a family member said is wrong in the record, oldest first, each with
 *     its latest answer
 * @param lastSequence the case's aggregate sequence number of the last event applied
 */
public record CaseOverviewView(
    String caseId,
    Nation nation,
    FamilyMember child,
    List<FamilyMember> familyMembers,
    StaffMember worker,
    List<StaffMember> previousWorkers,
    boolean open,
    BilingualText closedReason,
    Instant openedAt,
    Instant closedAt,
    LocalDate strategyDiscussionOn,
    List<MeetingView> meetings,
    List<PlanSummary> plans,
    List<Dispute> disputes,
    long lastSequence) {

  public static final String COLLECTION = "case_overviews";

  /** The child, then the other family members: everyone in the family the case records. */
  public List<FamilyMember> family() {
    List<FamilyMember> all = new java.util.ArrayList<>();
    if (child != null) {
      all.add(child);
    }
    if (familyMembers != null) {
      all.addAll(familyMembers);
    }
    return all;
  }

  /**
   * A plan version in brief.
   *
   * @param acknowledgedBy person ids of parents and carers who have read it
   * @param disagreedBy person ids of those who said they disagree
   * @param welshMissing expectation ids with no Welsh version of what is expected, and ids of
   *     changes whose reason has no Welsh version
   */
  public record PlanSummary(
      int version,
      Instant publishedAt,
      String decidedAtMeetingId,
      int flaggedChanges,
      List<String> acknowledgedBy,
      List<String> disagreedBy,
      List<String> welshMissing) {}

  /** The disputes, never null: documents written before disputes existed have none. */
  public List<Dispute> disputesOrNone() {
    return disputes == null ? List.of() : disputes;
  }

  /**
   * Something a family member said is wrong, and the latest answer. What it is about is not changed
   * by either.
   *
   * @param personId who raised it
   * @param meetingId for a meeting's outcome or a report, else null
   * @param reportId for a report, else null
   * @param planVersion for a plan version, else null
   * @param answerDue the last day to answer: the extended one once the worker has taken more time
   * @param answer null until answered
   * @param explanation the correction, or why the record stays; null until answered
   * @param answeredBy null until answered
   * @param answeredAt null until answered
   * @param extension null unless the worker took more time to answer
   */
  public record Dispute(
      String disputeId,
      String personId,
      DisputedItem item,
      String meetingId,
      String reportId,
      Integer planVersion,
      String whatIsWrong,
      String whatItShouldSay,
      Instant raisedAt,
      LocalDate answerDue,
      DisputeAnswer answer,
      BilingualText explanation,
      StaffMember answeredBy,
      Instant answeredAt,
      Extension extension) {

    public boolean answered() {
      return answer != null;
    }

    public boolean extended() {
      return extension != null;
    }

    /**
     * Not answered, and past its last day to answer on {@code today} (the day itself is in time).
     */
    public boolean lateOn(LocalDate today) {
      return !answered() && answerDue != null && today.isAfter(answerDue);
    }

    /** This dispute with a new latest answer; what was raised stays as it was. */
    public Dispute withAnswer(
        DisputeAnswer answer, BilingualText explanation, StaffMember by, Instant at) {
      return new Dispute(
          disputeId,
          personId,
          item,
          meetingId,
          reportId,
          planVersion,
          whatIsWrong,
          whatItShouldSay,
          raisedAt,
          answerDue,
          answer,
          explanation,
          by,
          at,
          extension);
    }

    /**
     * This dispute with more time to answer: {@code newDue} becomes its last day, and the first one
     * is kept on the extension.
     */
    public Dispute withExtension(LocalDate newDue, BilingualText reason, Instant at) {
      return new Dispute(
          disputeId,
          personId,
          item,
          meetingId,
          reportId,
          planVersion,
          whatIsWrong,
          whatItShouldSay,
          raisedAt,
          newDue,
          answer,
          explanation,
          answeredBy,
          answeredAt,
          new Extension(answerDue, reason, at));
    }
  }

  /**
   * More time the worker took to answer a complex dispute (UK GDPR Article 12(3)).
   *
   * @param firstAnswerDue the last day to answer before it was extended, one month after it was
   *     raised
   * @param reason why, as the family member was told
   * @param extendedAt when
   */
  public record Extension(LocalDate firstAnswerDue, BilingualText reason, Instant extendedAt) {}
}
