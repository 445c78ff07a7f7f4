package casejourney.projections.timeline;

import static casejourney.api.views.TimelineCategory.MEETINGS;

import casejourney.api.MeetingType;
import casejourney.api.events.ConferenceOutcomeRecordedEvent;
import casejourney.api.events.ConferenceRecordSentEvent;
import casejourney.api.views.Audience;
import casejourney.api.views.MeetingView;

/** The entry for a meeting's outcome: the decision, and the words of those who spoke. */
final class OutcomeEntries {

  private OutcomeEntries() {}

  static void write(Deliveries d, ConferenceOutcomeRecordedEvent e) {
    MeetingType type = MeetingEntries.meeting(d, e.meetingId()).map(MeetingView::type).orElse(null);
    d.to(
        Recipients.plus(Recipients.invited(d.file, e.meetingId()), Recipients.staff(d.file)),
        "MEETING_HELD",
        MEETINGS,
        "meeting_held",
        lang ->
            new Object[] {MeetingEntries.type(d, lang, type), Deliveries.date(lang, e.heldOn())},
        (b, t) -> {
          b.date(e.heldOn()).link("meetingId", e.meetingId());
          if (e.decision() != null) {
            String prefix = t.audience() == Audience.YOUNG_PERSON ? "yp.decision." : "decision.";
            b.also(
                "meeting_held.decision", lang -> new Object[] {d.word(lang, prefix, e.decision())});
          }
          if (e.category() != null && t.audience() != Audience.YOUNG_PERSON) {
            b.also(
                "meeting_held.category",
                lang -> new Object[] {d.word(lang, "category.", e.category())});
          }
          if (e.nextReviewDate() != null) {
            b.also(
                "meeting_held.next_review",
                lang -> new Object[] {Deliveries.date(lang, e.nextReviewDate())});
          }
          b.quote("CHAIR", "reasons", e.reasons());
          if (t.audience() != Audience.YOUNG_PERSON) {
            // The chair writes down the family's view and any dissent: quoting them as a parent's
            // would put words in a parent's mouth that they may never have written.
            b.quote("CHAIR", "familyView", "en", e.familyView());
            b.quote("CHAIR", "dissent", "en", e.dissent());
            b.flagged(e.dissent() != null && !e.dissent().isBlank());
          }
        });
  }

  /** The full record of the conference went to the family, to those who were invited to it. */
  static void recordSent(Deliveries d, ConferenceRecordSentEvent e) {
    MeetingType type = MeetingEntries.meeting(d, e.meetingId()).map(MeetingView::type).orElse(null);
    d.to(
        Recipients.plus(Recipients.invited(d.file, e.meetingId()), Recipients.staff(d.file)),
        "RECORD_SENT",
        MEETINGS,
        "record_sent",
        lang ->
            new Object[] {MeetingEntries.type(d, lang, type), Deliveries.date(lang, e.sentOn())},
        (b, t) -> b.date(e.sentOn()).link("meetingId", e.meetingId()));
  }
}
