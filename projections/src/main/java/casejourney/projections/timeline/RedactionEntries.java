package casejourney.projections.timeline;

import static casejourney.api.views.TimelineCategory.REPORTS;

import casejourney.api.events.ReportRedactedEvent;
import casejourney.api.views.Audience;
import casejourney.api.views.MeetingView;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The entry for parts of a report held back from one person's copy. Only that person, a parent,
 * carer or the young person, and staff are told: the rest of the family is not (docs/events.md).
 */
final class RedactionEntries {

  private RedactionEntries() {}

  static void write(Deliveries d, ReportRedactedEvent e) {
    Optional<MeetingView> meeting = MeetingEntries.meeting(d, e.meetingId());
    LocalDateTime startsAt = meeting.map(MeetingView::startsAt).orElse(null);
    // The title is the worker's words, so it is quoted beside the text, as on REPORT_SHARED.
    String title =
        meeting.map(MeetingView::reports).orElse(List.of()).stream()
            .filter(r -> r.reportId().equals(e.reportId()))
            .findFirst()
            // A title that can no longer be read is null, which findFirst() would not take.
            .map(MeetingView.Report::title)
            .orElse(null);
    List<Target> who =
        Recipients.plus(
            Recipients.person(d.file, e.personId()).stream()
                .filter(
                    t -> t.audience() == Audience.PARENT || t.audience() == Audience.YOUNG_PERSON)
                .toList(),
            Recipients.staff(d.file));
    d.to(
        who,
        "REPORT_REDACTED",
        REPORTS,
        "report_redacted",
        lang ->
            new Object[] {
              MeetingEntries.type(d, lang, meeting.map(MeetingView::type).orElse(null)),
              Deliveries.dateTime(lang, startsAt),
              d.name(e.personId())
            },
        (b, t) ->
            b.when(startsAt)
                .link("meetingId", e.meetingId())
                .link("reportId", e.reportId())
                .link("personId", e.personId())
                .flagged(true)
                .quote("WORKER", "report", "en", title)
                .quote("WORKER", "reason", e.reason()));
  }
}
