package casejourney.projections.timeline;

import static casejourney.api.views.TimelineCategory.CASE;
import static casejourney.api.views.TimelineCategory.MEETINGS;
import static casejourney.api.views.TimelineCategory.PLANS;
import static casejourney.api.views.TimelineCategory.REPORTS;

import casejourney.api.DisputeAnswer;
import casejourney.api.DisputedItem;
import casejourney.api.FamilyRole;
import casejourney.api.events.DisputeAnswerExtendedEvent;
import casejourney.api.events.DisputeAnsweredEvent;
import casejourney.api.events.DisputeRaisedEvent;
import casejourney.api.views.Audience;
import casejourney.api.views.CaseOverviewView.Dispute;
import casejourney.api.views.MeetingView;
import casejourney.api.views.TimelineCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The entries for something a family member says is wrong in the record, for more time taken to
 * answer it, and for each answer (ADR 0015). Only the person who raised it, the allocated worker
 * and, when it is about a meeting, that meeting's chair are told: a parent's dispute is their own
 * business, not the rest of the family's.
 *
 * <p>Templates take {0} what it is about (a sentence of its own, {@code <prefix>.dispute.<item>}),
 * {1} the day the answer is due (the extended day, once more time is taken), {2} who raised it and
 * {3} who answered.
 */
final class DisputeEntries {

  private DisputeEntries() {}

  static void raised(Deliveries d, DisputeRaisedEvent e) {
    Dispute x = dispute(d, e.disputeId());
    d.toEach(
        told(d, x),
        "DISPUTE_RAISED",
        category(x.item()),
        "dispute_raised",
        t -> args(d, x, t, null),
        (b, t) -> {
          b.date(x.answerDue()).flagged(staff(t));
          links(b, x);
          theirWords(d, b, x);
          if (staff(t)) {
            b.also(
                t.audience() == Audience.CHAIR ? "dispute_raised.chair" : "dispute_raised.worker",
                args(d, x, t, null));
          }
        });
  }

  /**
   * The worker took more time. The person is told the new day and why, in the worker's words; they
   * have nothing to do, so it is not flagged, and the worker already knows it is their move.
   */
  static void extended(Deliveries d, DisputeAnswerExtendedEvent e) {
    Dispute x = dispute(d, e.disputeId());
    d.toEach(
        told(d, x),
        "DISPUTE_EXTENDED",
        category(x.item()),
        "dispute_extended",
        t -> args(d, x, t, null),
        (b, t) -> {
          b.date(x.answerDue());
          links(b, x);
          theirWords(d, b, x);
          b.quote("WORKER", "reason", e.reason());
        });
  }

  /** A later answer replaces the earlier one on the case file; here it is a new entry. */
  static void answered(Deliveries d, DisputeAnsweredEvent e) {
    Dispute x = dispute(d, e.disputeId());
    boolean corrected = e.answer() == DisputeAnswer.CORRECTED;
    String who = e.answeredBy() == null ? null : e.answeredBy().name();
    d.toEach(
        told(d, x),
        "DISPUTE_ANSWERED",
        category(x.item()),
        corrected ? "dispute_corrected" : "dispute_not_changed",
        t -> args(d, x, t, who),
        (b, t) -> {
          b.flagged(!corrected && !staff(t));
          links(b, x);
          theirWords(d, b, x);
          b.quote("WORKER", corrected ? "correction" : "reason", e.explanation());
          if (answeredBefore(d, e.disputeId())) {
            b.also("dispute.replaces", EntryBuilder.NONE);
          }
        });
  }

  /**
   * The dispute as the case file holds it, this event folded in. An answer to one this group never
   * saw raised is as much an error as a meeting it never saw booked: it dead-letters, loudly, until
   * a replay reads the raising too.
   */
  private static Dispute dispute(Deliveries d, String disputeId) {
    return d.file
        .dispute(disputeId)
        .orElseThrow(
            () -> new IllegalStateException("dispute " + disputeId + " not on " + d.file.caseId()));
  }

  /** The person who raised it (a parent, carer or the young person), the worker, the chair. */
  private static List<Target> told(Deliveries d, Dispute x) {
    List<Target> who =
        Recipients.plus(
            Recipients.person(d.file, x.personId()).stream().toList(), Recipients.worker(d.file));
    if (x.item() == DisputedItem.MEETING_OUTCOME || x.item() == DisputedItem.REPORT) {
      who = Recipients.plus(who, List.of(Target.chair(d.file.caseId())));
    }
    return who;
  }

  private static TimelineCategory category(DisputedItem item) {
    return switch (item) {
      case REPORT -> REPORTS;
      case MEETING_OUTCOME -> MEETINGS;
      case PLAN_VERSION -> PLANS;
      case OTHER -> CASE;
    };
  }

  private static boolean staff(Target t) {
    return t.audience() == Audience.WORKER || t.audience() == Audience.CHAIR;
  }

  private static boolean answeredBefore(Deliveries d, String disputeId) {
    return d.before != null
        && d.before.disputesOrNone().stream()
            .anyMatch(p -> p.disputeId().equals(disputeId) && p.answered());
  }

  private static EntryBuilder.Args args(Deliveries d, Dispute x, Target t, String answeredBy) {
    return lang ->
        new Object[] {
          about(d, x, t, lang),
          Deliveries.date(lang, x.answerDue()),
          d.name(x.personId()),
          answeredBy
        };
  }

  /**
   * "You told us something is wrong in version 2 of the plan.": a whole sentence per item and
   * language, so that each language can build it its own way (Welsh "mewn adroddiad", "yn
   * fersiwn").
   */
  private static String about(Deliveries d, Dispute x, Target t, String lang) {
    Optional<MeetingView> meeting =
        x.meetingId() == null ? Optional.empty() : MeetingEntries.meeting(d, x.meetingId());
    return d.text.format(
        lang,
        t.prefix() + ".dispute." + x.item().name(),
        MeetingEntries.type(d, lang, meeting.map(MeetingView::type).orElse(null)),
        Deliveries.date(lang, meeting.map(DisputeEntries::day).orElse(null)),
        x.planVersion() == null ? "" : String.valueOf(x.planVersion()),
        d.name(x.personId()));
  }

  /** The day it was held, or is booked for. */
  private static LocalDate day(MeetingView m) {
    if (m.outcome() != null && m.outcome().heldOn() != null) {
      return m.outcome().heldOn();
    }
    return m.startsAt() == null ? null : m.startsAt().toLocalDate();
  }

  private static void links(EntryBuilder b, Dispute x) {
    b.link("disputeId", x.disputeId())
        .link("meetingId", x.meetingId())
        .link("reportId", x.reportId())
        .link("planVersion", x.planVersion());
  }

  /**
   * The report's title (the worker's words, quoted as on REPORT_SHARED), then what the person said
   * is wrong and what it should say, in their own language.
   */
  private static void theirWords(Deliveries d, EntryBuilder b, Dispute x) {
    boolean youngPerson =
        d.file.person(x.personId()).map(p -> p.role() == FamilyRole.YOUNG_PERSON).orElse(false);
    String by = youngPerson ? "YOUNG_PERSON" : "PARENT";
    String lang = d.languageOf(x.personId());
    b.quote("WORKER", "report", TimelineText.EN, reportTitle(d, x))
        .quote(by, "whatIsWrong", lang, x.whatIsWrong())
        .quote(by, "whatItShouldSay", lang, x.whatItShouldSay());
  }

  private static String reportTitle(Deliveries d, Dispute x) {
    if (x.reportId() == null || x.meetingId() == null) {
      return null;
    }
    return MeetingEntries.meeting(d, x.meetingId())
        .map(MeetingView::reports)
        .orElse(List.of())
        .stream()
        .filter(r -> r.reportId().equals(x.reportId()))
        .findFirst()
        .map(MeetingView.Report::title)
        .orElse(null);
  }
}
