package casejourney.projections.timeline;

import static casejourney.api.views.TimelineCategory.CASE;
import static casejourney.api.views.TimelineCategory.PEOPLE;
import static casejourney.api.views.TimelineCategory.PLANS;

import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.CaseOpenedEvent;
import casejourney.api.events.DisputeAnswerExtendedEvent;
import casejourney.api.events.DisputeAnsweredEvent;
import casejourney.api.events.DisputeRaisedEvent;
import casejourney.api.events.ExpectationMetEvent;
import casejourney.api.events.PlanAcknowledgedEvent;
import casejourney.api.events.PlanResponseRecordedEvent;
import casejourney.api.events.PlanVersionPublishedEvent;
import casejourney.api.events.StrategyDiscussionHeldEvent;
import casejourney.api.events.WorkerChangedEvent;
import casejourney.api.plan.PlanChange;
import casejourney.api.views.Audience;
import java.util.List;

/** Timeline entries about the case, its people, its plan and what the family says is wrong. */
final class CaseEntries {

  private CaseEntries() {}

  static boolean write(Deliveries d, Object event) {
    if (event instanceof CaseOpenedEvent e) {
      d.to(
          Recipients.plus(Recipients.family(d.file), Recipients.worker(d.file)),
          "CASE_OPENED",
          CASE,
          "case_opened",
          lang -> new Object[] {e.allocatedWorker().name(), e.child().name()},
          (b, t) -> {});
    } else if (event instanceof StrategyDiscussionHeldEvent e) {
      d.to(
          Recipients.plus(Recipients.parents(d.file), Recipients.worker(d.file)),
          "STRATEGY_DISCUSSION",
          CASE,
          "strategy_discussion",
          lang ->
              new Object[] {
                Deliveries.date(lang, e.heldOn()), Deliveries.date(lang, e.initialConferenceDue())
              },
          (b, t) -> b.date(e.heldOn()));
    } else if (event instanceof WorkerChangedEvent e) {
      String previous = e.previousWorker() == null ? "" : e.previousWorker().name();
      d.to(
          Recipients.plus(Recipients.family(d.file), Recipients.worker(d.file)),
          "WORKER_CHANGED",
          PEOPLE,
          "worker_changed",
          lang -> new Object[] {e.newWorker().name(), previous},
          (b, t) -> {});
    } else if (event instanceof CaseClosedEvent e) {
      d.to(
          Recipients.plus(Recipients.family(d.file), Recipients.worker(d.file)),
          "CASE_CLOSED",
          CASE,
          "case_closed",
          lang -> new Object[] {d.child()},
          (b, t) -> b.quote("WORKER", "reason", e.reason()));
    } else if (event instanceof PlanVersionPublishedEvent e) {
      plan(d, e);
    } else if (event instanceof PlanAcknowledgedEvent e) {
      List<Target> who =
          Recipients.plus(
              Recipients.person(d.file, e.personId()).stream().toList(), Recipients.worker(d.file));
      d.to(
          who,
          "PLAN_ACKNOWLEDGED",
          PLANS,
          "plan_acknowledged",
          lang -> new Object[] {String.valueOf(e.version()), d.name(e.personId())},
          (b, t) -> b.link("planVersion", e.version()));
    } else if (event instanceof PlanResponseRecordedEvent e) {
      List<Target> who =
          Recipients.plus(
              Recipients.person(d.file, e.personId()).stream().toList(), Recipients.worker(d.file));
      d.to(
          who,
          e.disagrees() ? "PLAN_DISAGREED" : "PLAN_RESPONSE",
          PLANS,
          e.disagrees() ? "plan_disagreed" : "plan_response",
          lang -> new Object[] {String.valueOf(e.version()), d.name(e.personId())},
          (b, t) ->
              b.link("planVersion", e.version())
                  .flagged(e.disagrees())
                  .quote("PARENT", "response", d.languageOf(e.personId()), e.response()));
    } else if (event instanceof ExpectationMetEvent e) {
      d.to(
          Recipients.plus(Recipients.parents(d.file), Recipients.worker(d.file)),
          "EXPECTATION_MET",
          PLANS,
          "expectation_met",
          lang -> new Object[] {String.valueOf(e.version())},
          (b, t) ->
              b.link("planVersion", e.version())
                  .link("expectationId", e.expectationId())
                  .quote("WORKER", "note", "en", e.note()));
    } else if (event instanceof DisputeRaisedEvent e) {
      DisputeEntries.raised(d, e);
    } else if (event instanceof DisputeAnswerExtendedEvent e) {
      DisputeEntries.extended(d, e);
    } else if (event instanceof DisputeAnsweredEvent e) {
      DisputeEntries.answered(d, e);
    } else {
      return false;
    }
    return true;
  }

  private static void plan(Deliveries d, PlanVersionPublishedEvent e) {
    long harder = e.changes().stream().filter(PlanChange::flagged).count();
    int changed = e.changes().size();
    boolean first = e.version() == 1;
    List<Target> who = Recipients.plus(Recipients.family(d.file), Recipients.staff(d.file));
    d.toEach(
        who,
        first ? "PLAN_PUBLISHED" : "PLAN_UPDATED",
        PLANS,
        first ? "plan_published" : "plan_updated",
        t ->
            lang ->
                new Object[] {
                  String.valueOf(e.version()),
                  String.valueOf(harder),
                  String.valueOf(changed),
                  e.publishedBy().name(),
                  harderSentence(d, t, lang, harder, changed)
                },
        (b, t) -> {
          b.link("planVersion", e.version())
              .link("meetingId", e.decidedAtMeetingId())
              .flagged(harder > 0);
          if (first || t.audience() == Audience.YOUNG_PERSON) {
            return;
          }
          b.also(
              e.decidedAtMeetingId() == null
                  ? "plan_updated.between_meetings"
                  : "plan_updated.at_meeting",
              lang -> new Object[] {e.publishedBy().name()});
          if (e.correctsVersion() != null) {
            b.also(
                "plan_updated.correction",
                lang -> new Object[] {String.valueOf(e.correctsVersion())});
          }
          if (e.reasonsByExpectationId() != null) {
            e.changes().stream()
                .filter(PlanChange::flagged)
                .map(PlanChange::expectationId)
                .distinct()
                .forEach(
                    id -> b.quote("WORKER", "reason:" + id, e.reasonsByExpectationId().get(id)));
          }
        });
  }

  /** "Plan updated: 2 things changed that make it harder. See why below." */
  private static String harderSentence(
      Deliveries d, Target t, String lang, long harder, int changed) {
    if (t.audience() == Audience.YOUNG_PERSON) {
      return "";
    }
    String key =
        harder == 0
            ? (changed == 1 ? "none_harder_one" : "none_harder")
            : harder == 1 ? "one_harder" : "harder";
    return d.text.format(
        lang, t.prefix() + ".plan_updated." + key, String.valueOf(harder), String.valueOf(changed));
  }
}
