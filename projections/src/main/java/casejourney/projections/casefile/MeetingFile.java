package casejourney.projections.casefile;

import casejourney.api.BilingualText;
import casejourney.api.MeetingType;
import casejourney.api.StaffMember;
import casejourney.api.views.MeetingView;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A meeting being folded from events; becomes a {@link MeetingView}. */
final class MeetingFile {
  String meetingId;
  MeetingType type;
  LocalDateTime startsAt;
  String location;
  StaffMember chair;
  String status;
  LocalDate dueBy;
  boolean late;
  int workingDaysLate;
  String lateReason;
  BilingualText cancelReason;
  MeetingView.Outcome outcome;
  final List<MeetingView.Reschedule> reschedules = new ArrayList<>();
  final List<MeetingView.Invitation> invitations = new ArrayList<>();
  final List<MeetingView.Report> reports = new ArrayList<>();
  final List<MeetingView.AdvocateOffer> advocateOffers = new ArrayList<>();
  final List<MeetingView.Choice> choices = new ArrayList<>();
  final List<MeetingView.Contribution> contributions = new ArrayList<>();
  final List<MeetingView.ChairResponse> chairResponses = new ArrayList<>();
  final List<MeetingView.Exclusion> exclusions = new ArrayList<>();
  final List<MeetingView.Redaction> redactions = new ArrayList<>();

  static MeetingFile from(MeetingView view) {
    MeetingFile m = new MeetingFile();
    m.meetingId = view.meetingId();
    m.type = view.type();
    m.startsAt = view.startsAt();
    m.location = view.location();
    m.chair = view.chair();
    m.status = view.status();
    m.dueBy = view.dueBy();
    m.late = view.late();
    m.workingDaysLate = view.workingDaysLate();
    m.lateReason = view.lateReason();
    m.cancelReason = view.cancelReason();
    m.outcome = view.outcome();
    m.reschedules.addAll(view.reschedules());
    m.invitations.addAll(view.invitations());
    m.reports.addAll(view.reports());
    m.advocateOffers.addAll(view.advocateOffers());
    m.choices.addAll(view.choices());
    m.contributions.addAll(view.contributions());
    m.chairResponses.addAll(view.chairResponses());
    // Documents written before exclusions were recorded have none.
    if (view.exclusions() != null) {
      m.exclusions.addAll(view.exclusions());
    }
    if (view.redactions() != null) {
      m.redactions.addAll(view.redactions());
    }
    return m;
  }

  MeetingView toView() {
    return new MeetingView(
        meetingId,
        type,
        startsAt,
        location,
        chair,
        status,
        dueBy,
        late,
        workingDaysLate,
        lateReason,
        List.copyOf(reschedules),
        cancelReason,
        List.copyOf(invitations),
        List.copyOf(reports),
        List.copyOf(advocateOffers),
        List.copyOf(choices),
        List.copyOf(contributions),
        outcome,
        List.copyOf(chairResponses),
        List.copyOf(exclusions),
        List.copyOf(redactions));
  }
}
