package casejourney.portal.staff;

import casejourney.api.views.Audience;
import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.ClockKind;
import casejourney.api.views.MeetingView;
import casejourney.api.views.PlanHistoryView.PlanVersionView;
import casejourney.api.views.TimelineEntry;
import casejourney.api.views.WorkerDashboardView;
import java.time.LocalDate;
import java.util.List;

/** What the staff pages show, for HTML and JSON alike. */
public final class StaffViews {

  private StaffViews() {}

  /** The caseload: the worker's cases, then the meetings the person chairs. */
  public record Dashboard(LocalDate today, List<CaseRow> cases, List<ChairRow> chaired) {

    public boolean empty() {
      return cases.isEmpty() && chaired.isEmpty();
    }
  }

  /** A clock with what it means today. */
  public record ClockState(
      ClockKind kind, LocalDate due, boolean overdue, int workingDaysOverdue) {}

  /** One allocated case and what needs doing. */
  public record CaseRow(
      String caseId,
      String childName,
      boolean open,
      List<ClockState> clocks,
      List<WorkerDashboardView.PendingAcknowledgement> plansNotAcknowledged,
      List<WorkerDashboardView.MissingChoice> missingChoices,
      List<WorkerDashboardView.LateReport> lateReports,
      List<WorkerDashboardView.MissingTranslation> missingTranslations,
      List<DisputeDue> disputesWaiting) {

    public boolean nothingToDo() {
      return clocks.isEmpty()
          && plansNotAcknowledged.isEmpty()
          && missingChoices.isEmpty()
          && lateReports.isEmpty()
          && missingTranslations.isEmpty()
          && disputesWaiting.isEmpty();
    }
  }

  /**
   * Something the family said is wrong, waiting for the worker's answer (docs/adr/0015).
   *
   * @param overdue past its last day to answer, worked out today as the clocks are
   */
  public record DisputeDue(WorkerDashboardView.WaitingDispute waiting, boolean overdue) {}

  /**
   * Something the family said is wrong, as the case page shows it.
   *
   * @param name who said it
   * @param report the report it is about, or null
   * @param meeting the meeting whose report or outcome it is about, or null
   * @param overdue not answered, and past its last day to answer
   */
  public record DisputeRow(
      CaseOverviewView.Dispute dispute,
      String name,
      MeetingView.Report report,
      MeetingView meeting,
      boolean overdue) {}

  /**
   * One meeting the person chairs and what it is waiting for.
   *
   * @param missingChoice the young person has not said how they want to take part
   * @param lateReports reports shared late for it
   * @param outcomeDue it has started and no outcome is recorded
   * @param viewsAwaitingResponse the young person sent views and has no response yet
   * @param missingTranslations this meeting's text with no Welsh version yet, which the chair may
   *     add
   */
  public record ChairRow(
      String caseId,
      String childName,
      MeetingView meeting,
      boolean missingChoice,
      List<MeetingView.Report> lateReports,
      boolean outcomeDue,
      boolean viewsAwaitingResponse,
      List<WorkerDashboardView.MissingTranslation> missingTranslations) {}

  /**
   * The case page: who, the timeline for this audience, plan history and meetings, and what the
   * family said is wrong (a chair: only about their own meetings), oldest first.
   */
  public record CasePage(
      String caseId,
      Audience role,
      CaseOverviewView overview,
      List<TimelineEntry> timeline,
      List<PlanVersionView> plans,
      List<MeetingView> meetings,
      List<DisputeRow> disputes) {

    public boolean worker() {
      return role == Audience.WORKER;
    }

    /** What the family said is wrong about one report, outcome or plan version. */
    public List<DisputeRow> about(String item, String meetingId, String reportId, Integer version) {
      return disputes.stream()
          .filter(d -> d.dispute().item().name().equals(item))
          .filter(d -> java.util.Objects.equals(d.dispute().meetingId(), meetingId))
          .filter(d -> java.util.Objects.equals(d.dispute().reportId(), reportId))
          .filter(d -> java.util.Objects.equals(d.dispute().planVersion(), version))
          .toList();
    }
  }
}
