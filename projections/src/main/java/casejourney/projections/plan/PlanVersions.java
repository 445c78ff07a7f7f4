package casejourney.projections.plan;

import casejourney.api.events.ExpectationMetEvent;
import casejourney.api.events.PlanAcknowledgedEvent;
import casejourney.api.events.PlanResponseRecordedEvent;
import casejourney.api.views.PlanHistoryView;
import casejourney.api.views.PlanHistoryView.Acknowledgement;
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
