package casejourney.projections.timeline;

import static casejourney.api.views.TimelineCategory.MEETINGS;

import casejourney.api.ExclusionScope;
import casejourney.api.events.ParticipantExcludedEvent;
import casejourney.api.events.ParticipantExclusionWithdrawnEvent;
import casejourney.api.views.Audience;
import casejourney.api.views.MeetingView;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The entry for a parent or carer the chair leaves out of all or part of a meeting. Only they and
 * staff are told: the rest of the family, the young person included, is not (docs/events.md).
 */
final class ExclusionEntries {

  private ExclusionEntries() {}

  /**
   * The person left out, if a parent or carer, and staff. Were an event ever to name the young
   * person, they would still not be told this way, and staff would see it all the same.
   */
  private static List<Target> told(Deliveries d, String personId) {
    return Recipients.plus(
        Recipients.person(d.file, personId).stream()
            .filter(t -> t.audience() == Audience.PARENT)
            .toList(),
        Recipients.staff(d.file));
  }

  static void write(Deliveries d, ParticipantExcludedEvent e) {
    Optional<MeetingView> meeting = MeetingEntries.meeting(d, e.meetingId());
    LocalDateTime startsAt = meeting.map(MeetingView::startsAt).orElse(null);
    String stem = e.scope() == ExclusionScope.PART_OF_MEETING ? "excluded_part" : "excluded_whole";
    d.to(
        told(d, e.personId()),
        "EXCLUDED_FROM_MEETING",
        MEETINGS,
        stem,
        lang ->
            new Object[] {
              MeetingEntries.type(d, lang, meeting.map(MeetingView::type).orElse(null)),
              Deliveries.dateTime(lang, startsAt),
              d.name(e.personId())
            },
        (b, t) ->
            b.when(startsAt)
                .link("meetingId", e.meetingId())
                .link("personId", e.personId())
                .flagged(true)
                .also("excluded.still", lang -> new Object[] {d.name(e.personId())})
                .quote("CHAIR", "reason", e.reason()));
  }

  /** Whoever was told they were left out is told they may come after all; no one else. */
  static void withdrawn(Deliveries d, ParticipantExclusionWithdrawnEvent e) {
    Optional<MeetingView> meeting = MeetingEntries.meeting(d, e.meetingId());
    LocalDateTime startsAt = meeting.map(MeetingView::startsAt).orElse(null);
    d.to(
        told(d, e.personId()),
        "EXCLUSION_WITHDRAWN",
        MEETINGS,
        "exclusion_withdrawn",
        lang ->
            new Object[] {
              MeetingEntries.type(d, lang, meeting.map(MeetingView::type).orElse(null)),
              Deliveries.dateTime(lang, startsAt),
              d.name(e.personId())
            },
        (b, t) -> b.when(startsAt).link("meetingId", e.meetingId()));
  }
}
