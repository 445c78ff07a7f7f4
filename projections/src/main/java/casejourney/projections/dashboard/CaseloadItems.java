package casejourney.projections.dashboard;

import casejourney.api.BilingualText;
import casejourney.api.FamilyMember;
import casejourney.api.FamilyRole;
import casejourney.api.WelshText;
import casejourney.api.events.PlanVersionPublishedEvent;
import casejourney.api.events.WelshTextAddedEvent;
import casejourney.api.plan.Expectation;
import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.CaseOverviewView.Dispute;
import casejourney.api.views.CaseOverviewView.PlanSummary;
import casejourney.api.views.MeetingView;
import casejourney.api.views.WorkerDashboardView.CaseloadItem;
import casejourney.api.views.WorkerDashboardView.LateReport;
import casejourney.api.views.WorkerDashboardView.MissingChoice;
import casejourney.api.views.WorkerDashboardView.MissingTranslation;
import casejourney.api.views.WorkerDashboardView.PendingAcknowledgement;
import casejourney.api.views.WorkerDashboardView.WaitingDispute;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a worker needs to do on one case, worked out from the case's facts. Pure. */
final class CaseloadItems {

  private CaseloadItems() {}

  static CaseloadItem of(DashboardCase c, long sequence) {
    CaseOverviewView o = c.overview();
    return new CaseloadItem(
        o.caseId(),
        o.child() == null ? null : o.child().name(),
        o.nation(),
        o.open(),
        c.clocks().running(),
        pending(o),
        missingChoices(o),
        lateReports(o),
        translations(o, c.planTranslations()),
        disputesWaiting(o),
        sequence);
  }

  /**
   * Worker-written text in a plan version that has no Welsh version. Text that can no longer be
   * read (its case's key destroyed) has nothing to translate, as in {@link #add}.
   */
  static List<MissingTranslation> planTranslations(PlanVersionPublishedEvent e) {
    List<MissingTranslation> missing = new ArrayList<>();
    for (Expectation x : e.content().expectations()) {
      missing(missing, WelshText.PLAN_EXPECTATION, x.expectationId(), x.what(), x.whatCy());
      missing(
          missing, WelshText.PLAN_HOW_WE_KNOW, x.expectationId(), x.howWeKnow(), x.howWeKnowCy());
      missing(missing, WelshText.PLAN_SUPPORT, x.expectationId(), x.support(), x.supportCy());
      missing(
          missing,
          WelshText.PLAN_CONSEQUENCE,
          x.expectationId(),
          x.consequence(),
          x.consequenceCy());
    }
    Map<String, BilingualText> reasons =
        new TreeMap<>(e.reasonsByExpectationId() == null ? Map.of() : e.reasonsByExpectationId());
    reasons.forEach(
        (id, reason) -> {
          if (reason != null && reason.en() != null && reason.welshMissing()) {
            missing.add(new MissingTranslation("PLAN_CHANGE_REASON", id, reason.en()));
          }
        });
    return List.copyOf(missing);
  }

  /** Blank English (no help promised, no consequence stated) has nothing to translate. */
  private static void missing(
      List<MissingTranslation> missing, WelshText kind, String ref, String english, String cy) {
    if (english != null && !english.isBlank() && (cy == null || cy.isBlank())) {
      missing.add(new MissingTranslation(kind.name(), ref, english));
    }
  }

  private static List<PendingAcknowledgement> pending(CaseOverviewView o) {
    if (o.plans().isEmpty() || !o.open()) {
      return List.of();
    }
    PlanSummary latest = o.plans().get(o.plans().size() - 1);
    List<FamilyMember> waiting =
        o.familyMembers().stream()
            .filter(p -> p.role() == FamilyRole.PARENT || p.role() == FamilyRole.CARER)
            .filter(p -> !latest.acknowledgedBy().contains(p.personId()))
            .toList();
    if (waiting.isEmpty()) {
      return List.of();
    }
    return List.of(
        new PendingAcknowledgement(
            latest.version(),
            latest.publishedAt(),
            waiting.stream().map(FamilyMember::personId).toList(),
            waiting.stream().map(FamilyMember::name).toList()));
  }

  private static List<MissingChoice> missingChoices(CaseOverviewView o) {
    FamilyMember child = o.child();
    if (child == null || child.role() != FamilyRole.YOUNG_PERSON || !o.open()) {
      return List.of();
    }
    return o.meetings().stream()
        .filter(
            m -> MeetingView.SCHEDULED.equals(m.status()) || MeetingView.MOVED.equals(m.status()))
        .filter(
            m -> m.choices().stream().noneMatch(ch -> ch.youngPersonId().equals(child.personId())))
        .map(
            m ->
                new MissingChoice(
                    m.meetingId(),
                    m.type(),
                    m.startsAt(),
                    child.personId(),
                    child.name(),
                    m.invitations().stream()
                        .anyMatch(i -> child.personId().equals(i.participantId()))))
        .toList();
  }

  private static List<LateReport> lateReports(CaseOverviewView o) {
    return o.meetings().stream()
        .flatMap(
            m ->
                m.reports().stream()
                    .filter(MeetingView.Report::late)
                    .map(
                        r ->
                            new LateReport(
                                m.meetingId(),
                                r.reportId(),
                                r.title(),
                                r.workingDaysLate(),
                                r.lateReason())))
        .toList();
  }

  private static List<MissingTranslation> translations(
      CaseOverviewView o, List<MissingTranslation> plan) {
    List<MissingTranslation> missing = new ArrayList<>(plan);
    for (MeetingView m : o.meetings()) {
      if (!m.reschedules().isEmpty()) {
        add(
            missing,
            "MEETING_MOVED_REASON",
            m.meetingId(),
            m.reschedules().get(m.reschedules().size() - 1).reason());
      }
      add(missing, "MEETING_CANCELLED_REASON", m.meetingId(), m.cancelReason());
      if (m.outcome() != null) {
        add(missing, "OUTCOME_REASONS", m.meetingId(), m.outcome().reasons());
      }
      latestResponses(m)
          .forEach(
              r ->
                  add(
                      missing,
                      "CHAIR_RESPONSE",
                      m.meetingId(),
                      r.youngPersonId(),
                      null,
                      r.response()));
      // Documents from before exclusions were recorded have none.
      if (m.exclusions() != null) {
        m.exclusions()
            .forEach(
                x ->
                    add(
                        missing,
                        "EXCLUSION_REASON",
                        m.meetingId(),
                        x.personId(),
                        null,
                        x.reason()));
      }
      // Nor have documents from before redactions were.
      if (m.redactions() != null) {
        m.redactions()
            .forEach(
                r ->
                    add(
                        missing,
                        "REDACTION_REASON",
                        m.meetingId(),
                        r.personId(),
                        r.reportId(),
                        r.reason()));
      }
    }
    for (Dispute d : o.disputesOrNone()) {
      // Once answered, the answer is what the family waits on; the reason for the wait is history.
      if (d.extended() && !d.answered()) {
        add(missing, "DISPUTE_EXTENSION_REASON", d.disputeId(), d.extension().reason());
      }
      add(missing, "DISPUTE_ANSWER", d.disputeId(), d.explanation());
    }
    add(missing, "CASE_CLOSED_REASON", o.caseId(), o.closedReason());
    return List.copyOf(missing);
  }

  /** Unanswered disputes, oldest first; whether one is past its day is worked out on reading. */
  private static List<WaitingDispute> disputesWaiting(CaseOverviewView o) {
    return o.disputesOrNone().stream()
        .filter(d -> !d.answered())
        .map(
            d ->
                new WaitingDispute(
                    d.disputeId(),
                    d.personId(),
                    // A name that can no longer be read is null, which findFirst() would not take.
                    o.family().stream()
                        .filter(p -> p.personId().equals(d.personId()))
                        .findFirst()
                        .map(FamilyMember::name)
                        .orElse(null),
                    d.item(),
                    d.raisedAt(),
                    d.answerDue(),
                    d.extended()))
        .toList();
  }

  private static void add(
      List<MissingTranslation> missing, String what, String ref, BilingualText text) {
    add(missing, what, ref, null, null, text);
  }

  /** A task names the person and report that find its text, as {@code WelshText} says. */
  private static void add(
      List<MissingTranslation> missing,
      String what,
      String ref,
      String personId,
      String reportId,
      BilingualText text) {
    if (text != null && text.en() != null && text.welshMissing()) {
      missing.add(new MissingTranslation(what, ref, personId, reportId, text.en()));
    }
  }

  /**
   * Each young person's latest response at the meeting: the one Welsh can be added to (a task names
   * the meeting and the young person, so an earlier response could never be completed).
   */
  private static List<MeetingView.ChairResponse> latestResponses(MeetingView m) {
    Map<String, MeetingView.ChairResponse> latest = new LinkedHashMap<>();
    for (MeetingView.ChairResponse r : m.chairResponses()) {
      latest.remove(r.youngPersonId());
      latest.put(r.youngPersonId(), r);
    }
    return List.copyOf(latest.values());
  }

  /**
   * The plan's tasks once Welsh is added to the current version's text: that task goes. Welsh for
   * other text leaves them as they are.
   */
  static List<MissingTranslation> planTranslations(
      List<MissingTranslation> tasks, WelshTextAddedEvent e) {
    if (e.kind() == null || e.welsh() == null || e.welsh().isBlank() || !e.kind().isPlanText()) {
      return tasks;
    }
    return tasks.stream()
        .filter(t -> !(t.what().equals(e.kind().name()) && t.ref().equals(e.ref())))
        .toList();
  }
}
