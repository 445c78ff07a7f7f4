package casejourney.projections.casefile;

import casejourney.api.Visibility;
import casejourney.api.events.AdvocateOfferedEvent;
import casejourney.api.events.ChairRespondedToViewsEvent;
import casejourney.api.events.ConferenceOutcomeRecordedEvent;
import casejourney.api.events.ContributionSubmittedEvent;
import casejourney.api.events.ContributionVisibilityOverriddenEvent;
import casejourney.api.events.MeetingCancelledEvent;
import casejourney.api.events.MeetingRescheduledEvent;
import casejourney.api.events.ParticipantExcludedEvent;
import casejourney.api.events.ParticipantExclusionWithdrawnEvent;
import casejourney.api.events.ParticipantInvitedEvent;
import casejourney.api.events.ParticipationChosenEvent;
import casejourney.api.events.ReportRedactedEvent;
import casejourney.api.events.ReportSharedEvent;
import casejourney.api.views.MeetingView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** How events about an existing meeting change the {@link CaseFile}. */
final class MeetingFold {

  private MeetingFold() {}

  /** The report as it stands against the meeting's new day. */
  private static MeetingView.Report timed(
      MeetingView.Report r, MeetingRescheduledEvent.ReportTiming t) {
    return new MeetingView.Report(
        r.reportId(),
        r.title(),
        r.author(),
        r.sharedWithPersonIds(),
        r.sharedAt(),
        r.requiredWorkingDaysBefore(),
        t.workingDaysBeforeMeeting(),
        t.late(),
        t.workingDaysLate(),
        t.lateReason());
  }

  static void apply(CaseFile f, Object event) {
    if (event instanceof MeetingRescheduledEvent e) {
      MeetingFile m = f.meetingFile(e.meetingId());
      m.reschedules.add(
          new MeetingView.Reschedule(
              e.previousStartsAt(),
              e.startsAt(),
              e.location(),
              e.reason(),
              e.late(),
              e.workingDaysLate(),
              e.lateReason(),
              e.rescheduledAt()));
      m.startsAt = e.startsAt();
      m.location = e.location();
      m.status = MeetingView.MOVED;
      m.dueBy = e.dueBy();
      m.late = e.late();
      m.workingDaysLate = e.workingDaysLate();
      m.lateReason = e.lateReason();
      if (e.reports() != null) {
        for (MeetingRescheduledEvent.ReportTiming t : e.reports()) {
          m.reports.replaceAll(r -> r.reportId().equals(t.reportId()) ? timed(r, t) : r);
        }
      }
    } else if (event instanceof MeetingCancelledEvent e) {
      MeetingFile m = f.meetingFile(e.meetingId());
      m.status = MeetingView.CANCELLED;
      m.cancelReason = e.reason();
    } else if (event instanceof ParticipantInvitedEvent e) {
      f.meetingFile(e.meetingId())
          .invitations
          .add(
              new MeetingView.Invitation(
                  e.participantId(),
                  e.kind(),
                  e.name(),
                  e.roleDescription(),
                  e.language(),
                  e.invitedAt()));
    } else if (event instanceof ReportSharedEvent e) {
      f.meetingFile(e.meetingId())
          .reports
          .add(
              new MeetingView.Report(
                  e.reportId(),
                  e.title(),
                  e.author(),
                  List.copyOf(e.sharedWithPersonIds()),
                  e.sharedAt(),
                  e.requiredWorkingDaysBefore(),
                  e.workingDaysBeforeMeeting(),
                  e.late(),
                  e.workingDaysLate(),
                  e.lateReason()));
    } else if (event instanceof AdvocateOfferedEvent e) {
      f.meetingFile(e.meetingId())
          .advocateOffers
          .add(
              new MeetingView.AdvocateOffer(e.youngPersonId(), e.advocacyService(), e.offeredAt()));
    } else if (event instanceof ParticipationChosenEvent e) {
      f.meetingFile(e.meetingId())
          .choices
          .add(
              new MeetingView.Choice(
                  e.youngPersonId(),
                  e.choice(),
                  e.previousChoice(),
                  e.wantsAdvocate(),
                  e.chosenAt()));
    } else if (event instanceof ContributionSubmittedEvent e) {
      f.meetingFile(e.meetingId()).contributions.add(contribution(e));
    } else if (event instanceof ContributionVisibilityOverriddenEvent e) {
      override(f.meetingFile(e.meetingId()), e);
    } else if (event instanceof ParticipantExcludedEvent e) {
      // The chair's latest decision about a person is the one that stands (docs/events.md).
      replaceOrAdd(
          f.meetingFile(e.meetingId()).exclusions,
          new MeetingView.Exclusion(e.personId(), e.scope(), e.reason(), e.excludedAt()),
          x -> x.personId().equals(e.personId()));
    } else if (event instanceof ParticipantExclusionWithdrawnEvent e) {
      f.meetingFile(e.meetingId()).exclusions.removeIf(x -> x.personId().equals(e.personId()));
    } else if (event instanceof ReportRedactedEvent e) {
      // The latest reason for one person's copy of a report is the one that stands.
      replaceOrAdd(
          f.meetingFile(e.meetingId()).redactions,
          new MeetingView.Redaction(e.reportId(), e.personId(), e.reason(), e.redactedAt()),
          r -> r.reportId().equals(e.reportId()) && r.personId().equals(e.personId()));
    } else if (event instanceof ConferenceOutcomeRecordedEvent e) {
      MeetingFile m = f.meetingFile(e.meetingId());
      m.status = MeetingView.HELD;
      m.outcome =
          new MeetingView.Outcome(
              e.heldOn(),
              e.decision(),
              e.category(),
              e.nextReviewDate(),
              e.reasons(),
              e.strengths() == null ? List.of() : List.copyOf(e.strengths()),
              e.risks() == null ? List.of() : List.copyOf(e.risks()),
              e.familyView(),
              e.dissent(),
              e.recordedAt());
    } else if (event instanceof ChairRespondedToViewsEvent e) {
      f.meetingFile(e.meetingId())
          .chairResponses
          .add(new MeetingView.ChairResponse(e.youngPersonId(), e.response(), e.respondedAt()));
    }
  }

  private static MeetingView.Contribution contribution(ContributionSubmittedEvent e) {
    return new MeetingView.Contribution(
        e.contributionId(),
        e.youngPersonId(),
        e.form(),
        e.words(),
        e.worries(),
        e.goodThings(),
        e.wishes(),
        e.drawingReference(),
        e.visibility(),
        e.visibility(),
        e.submittedAt(),
        List.of());
  }

  private static void override(MeetingFile m, ContributionVisibilityOverriddenEvent e) {
    m.contributions.replaceAll(
        c -> {
          if (!c.contributionId().equals(e.contributionId())) {
            return c;
          }
          List<MeetingView.VisibilityOverride> overrides = new ArrayList<>(c.overrides());
          overrides.add(
              new MeetingView.VisibilityOverride(
                  e.previousVisibility(),
                  e.visibility(),
                  e.safeguardingReason(),
                  e.overriddenAt()));
          Visibility now = e.visibility();
          return new MeetingView.Contribution(
              c.contributionId(),
              c.youngPersonId(),
              c.form(),
              c.words(),
              c.worries(),
              c.goodThings(),
              c.wishes(),
              c.drawingReference(),
              c.chosenVisibility(),
              now,
              c.submittedAt(),
              List.copyOf(overrides));
        });
  }

  /** Puts {@code item} in place of the first element {@code same} matches, else at the end. */
  private static <T> void replaceOrAdd(List<T> list, T item, Predicate<T> same) {
    for (int i = 0; i < list.size(); i++) {
      if (same.test(list.get(i))) {
        list.set(i, item);
        return;
      }
    }
    list.add(item);
  }
}
