package casejourney.projections.casefile;

import casejourney.api.BilingualText;
import casejourney.api.events.WelshTextAddedEvent;
import casejourney.api.views.CaseOverviewView.Dispute;
import casejourney.api.views.CaseOverviewView.Extension;
import casejourney.api.views.CaseOverviewView.PlanSummary;
import casejourney.api.views.MeetingView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts a Welsh version beside recorded English ({@link WelshTextAddedEvent}), as if it had been
 * given with it. The write side checked the target when it was added, but a read model may not hold
 * it (one written before the text existed, or a case whose key is destroyed, when the Welsh reads
 * as null): then nothing changes, and nothing throws, or the case would wait behind a dead letter.
 */
final class WelshFold {

  private WelshFold() {}

  /** The Welsh to apply, or empty when there is none to read. */
  static Optional<String> welsh(WelshTextAddedEvent e) {
    return e.kind() == null || e.welsh() == null || e.welsh().isBlank()
        ? Optional.empty()
        : Optional.of(e.welsh());
  }

  static void apply(CaseFile f, WelshTextAddedEvent e) {
    Optional<String> welsh = welsh(e);
    if (welsh.isEmpty()) {
      return;
    }
    String cy = welsh.get();
    switch (e.kind()) {
      case PLAN_EXPECTATION -> translated(f, e.ref());
      case PLAN_CHANGE_REASON -> translated(f, "reason:" + e.ref());
      // The case file keeps no plan text but these two kinds' (PlanSummary.welshMissing).
      case PLAN_HOW_WE_KNOW, PLAN_SUPPORT, PLAN_CONSEQUENCE -> {}
      case MEETING_MOVED_REASON ->
          meeting(f, e.ref())
              .filter(m -> !m.reschedules.isEmpty())
              .ifPresent(
                  m -> {
                    int last = m.reschedules.size() - 1;
                    MeetingView.Reschedule r = m.reschedules.get(last);
                    m.reschedules.set(
                        last,
                        new MeetingView.Reschedule(
                            r.from(),
                            r.to(),
                            r.location(),
                            with(r.reason(), cy),
                            r.late(),
                            r.workingDaysLate(),
                            r.lateReason(),
                            r.at()));
                  });
      case MEETING_CANCELLED_REASON ->
          meeting(f, e.ref()).ifPresent(m -> m.cancelReason = with(m.cancelReason, cy));
      case OUTCOME_REASONS ->
          meeting(f, e.ref())
              .filter(m -> m.outcome != null)
              .ifPresent(m -> m.outcome = withReasons(m.outcome, cy));
      case CHAIR_RESPONSE -> meeting(f, e.ref()).ifPresent(m -> chairResponse(m, e.personId(), cy));
      case EXCLUSION_REASON ->
          meeting(f, e.ref())
              .ifPresent(
                  m ->
                      m.exclusions.replaceAll(
                          x ->
                              x.personId().equals(e.personId())
                                  ? new MeetingView.Exclusion(
                                      x.personId(), x.scope(), with(x.reason(), cy), x.excludedAt())
                                  : x));
      case REDACTION_REASON ->
          meeting(f, e.ref())
              .ifPresent(
                  m ->
                      m.redactions.replaceAll(
                          r ->
                              r.reportId().equals(e.reportId()) && r.personId().equals(e.personId())
                                  ? new MeetingView.Redaction(
                                      r.reportId(),
                                      r.personId(),
                                      with(r.reason(), cy),
                                      r.redactedAt())
                                  : r));
      case DISPUTE_EXTENSION_REASON ->
          f.disputes.replaceAll(
              d -> d.disputeId().equals(e.ref()) && d.extended() ? withExtension(d, cy) : d);
      case DISPUTE_ANSWER ->
          f.disputes.replaceAll(
              d ->
                  d.disputeId().equals(e.ref()) && d.answered()
                      ? d.withAnswer(
                          d.answer(), with(d.explanation(), cy), d.answeredBy(), d.answeredAt())
                      : d);
      case CASE_CLOSED_REASON -> {
        if (f.caseId.equals(e.ref())) {
          f.closedReason = with(f.closedReason, cy);
        }
      }
    }
  }

  /**
   * The same English with this Welsh; no text, or English that can no longer be read, stays as it
   * is.
   */
  static BilingualText with(BilingualText text, String welsh) {
    return text == null || text.en() == null ? text : new BilingualText(text.en(), welsh);
  }

  /** The latest response to the young person is the one the worker is asked to translate. */
  static Optional<MeetingView.ChairResponse> latestResponse(
      List<MeetingView.ChairResponse> responses, String youngPersonId) {
    for (int i = responses.size() - 1; i >= 0; i--) {
      if (responses.get(i).youngPersonId().equals(youngPersonId)) {
        return Optional.of(responses.get(i));
      }
    }
    return Optional.empty();
  }

  private static void chairResponse(MeetingFile m, String youngPersonId, String cy) {
    latestResponse(m.chairResponses, youngPersonId)
        .ifPresent(
            r ->
                m.chairResponses.set(
                    m.chairResponses.lastIndexOf(r),
                    new MeetingView.ChairResponse(
                        r.youngPersonId(), with(r.response(), cy), r.respondedAt())));
  }

  /** The current plan version no longer waits for this Welsh. */
  private static void translated(CaseFile f, String id) {
    if (f.plans.isEmpty()) {
      return;
    }
    int last = f.plans.size() - 1;
    PlanSummary p = f.plans.get(last);
    if (!p.welshMissing().contains(id)) {
      return;
    }
    List<String> missing = new ArrayList<>(p.welshMissing());
    missing.remove(id);
    f.plans.set(
        last,
        new PlanSummary(
            p.version(),
            p.publishedAt(),
            p.decidedAtMeetingId(),
            p.flaggedChanges(),
            p.acknowledgedBy(),
            p.disagreedBy(),
            List.copyOf(missing)));
  }

  private static Optional<MeetingFile> meeting(CaseFile f, String meetingId) {
    return f.meetings.stream().filter(m -> m.meetingId.equals(meetingId)).findFirst();
  }

  private static MeetingView.Outcome withReasons(MeetingView.Outcome o, String cy) {
    return new MeetingView.Outcome(
        o.heldOn(),
        o.decision(),
        o.category(),
        o.nextReviewDate(),
        with(o.reasons(), cy),
        o.strengths(),
        o.risks(),
        o.familyView(),
        o.dissent(),
        o.recordedAt());
  }

  private static Dispute withExtension(Dispute d, String cy) {
    Extension x = d.extension();
    return new Dispute(
        d.disputeId(),
        d.personId(),
        d.item(),
        d.meetingId(),
        d.reportId(),
        d.planVersion(),
        d.whatIsWrong(),
        d.whatItShouldSay(),
        d.raisedAt(),
        d.answerDue(),
        d.answer(),
        d.explanation(),
        d.answeredBy(),
        d.answeredAt(),
        new Extension(x.firstAnswerDue(), with(x.reason(), cy), x.extendedAt()));
  }
}
