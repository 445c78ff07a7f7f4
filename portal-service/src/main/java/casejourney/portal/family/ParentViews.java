package casejourney.portal.family;

import casejourney.api.views.ExpectationLedgerView;
import casejourney.api.views.MeetingView;
import casejourney.api.views.PlanHistoryView.Acknowledgement;
import casejourney.api.views.PlanHistoryView.PlanVersionView;
import casejourney.api.views.PlanHistoryView.Response;
import casejourney.api.views.TimelineEntry;
import java.time.LocalDate;
import java.util.List;

/** What each parent page shows, already cut down to what this person may see. */
public final class ParentViews {

  private ParentViews() {}

  /**
   * @param show {@code all}, {@code meetings}, {@code plans} or {@code reports}
   * @param entries newest first, filtered
   */
  public record Timeline(String show, List<TimelineEntry> entries) {}

  /**
   * @param family what the family must do, everyone's
   * @param council what the council and others promised
   * @param today the day it was worked out on, for overdue
   * @param you the person id of the parent or carer reading it
   */
  public record Ledger(
      int planVersion,
      List<ExpectationLedgerView.Line> family,
      List<ExpectationLedgerView.Line> council,
      LocalDate today,
      String you) {

    /** What the reader must do: a parent checks this first, apart from what others must do. */
    public List<ExpectationLedgerView.Line> yours() {
      return family.stream().filter(this::isYours).toList();
    }

    /** What others in the family must do, such as the other parent. */
    public List<ExpectationLedgerView.Line> othersInFamily() {
      return family.stream().filter(l -> !isYours(l)).toList();
    }

    public boolean isYours(ExpectationLedgerView.Line line) {
      return line.responsible() != null && you != null && you.equals(line.responsible().personId());
    }
  }

  /**
   * @param versions every version number, for the choice of versions
   * @param from the earlier version shown
   * @param to the later version shown
   * @param changes each change with its reason and who decided
   * @param corrections the versions after {@code from}, up to {@code to}, that put right a mistake
   *     in an earlier one, oldest first
   */
  public record Changes(
      List<Integer> versions,
      int from,
      int to,
      List<ChangeShown> changes,
      List<Correction> corrections) {}

  /** Version {@code version} puts right a mistake in version {@code corrects}. */
  public record Correction(int version, int corrects) {}

  /**
   * @param meeting the meeting, or null when there is none
   * @param reports the reports shared with this person
   * @param sharedViews the young person's views they chose to share with everyone
   * @param earlier earlier meetings this person was invited to, newest first, with their reports
   */
  public record Meeting(
      MeetingView meeting,
      List<MeetingView.Report> reports,
      List<MeetingView.Contribution> sharedViews,
      List<Earlier> earlier) {}

  /** An earlier meeting and the reports shared with this person for it. */
  public record Earlier(MeetingView meeting, List<MeetingView.Report> reports) {}

  /**
   * @param current the current plan version, or null before the first
   * @param acknowledgements this person's, oldest first
   * @param responses this person's, oldest first
   */
  public record Plan(
      PlanVersionView current, List<Acknowledgement> acknowledgements, List<Response> responses) {

    public boolean acknowledged() {
      return !acknowledgements.isEmpty();
    }
  }
}
