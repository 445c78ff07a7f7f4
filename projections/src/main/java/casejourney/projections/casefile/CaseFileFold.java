package casejourney.projections.casefile;

import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.CaseOpenedEvent;
import casejourney.api.events.DisputeAnswerExtendedEvent;
import casejourney.api.events.DisputeAnsweredEvent;
import casejourney.api.events.DisputeRaisedEvent;
import casejourney.api.events.MeetingScheduledEvent;
import casejourney.api.events.PlanAcknowledgedEvent;
import casejourney.api.events.PlanResponseRecordedEvent;
import casejourney.api.events.PlanVersionPublishedEvent;
import casejourney.api.events.StrategyDiscussionHeldEvent;
import casejourney.api.events.WelshTextAddedEvent;
import casejourney.api.events.WorkerChangedEvent;
import casejourney.api.plan.Expectation;
import casejourney.api.views.CaseOverviewView.Dispute;
import casejourney.api.views.CaseOverviewView.PlanSummary;
import casejourney.api.views.MeetingView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** How each event changes a {@link CaseFile}. Events it does not need leave the file unchanged. */
final class CaseFileFold {

  private CaseFileFold() {}

  static void apply(CaseFile f, Object event) {
    if (event instanceof CaseOpenedEvent e) {
      f.nation = e.nation();
      f.child = e.child();
      f.familyMembers.addAll(e.familyMembers());
      f.worker = e.allocatedWorker();
      f.open = true;
      f.openedAt = e.openedAt();
    } else if (event instanceof StrategyDiscussionHeldEvent e) {
      f.strategyDiscussionOn = e.heldOn();
    } else if (event instanceof WorkerChangedEvent e) {
      f.previousWorkers.add(f.worker);
      f.worker = e.newWorker();
    } else if (event instanceof CaseClosedEvent e) {
      f.open = false;
      f.closedReason = e.reason();
      f.closedAt = e.closedAt();
    } else if (event instanceof MeetingScheduledEvent e) {
      MeetingFile m = new MeetingFile();
      m.meetingId = e.meetingId();
      m.type = e.type();
      m.startsAt = e.startsAt();
      m.location = e.location();
      m.chair = e.chair();
      m.status = MeetingView.SCHEDULED;
      m.dueBy = e.dueBy();
      m.late = e.late();
      m.workingDaysLate = e.workingDaysLate();
      m.lateReason = e.lateReason();
      f.meetings.add(m);
    } else if (event instanceof PlanVersionPublishedEvent e) {
      f.plans.add(planSummary(e));
    } else if (event instanceof PlanAcknowledgedEvent e) {
      updatePlan(f, e.version(), p -> withPerson(p, e.personId(), false));
    } else if (event instanceof PlanResponseRecordedEvent e) {
      if (e.disagrees()) {
        updatePlan(f, e.version(), p -> withPerson(p, e.personId(), true));
      }
    } else if (event instanceof DisputeRaisedEvent e) {
      f.disputes.add(
          new Dispute(
              e.disputeId(),
              e.personId(),
              e.item(),
              e.meetingId(),
              e.reportId(),
              e.planVersion(),
              e.whatIsWrong(),
              e.whatItShouldSay(),
              e.raisedAt(),
              e.answerDue(),
              null,
              null,
              null,
              null,
              null));
    } else if (event instanceof DisputeAnswerExtendedEvent e) {
      f.disputes.replaceAll(
          d ->
              d.disputeId().equals(e.disputeId())
                  ? d.withExtension(e.answerDue(), e.reason(), e.extendedAt())
                  : d);
    } else if (event instanceof DisputeAnsweredEvent e) {
      f.disputes.replaceAll(
          d ->
              d.disputeId().equals(e.disputeId())
                  ? d.withAnswer(e.answer(), e.explanation(), e.answeredBy(), e.answeredAt())
                  : d);
    } else if (event instanceof WelshTextAddedEvent e) {
      WelshFold.apply(f, e);
    } else {
      MeetingFold.apply(f, event);
    }
  }

  private static PlanSummary planSummary(PlanVersionPublishedEvent e) {
    List<String> welshMissing = new ArrayList<>();
    for (Expectation x : e.content().expectations()) {
      if (x.whatCy() == null || x.whatCy().isBlank()) {
        welshMissing.add(x.expectationId());
      }
    }
    if (e.reasonsByExpectationId() != null) {
      e.reasonsByExpectationId().entrySet().stream()
          .filter(r -> r.getValue() != null && r.getValue().welshMissing())
          .map(r -> "reason:" + r.getKey())
          .sorted()
          .forEach(welshMissing::add);
    }
    int flagged = (int) e.changes().stream().filter(c -> c.flagged()).count();
    return new PlanSummary(
        e.version(),
        e.publishedAt(),
        e.decidedAtMeetingId(),
        flagged,
        List.of(),
        List.of(),
        List.copyOf(welshMissing));
  }

  private static void updatePlan(CaseFile f, int version, UnaryOperator<PlanSummary> change) {
    f.plans.replaceAll(p -> p.version() == version ? change.apply(p) : p);
  }

  private static PlanSummary withPerson(PlanSummary p, String personId, boolean disagreed) {
    List<String> acknowledged = new ArrayList<>(p.acknowledgedBy());
    List<String> disagreedBy = new ArrayList<>(p.disagreedBy());
    List<String> target = disagreed ? disagreedBy : acknowledged;
    if (!target.contains(personId)) {
      target.add(personId);
    }
    return new PlanSummary(
        p.version(),
        p.publishedAt(),
        p.decidedAtMeetingId(),
        p.flaggedChanges(),
        List.copyOf(acknowledged),
        List.copyOf(disagreedBy),
        p.welshMissing());
  }
}
