package casejourney.projections.plan;

import casejourney.api.BilingualText;
import casejourney.api.WelshText;
import casejourney.api.events.ExpectationMetEvent;
import casejourney.api.events.PlanAcknowledgedEvent;
import casejourney.api.events.PlanResponseRecordedEvent;
import casejourney.api.events.WelshTextAddedEvent;
import casejourney.api.plan.Expectation;
import casejourney.api.plan.PlanContent;
import casejourney.api.views.PlanHistoryView;
import casejourney.api.views.PlanHistoryView.Acknowledgement;
import casejourney.api.views.PlanHistoryView.Change;
import casejourney.api.views.PlanHistoryView.PlanVersionView;
import casejourney.api.views.PlanHistoryView.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Changes to one version already in a {@link PlanHistoryView}. */
final class PlanVersions {

  private PlanVersions() {}

  static PlanHistoryView acknowledge(PlanHistoryView h, PlanAcknowledgedEvent e) {
    return change(
        h,
        e.version(),
        v -> {
          List<Acknowledgement> acks = new ArrayList<>(v.acknowledgements());
          acks.add(new Acknowledgement(e.personId(), e.acknowledgedAt()));
          return copy(v, v.metExpectationIds(), acks, v.responses());
        });
  }

  static PlanHistoryView respond(PlanHistoryView h, PlanResponseRecordedEvent e) {
    return change(
        h,
        e.version(),
        v -> {
          List<Response> responses = new ArrayList<>(v.responses());
          responses.add(new Response(e.personId(), e.disagrees(), e.response(), e.respondedAt()));
          return copy(v, v.metExpectationIds(), v.acknowledgements(), responses);
        });
  }

  static PlanHistoryView met(PlanHistoryView h, ExpectationMetEvent e) {
    return change(
        h,
        e.version(),
        v -> {
          List<String> met = new ArrayList<>(v.metExpectationIds());
          if (!met.contains(e.expectationId())) {
            met.add(e.expectationId());
          }
          return copy(v, met, v.acknowledgements(), v.responses());
        });
  }

  /**
   * Welsh for the current version's text, as if the worker had written it with the version; older
   * versions stay as they were published. The same history when there is nothing to change.
   */
  static PlanHistoryView welsh(PlanHistoryView h, WelshTextAddedEvent e) {
    if (h.versions().isEmpty() || e.kind() == null || e.welsh() == null || e.welsh().isBlank()) {
      return h;
    }
    PlanVersionView v = h.versions().get(h.versions().size() - 1);
    PlanVersionView changed =
        switch (e.kind()) {
          case PLAN_EXPECTATION, PLAN_HOW_WE_KNOW, PLAN_SUPPORT, PLAN_CONSEQUENCE ->
              withExpectationCy(v, e.ref(), e.kind(), e.welsh());
          case PLAN_CHANGE_REASON -> withReasonCy(v, e.ref(), e.welsh());
          default -> v;
        };
    return changed == v ? h : change(h, v.version(), x -> changed);
  }

  /**
   * The expectation's text of this kind in Welsh. Text whose English is blank has nothing to
   * translate (the write side refuses Welsh for it), so the version stays as it is.
   */
  private static PlanVersionView withExpectationCy(
      PlanVersionView v, String expectationId, WelshText kind, String cy) {
    List<Expectation> expectations = new ArrayList<>(v.content().expectations());
    boolean found = false;
    for (int i = 0; i < expectations.size(); i++) {
      Expectation x = expectations.get(i);
      if (!x.expectationId().equals(expectationId) || blank(english(x, kind))) {
        continue;
      }
      expectations.set(
          i,
          new Expectation(
              x.expectationId(),
              x.responsible(),
              x.what(),
              kind == WelshText.PLAN_EXPECTATION ? cy : x.whatCy(),
              x.byWhen(),
              x.howWeKnow(),
              x.support(),
              x.consequence(),
              kind == WelshText.PLAN_HOW_WE_KNOW ? cy : x.howWeKnowCy(),
              kind == WelshText.PLAN_SUPPORT ? cy : x.supportCy(),
              kind == WelshText.PLAN_CONSEQUENCE ? cy : x.consequenceCy()));
      found = true;
    }
    if (!found) {
      return v;
    }
    PlanContent c = v.content();
    return published(
        v,
        new PlanContent(c.outcomes(), c.strengths(), c.priorityRisks(), expectations),
        v.changes());
  }

  /** The English of one of an expectation's texts, by the kind that names it. */
  static String english(Expectation x, WelshText kind) {
    return switch (kind) {
      case PLAN_EXPECTATION -> x.what();
      case PLAN_HOW_WE_KNOW -> x.howWeKnow();
      case PLAN_SUPPORT -> x.support();
      case PLAN_CONSEQUENCE -> x.consequence();
      default -> null;
    };
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** Every change to the expectation carries the one reason the worker gave for it. */
  private static PlanVersionView withReasonCy(PlanVersionView v, String expectationId, String cy) {
    boolean found = false;
    List<Change> changes = new ArrayList<>();
    for (Change c : v.changes()) {
      if (c.expectationId().equals(expectationId)
          && c.reason() != null
          && c.reason().en() != null) {
        changes.add(
            new Change(
                c.expectationId(),
                c.kind(),
                c.flagged(),
                c.before(),
                c.after(),
                new BilingualText(c.reason().en(), cy)));
        found = true;
      } else {
        changes.add(c);
      }
    }
    return found ? published(v, v.content(), List.copyOf(changes)) : v;
  }

  private static PlanVersionView published(
      PlanVersionView v, PlanContent content, List<Change> changes) {
    return new PlanVersionView(
        v.version(),
        content,
        v.publishedBy(),
        v.publishedAt(),
        v.decidedAtMeetingId(),
        v.decidedAtMeetingType(),
        v.decidedAtMeetingDate(),
        v.betweenConferences(),
        v.correctsVersion(),
        changes,
        v.metExpectationIds(),
        v.acknowledgements(),
        v.responses());
  }

  private static PlanHistoryView change(
      PlanHistoryView h, int version, UnaryOperator<PlanVersionView> change) {
    List<PlanVersionView> versions =
        h.versions().stream().map(v -> v.version() == version ? change.apply(v) : v).toList();
    return new PlanHistoryView(h.caseId(), versions, h.meetings(), h.lastSequence());
  }

  private static PlanVersionView copy(
      PlanVersionView v, List<String> met, List<Acknowledgement> acks, List<Response> responses) {
    return v.withFollowUp(met, acks, responses);
  }
}
