package casejourney.projections.timeline;

import static casejourney.api.views.TimelineCategory.MEETINGS;
import static casejourney.api.views.TimelineCategory.REPORTS;

import casejourney.api.MeetingType;
import casejourney.api.Nation;
import casejourney.api.ParticipantKind;
import casejourney.api.events.ConferenceOutcomeRecordedEvent;
import casejourney.api.events.ConferenceRecordSentEvent;
import casejourney.api.events.MeetingCancelledEvent;
import casejourney.api.events.MeetingRescheduledEvent;
import casejourney.api.events.MeetingScheduledEvent;
import casejourney.api.events.ParticipantExcludedEvent;
import casejourney.api.events.ParticipantExclusionWithdrawnEvent;
import casejourney.api.events.ParticipantInvitedEvent;
import casejourney.api.events.ReportRedactedEvent;
import casejourney.api.events.ReportSharedEvent;
import casejourney.api.views.Audience;
import casejourney.api.views.MeetingView;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Timeline entries about meetings and the reports shared before them. */
final class MeetingEntries {

  private MeetingEntries() {}

  static boolean write(Deliveries d, Object event) {
    if (event instanceof MeetingScheduledEvent e) {
      d.to(
          Recipients.staff(d.file),
          "MEETING_SCHEDULED",
          MEETINGS,
          "meeting_scheduled",
          lang ->
              new Object[] {
                type(d, lang, e.type()), Deliveries.dateTime(lang, e.startsAt()), e.location()
              },
          (b, t) -> {
            b.when(e.startsAt()).link("meetingId", e.meetingId()).flagged(e.late());
            if (e.late()) {
              b.also(
                      "meeting.late",
                      lang ->
                          new Object[] {
                            d.workingDays(lang, e.workingDaysLate()),
                            Deliveries.date(lang, e.dueBy())
                          })
                  .quote("WORKER", "lateReason", "en", e.lateReason());
            }
          });
    } else if (event instanceof MeetingRescheduledEvent e) {
      MeetingType type = meeting(d, e.meetingId()).map(MeetingView::type).orElse(null);
      d.to(
          Recipients.plus(Recipients.invited(d.file, e.meetingId()), Recipients.staff(d.file)),
          "MEETING_MOVED",
          MEETINGS,
          "meeting_moved",
          lang ->
              new Object[] {
                type(d, lang, type),
                Deliveries.dateTime(lang, e.startsAt()),
                e.location(),
                Deliveries.dateTime(lang, e.previousStartsAt())
              },
          (b, t) -> {
            b.when(e.startsAt())
                .link("meetingId", e.meetingId())
                .quote("WORKER", "reason", e.reason());
            reportsMadeLate(d, e, b, t);
            if (e.late() && t.prefix().equals("staff")) {
              b.flagged(true)
                  .also(
                      "meeting.late",
                      lang ->
                          new Object[] {
                            d.workingDays(lang, e.workingDaysLate()),
                            Deliveries.date(lang, e.dueBy())
                          })
                  .quote("WORKER", "lateReason", "en", e.lateReason());
            }
          });
    } else if (event instanceof MeetingCancelledEvent e) {
      MeetingType type = meeting(d, e.meetingId()).map(MeetingView::type).orElse(null);
      LocalDateTime starts = meeting(d, e.meetingId()).map(MeetingView::startsAt).orElse(null);
      d.to(
          Recipients.plus(Recipients.invited(d.file, e.meetingId()), Recipients.staff(d.file)),
          "MEETING_CANCELLED",
          MEETINGS,
          "meeting_cancelled",
          lang -> new Object[] {type(d, lang, type), Deliveries.dateTime(lang, starts)},
          (b, t) -> b.link("meetingId", e.meetingId()).quote("WORKER", "reason", e.reason()));
    } else if (event instanceof ParticipantInvitedEvent e) {
      invited(d, e);
    } else if (event instanceof ReportSharedEvent e) {
      List<Target> who = Recipients.staff(d.file);
      for (String personId : e.sharedWithPersonIds()) {
        who = Recipients.plus(Recipients.person(d.file, personId).stream().toList(), who);
      }
      d.to(
          who,
          "REPORT_SHARED",
          REPORTS,
          reportKey(e),
          lang ->
              new Object[] {
                d.workingDays(lang, e.workingDaysBeforeMeeting()),
                String.valueOf(e.requiredWorkingDaysBefore())
              },
          (b, t) ->
              b.when(e.sharedAt())
                  .link("meetingId", e.meetingId())
                  .link("reportId", e.reportId())
                  .flagged(e.late())
                  .quote("WORKER", "report", "en", e.title())
                  .quote("WORKER", "lateReason", "en", e.late() ? e.lateReason() : null));
    } else if (event instanceof ConferenceOutcomeRecordedEvent e) {
      OutcomeEntries.write(d, e);
    } else if (event instanceof ConferenceRecordSentEvent e) {
      OutcomeEntries.recordSent(d, e);
    } else if (event instanceof ParticipantExcludedEvent e) {
      ExclusionEntries.write(d, e);
    } else if (event instanceof ParticipantExclusionWithdrawnEvent e) {
      ExclusionEntries.withdrawn(d, e);
    } else if (event instanceof ReportRedactedEvent e) {
      RedactionEntries.write(d, e);
    } else {
      return ViewsEntries.write(d, event);
    }
    return true;
  }

  /**
   * Each report the move leaves late, told to staff and to the people it was shared with: they now
   * have less time to read it than the rule gives.
   */
  private static void reportsMadeLate(
      Deliveries d, MeetingRescheduledEvent e, EntryBuilder b, Target t) {
    if (e.reports() == null) {
      return;
    }
    List<MeetingView.Report> reports =
        meeting(d, e.meetingId()).map(MeetingView::reports).orElse(List.of());
    for (MeetingRescheduledEvent.ReportTiming timing : e.reports()) {
      if (!timing.late()) {
        continue;
      }
      reports.stream()
          .filter(r -> r.reportId().equals(timing.reportId()))
          .filter(r -> t.personId() == null || r.sharedWithPersonIds().contains(t.personId()))
          .findFirst()
          .ifPresent(
              r ->
                  b.flagged(true)
                      .also(
                          "meeting_moved.report_late",
                          lang ->
                              new Object[] {
                                d.workingDays(lang, timing.workingDaysBeforeMeeting()),
                                String.valueOf(r.requiredWorkingDaysBefore())
                              })
                      .quote("WORKER", "report", "en", r.title())
                      .quote("WORKER", "lateReason", "en", timing.lateReason()));
    }
  }

  private static void invited(Deliveries d, ParticipantInvitedEvent e) {
    Optional<MeetingView> meeting = meeting(d, e.meetingId());
    MeetingType type = meeting.map(MeetingView::type).orElse(null);
    LocalDateTime startsAt = meeting.map(MeetingView::startsAt).orElse(null);
    String location = meeting.map(MeetingView::location).orElse("");
    EntryBuilder.Args args =
        lang ->
            new Object[] {
              type(d, lang, type),
              Deliveries.dateTime(lang, startsAt),
              location,
              e.name(),
              role(d, lang, e),
              d.text.word(lang, "language." + e.language().name())
            };
    List<Target> who = Recipients.staff(d.file);
    if (e.kind() == ParticipantKind.FAMILY_MEMBER) {
      who = Recipients.plus(Recipients.person(d.file, e.participantId()).stream().toList(), who);
    }
    d.to(
        who,
        "INVITED",
        MEETINGS,
        "invited",
        args,
        (b, t) -> {
          b.when(startsAt).link("meetingId", e.meetingId());
          if (t.audience() == Audience.YOUNG_PERSON && d.file.nation() == Nation.WALES) {
            b.also("invited.wales_advocate", EntryBuilder.NONE);
          }
        });
  }

  /**
   * What the person invited is to the case: a professional's role as the worker wrote it, a family
   * member's part in the case (only professionals have a written role).
   */
  private static String role(Deliveries d, String lang, ParticipantInvitedEvent e) {
    if (e.roleDescription() != null && !e.roleDescription().isBlank()) {
      return e.roleDescription();
    }
    return d.file
        .person(e.participantId())
        .map(p -> d.word(lang, "familyRole.", p.role()))
        .orElse(d.text.word(lang, "familyRole.unknown"));
  }

  static Optional<MeetingView> meeting(Deliveries d, String meetingId) {
    return d.file.meeting(meetingId);
  }

  static String type(Deliveries d, String lang, MeetingType type) {
    return d.word(lang, "type.", type);
  }

  /**
   * On the day of the meeting or after it, "shared 0 (or -2) working days before" would be
   * nonsense: those say when it came instead.
   */
  private static String reportKey(ReportSharedEvent e) {
    if (e.workingDaysBeforeMeeting() < 0) {
      return "report_shared_after";
    }
    if (e.workingDaysBeforeMeeting() == 0 && e.late()) {
      return "report_shared_on_day";
    }
    return e.late() ? "report_shared_late" : "report_shared";
  }
}
