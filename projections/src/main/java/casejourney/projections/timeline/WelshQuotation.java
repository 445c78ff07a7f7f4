package casejourney.projections.timeline;

import casejourney.api.BilingualText;
import casejourney.api.DisputeAnswer;
import casejourney.api.events.WelshTextAddedEvent;
import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.CaseOverviewView.Dispute;
import casejourney.api.views.MeetingView;
import casejourney.api.views.TimelineEntry;
import casejourney.api.views.TimelineEntry.Quoted;
import casejourney.projections.casefile.CaseFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a text's English is quoted on timelines: the kind of entry, its links, and the quotation
 * (by whom, labelled how, in which words), as the entry writers quote it.
 *
 * @param personId whose exclusion or redaction, for entries that link it; null otherwise
 * @param en the English as the case holds it now, or null where the timelines' case file does not
 *     keep it (a plan's reasons)
 */
record WelshQuotation(
    String kind, Map<String, String> links, String personId, String by, String label, String en) {

  /** Where the English is quoted; empty when the case holds no such text (nothing to do). */
  static Optional<WelshQuotation> of(CaseFile file, WelshTextAddedEvent e) {
    String ref = e.ref();
    return switch (e.kind()) {
      // Shown on the plan's own pages, not quoted in any entry.
      case PLAN_EXPECTATION, PLAN_HOW_WE_KNOW, PLAN_SUPPORT, PLAN_CONSEQUENCE -> Optional.empty();
      case PLAN_CHANGE_REASON ->
          file.plans().isEmpty()
              ? Optional.empty()
              : Optional.of(
                  new WelshQuotation(
                      "PLAN_UPDATED",
                      Map.of(
                          "planVersion",
                          String.valueOf(file.plans().get(file.plans().size() - 1).version())),
                      null,
                      "WORKER",
                      "reason:" + ref,
                      // The timeline's case file does not keep the plan's reasons.
                      null));
      case MEETING_MOVED_REASON ->
          meeting(file, ref)
              .filter(m -> !m.reschedules().isEmpty())
              .flatMap(
                  m ->
                      about(
                          "MEETING_MOVED",
                          Map.of("meetingId", ref),
                          null,
                          "WORKER",
                          "reason",
                          m.reschedules().get(m.reschedules().size() - 1).reason()));
      case MEETING_CANCELLED_REASON ->
          meeting(file, ref)
              .flatMap(
                  m ->
                      about(
                          "MEETING_CANCELLED",
                          Map.of("meetingId", ref),
                          null,
                          "WORKER",
                          "reason",
                          m.cancelReason()));
      case OUTCOME_REASONS ->
          meeting(file, ref)
              .filter(m -> m.outcome() != null)
              .flatMap(
                  m ->
                      about(
                          "MEETING_HELD",
                          Map.of("meetingId", ref),
                          null,
                          "CHAIR",
                          "reasons",
                          m.outcome().reasons()));
      case CHAIR_RESPONSE ->
          meeting(file, ref)
              .flatMap(m -> latestResponse(m, e.personId()))
              .flatMap(
                  r ->
                      about(
                          "CHAIR_RESPONDED",
                          Map.of("meetingId", ref),
                          null,
                          "CHAIR",
                          "response",
                          r.response()));
      case EXCLUSION_REASON ->
          meeting(file, ref)
              .flatMap(
                  m ->
                      m.exclusions().stream()
                          .filter(x -> x.personId().equals(e.personId()))
                          .findFirst())
              .flatMap(
                  x ->
                      about(
                          "EXCLUDED_FROM_MEETING",
                          Map.of("meetingId", ref),
                          e.personId(),
                          "CHAIR",
                          "reason",
                          x.reason()));
      case REDACTION_REASON ->
          meeting(file, ref)
              .flatMap(
                  m ->
                      m.redactions().stream()
                          .filter(
                              r ->
                                  r.reportId().equals(e.reportId())
                                      && r.personId().equals(e.personId()))
                          .findFirst())
              .flatMap(
                  r ->
                      about(
                          "REPORT_REDACTED",
                          Map.of("meetingId", ref, "reportId", r.reportId()),
                          e.personId(),
                          "WORKER",
                          "reason",
                          r.reason()));
      case DISPUTE_EXTENSION_REASON ->
          file.dispute(ref)
              .filter(Dispute::extended)
              .flatMap(
                  d ->
                      about(
                          "DISPUTE_EXTENDED",
                          Map.of("disputeId", ref),
                          null,
                          "WORKER",
                          "reason",
                          d.extension().reason()));
      case DISPUTE_ANSWER ->
          file.dispute(ref)
              .filter(Dispute::answered)
              .flatMap(
                  d ->
                      about(
                          "DISPUTE_ANSWERED",
                          Map.of("disputeId", ref),
                          null,
                          "WORKER",
                          d.answer() == DisputeAnswer.CORRECTED ? "correction" : "reason",
                          d.explanation()));
      case CASE_CLOSED_REASON -> {
        CaseOverviewView view = file.toView();
        yield file.caseId().equals(ref)
            ? about("CASE_CLOSED", Map.of(), null, "WORKER", "reason", view.closedReason())
            : Optional.empty();
      }
    };
  }

  private static Optional<WelshQuotation> about(
      String kind,
      Map<String, String> links,
      String personId,
      String by,
      String label,
      BilingualText text) {
    return text == null || text.en() == null
        ? Optional.empty()
        : Optional.of(new WelshQuotation(kind, links, personId, by, label, text.en()));
  }

  private static Optional<MeetingView> meeting(CaseFile file, String meetingId) {
    return meetingId == null ? Optional.empty() : file.meeting(meetingId);
  }

  private static Optional<MeetingView.ChairResponse> latestResponse(
      MeetingView m, String youngPersonId) {
    List<MeetingView.ChairResponse> responses = m.chairResponses();
    for (int i = responses.size() - 1; i >= 0; i--) {
      if (responses.get(i).youngPersonId().equals(youngPersonId)) {
        return Optional.of(responses.get(i));
      }
    }
    return Optional.empty();
  }

  /** An entry of the kind, about the same thing, that quotes the English. */
  boolean matches(TimelineEntry entry) {
    if (!kind().equals(entry.kind()) || entry.quotes() == null) {
      return false;
    }
    Map<String, String> has = entry.links() == null ? Map.of() : entry.links();
    for (Map.Entry<String, String> link : links.entrySet()) {
      if (!link.getValue().equals(has.get(link.getKey()))) {
        return false;
      }
    }
    String whose = has.get("personId");
    if (whose != null && personId != null && !whose.equals(personId)) {
      return false;
    }
    return entry.quotes().stream().anyMatch(this::isEnglish);
  }

  boolean isEnglish(Quoted q) {
    return by().equals(q.by())
        && label().equals(q.label())
        && TimelineText.EN.equals(q.lang())
        && (en() == null || en().equals(q.text()));
  }

  boolean isWelsh(Quoted q) {
    return by().equals(q.by()) && label().equals(q.label()) && TimelineText.CY.equals(q.lang());
  }
}
