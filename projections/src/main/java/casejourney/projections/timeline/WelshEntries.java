package casejourney.projections.timeline;

import casejourney.api.BilingualText;
import casejourney.api.DisputeAnswer;
import casejourney.api.events.WelshTextAddedEvent;
import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.CaseOverviewView.Dispute;
import casejourney.api.views.MeetingView;
import casejourney.api.views.TimelineEntry;
import casejourney.api.views.TimelineEntry.Quoted;
import casejourney.api.views.TimelineView;
import casejourney.projections.casefile.CaseFile;
import casejourney.projections.store.ViewStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Welsh version of worker- or chair-written text, added later ({@link WelshTextAddedEvent}),
 * put beside the English in the entry that quotes it, on every timeline that has that entry, as if
 * it had been given with the English. It makes no new entry: the family were told the news when it
 * happened, and it is the same news, now readable in Welsh.
 *
 * <p>The entry is the newest of its kind about the same thing (the last move of a meeting, the
 * latest answer to a dispute) that quotes the English the case holds now: the Welsh was written
 * from that English. Exclusions and redactions name whose they are in their links; entries written
 * before they did are told apart by their English alone.
 */
final class WelshEntries {

  /** What to look for: the entry's kind, its links, and the quotation of the English. */
  private record Quotation(
      String kind,
      Map<String, String> links,
      String personId,
      String by,
      String label,
      String en) {}

  private WelshEntries() {}

  static List<Delivery> replacements(
      ViewStore store, CaseFile file, WelshTextAddedEvent e, long sequence) {
    if (e.kind() == null || e.welsh() == null || e.welsh().isBlank()) {
      return List.of();
    }
    Optional<Quotation> wanted = quotation(file, e);
    if (wanted.isEmpty()) {
      return List.of();
    }
    List<Delivery> out = new ArrayList<>();
    for (Target target : timelines(file)) {
      if (store.lastSequence(TimelineView.COLLECTION, target.id()) >= sequence) {
        continue;
      }
      store
          .amended(TimelineView.COLLECTION, target.id(), TimelineView.class)
          .flatMap(t -> translated(t.entries(), wanted.get(), e.welsh()))
          .ifPresent(entry -> out.add(Delivery.replace(target, entry)));
    }
    return out;
  }

  /** The worker's, the chair's and each family member's timeline that can exist. */
  private static List<Target> timelines(CaseFile file) {
    List<Target> all = new ArrayList<>(Recipients.staff(file));
    file.everyone().forEach(p -> Recipients.person(file, p.personId()).ifPresent(all::add));
    return all;
  }

  /** Where the English is quoted; empty when the case holds no such text (nothing to do). */
  private static Optional<Quotation> quotation(CaseFile file, WelshTextAddedEvent e) {
    String ref = e.ref();
    return switch (e.kind()) {
      // Shown on the plan's own pages, not quoted in any entry.
      case PLAN_EXPECTATION -> Optional.empty();
      case PLAN_CHANGE_REASON ->
          file.plans().isEmpty()
              ? Optional.empty()
              : Optional.of(
                  new Quotation(
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

  private static Optional<Quotation> about(
      String kind,
      Map<String, String> links,
      String personId,
      String by,
      String label,
      BilingualText text) {
    return text == null || text.en() == null
        ? Optional.empty()
        : Optional.of(new Quotation(kind, links, personId, by, label, text.en()));
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

  /**
   * The newest entry that quotes the English, with the Welsh right after it as {@link
   * EntryBuilder#quote} would have put it, in place of any Welsh it had; empty when there is no
   * such entry or it already says this.
   */
  private static Optional<TimelineEntry> translated(
      List<TimelineEntry> entries, Quotation wanted, String welsh) {
    for (TimelineEntry entry : entries) {
      if (!matches(entry, wanted)) {
        continue;
      }
      List<Quoted> quotes = new ArrayList<>();
      for (Quoted q : entry.quotes()) {
        if (isWelsh(q, wanted)) {
          continue;
        }
        quotes.add(q);
        if (isEnglish(q, wanted)) {
          quotes.add(new Quoted(wanted.by(), wanted.label(), TimelineText.CY, welsh));
        }
      }
      if (quotes.equals(entry.quotes())) {
        return Optional.empty();
      }
      return Optional.of(
          new TimelineEntry(
              entry.entryId(),
              entry.kind(),
              entry.category(),
              entry.at(),
              entry.when(),
              entry.date(),
              entry.title(),
              entry.body(),
              List.copyOf(quotes),
              entry.glossaryKeys(),
              entry.links(),
              entry.flagged()));
    }
    return Optional.empty();
  }

  private static boolean matches(TimelineEntry entry, Quotation wanted) {
    if (!wanted.kind().equals(entry.kind()) || entry.quotes() == null) {
      return false;
    }
    Map<String, String> links = entry.links() == null ? Map.of() : entry.links();
    for (Map.Entry<String, String> link : wanted.links().entrySet()) {
      if (!link.getValue().equals(links.get(link.getKey()))) {
        return false;
      }
    }
    String personId = links.get("personId");
    if (personId != null && wanted.personId() != null && !personId.equals(wanted.personId())) {
      return false;
    }
    return entry.quotes().stream().anyMatch(q -> isEnglish(q, wanted));
  }

  private static boolean isEnglish(Quoted q, Quotation wanted) {
    return wanted.by().equals(q.by())
        && wanted.label().equals(q.label())
        && TimelineText.EN.equals(q.lang())
        && (wanted.en() == null || wanted.en().equals(q.text()));
  }

  private static boolean isWelsh(Quoted q, Quotation wanted) {
    return wanted.by().equals(q.by())
        && wanted.label().equals(q.label())
        && TimelineText.CY.equals(q.lang());
  }
}
