package casejourney.api.views;

import casejourney.api.DisputedItem;
import casejourney.api.MeetingType;
import casejourney.api.Nation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A social worker's caseload and what needs doing, as a reader puts it together: the worker's
 * {@link WorkerCaseloadView} (which cases, in collection {@code worker_caseloads}) and one {@link
 * CaseloadItem} per case (collection {@value CaseloadItem#COLLECTION}, {@code _id} = case id), read
 * together in one query. Stored apart so an event rewrites one small document for its case, not the
 * whole caseload: a worker's dashboard of 200 cases rewritten on every event was what limited
 * freshness.
 *
 * @param workerSubject the worker's sign-in subject
 * @param cases the cases allocated to them, in the order they were allocated
 */
public record WorkerDashboardView(String workerSubject, List<CaseloadItem> cases) {

  /** The dashboard from the caseload and its items (found in any order; missing ones left out). */
  public static WorkerDashboardView of(WorkerCaseloadView caseload, List<CaseloadItem> items) {
    Map<String, CaseloadItem> byCase = new HashMap<>();
    items.forEach(item -> byCase.put(item.caseId(), item));
    return new WorkerDashboardView(
        caseload.workerSubject(),
        caseload.caseIds().stream().map(byCase::get).filter(Objects::nonNull).toList());
  }

  /**
   * One case on the caseload and what needs doing.
   *
   * @param caseId the case
   * @param childName the child's name
   * @param nation whose procedures apply
   * @param open false once the case is closed
   * @param clocks the case's statutory clocks (see {@link StatutoryClocksView.Clock#overdue})
   * @param plansNotAcknowledged plan versions that parents or carers have not said they have read
   * @param missingChoices young people who have not chosen how to take part in an upcoming meeting
   * @param lateReports reports shared later than the rule
   * @param missingTranslations worker-written text with no Welsh version yet
   * @param disputesWaiting what the family said is wrong and the worker has not yet answered,
   *     oldest first (null in documents written before disputes existed)
   * @param lastSequence the case's aggregate sequence number of the last event applied
   */
  public record CaseloadItem(
      String caseId,
      String childName,
      Nation nation,
      boolean open,
      List<StatutoryClocksView.Clock> clocks,
      List<PendingAcknowledgement> plansNotAcknowledged,
      List<MissingChoice> missingChoices,
      List<LateReport> lateReports,
      List<MissingTranslation> missingTranslations,
      List<WaitingDispute> disputesWaiting,
      long lastSequence) {

    public static final String COLLECTION = "caseload_items";

    /** The disputes waiting for an answer, never null. */
    public List<WaitingDispute> disputesWaitingOrNone() {
      return disputesWaiting == null ? List.of() : disputesWaiting;
    }
  }

  /**
   * Something a family member said is wrong, not yet answered (ADR 0015). Whether it is past its
   * due day is worked out when it is read, as the clocks are.
   *
   * @param personId who raised it
   * @param name their name
   * @param answerDue the last day to answer, the extended one if the worker took more time
   * @param extended true once the worker took more time to answer
   */
  public record WaitingDispute(
      String disputeId,
      String personId,
      String name,
      DisputedItem item,
      Instant raisedAt,
      LocalDate answerDue,
      boolean extended) {}

  /** A plan version and the parents or carers who have not acknowledged it. */
  public record PendingAcknowledgement(
      int version, Instant publishedAt, List<String> personIds, List<String> names) {}

  /**
   * An upcoming meeting where the young person has not yet said how they want to take part.
   *
   * @param invited false when the young person is not invited to it: they cannot choose until they
   *     are, so the worker is told to invite them rather than only that a choice is missing
   */
  public record MissingChoice(
      String meetingId,
      MeetingType type,
      LocalDateTime startsAt,
      String youngPersonId,
      String youngPersonName,
      boolean invited) {}

  /** A report shared with the family later than the rule. */
  public record LateReport(
      String meetingId, String reportId, String title, int workingDaysLate, String reason) {}

  /**
   * Worker-written text that needs a Welsh version: a task, which {@code AddWelshTextCommand} with
   * the same ids completes.
   *
   * @param what the {@link casejourney.api.WelshText} kind, by name
   * @param ref the id of what it belongs to (expectation, meeting, dispute or case, by kind)
   * @param personId the person, for the kinds that name one; null otherwise, and in documents
   *     written before Welsh could be added on its own
   * @param reportId the report, for {@code REDACTION_REASON}; null otherwise
   * @param english the English text to translate
   */
  public record MissingTranslation(
      String what, String ref, String personId, String reportId, String english) {

    /** Text that needs no person or report to find it. */
    public MissingTranslation(String what, String ref, String english) {
      this(what, ref, null, null, english);
    }
  }
}
