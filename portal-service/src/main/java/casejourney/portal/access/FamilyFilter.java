package casejourney.portal.access;

import casejourney.api.Visibility;
import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.MeetingView;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What of a case overview one family member may see. The overview holds everything; these rules cut
 * it down per person (DOMAIN.md, "Who may see what").
 */
public final class FamilyFilter {

  private FamilyFilter() {}

  /** Meetings this person is invited to, in the order they were scheduled. */
  public static List<MeetingView> meetings(CaseOverviewView overview, String personId) {
    return overview.meetings().stream()
        .filter(
            m ->
                m.invitations() != null
                    && m.invitations().stream().anyMatch(i -> personId.equals(i.participantId())))
        .toList();
  }

  /** The next meeting this person is invited to, or else the latest one. */
  public static Optional<MeetingView> nextMeeting(
      CaseOverviewView overview, String personId, LocalDateTime now) {
    List<MeetingView> mine =
        meetings(overview, personId).stream()
            .filter(m -> !MeetingView.CANCELLED.equals(m.status()))
            .toList();
    Optional<MeetingView> upcoming =
        mine.stream()
            .filter(m -> m.outcome() == null && !m.startsAt().isBefore(now.minusHours(3)))
            .min(Comparator.comparing(MeetingView::startsAt));
    return upcoming.or(() -> mine.stream().max(Comparator.comparing(MeetingView::startsAt)));
  }

  /** Reports shared with this person. */
  public static List<MeetingView.Report> reportsFor(MeetingView meeting, String personId) {
    return meeting.reports() == null
        ? List.of()
        : meeting.reports().stream()
            .filter(r -> r.sharedWithPersonIds() != null)
            .filter(r -> r.sharedWithPersonIds().contains(personId))
            .toList();
  }

  /** The young person's contributions a parent may see: only those shared with everyone. */
  public static List<MeetingView.Contribution> sharedContributions(MeetingView meeting) {
    return contributions(meeting).stream()
        .filter(c -> c.visibility() == Visibility.EVERYONE_AT_MEETING)
        .toList();
  }

  /** A young person's own contributions, whoever may see them. */
  public static List<MeetingView.Contribution> ownContributions(
      MeetingView meeting, String personId) {
    return contributions(meeting).stream().filter(c -> personId.equals(c.youngPersonId())).toList();
  }

  /** The young person's latest choice of how to take part, if they made one. */
  public static Optional<MeetingView.Choice> latestChoice(MeetingView meeting, String personId) {
    if (meeting.choices() == null) {
      return Optional.empty();
    }
    return meeting.choices().stream()
        .filter(c -> personId.equals(c.youngPersonId()))
        .reduce((first, second) -> second);
  }

  /** The chair's responses to this young person. */
  public static List<MeetingView.ChairResponse> chairResponses(
      MeetingView meeting, String personId) {
    return meeting.chairResponses() == null
        ? List.of()
        : meeting.chairResponses().stream()
            .filter(r -> personId.equals(r.youngPersonId()))
            .toList();
  }

  /**
   * The meeting cut down to what a parent or carer may see, so that neither a template nor the JSON
   * API can show more: only the reports shared with them and the young person's views shared with
   * everyone; none of the young person's choices, advocate offers or the chair's replies to them.
   */
  public static MeetingView forParent(MeetingView m, String personId) {
    return withPersonal(
        m,
        reportsFor(m, personId),
        List.of(),
        List.of(),
        sharedContributions(m),
        m.outcome(),
        List.of(),
        exclusionsOf(m, personId),
        redactionsOf(m, personId));
  }

  /**
   * What this person said is wrong in the record, and the answers to it; never another family
   * member's (docs/adr/0015): a parent's dispute of a report shared with them is their own
   * business, and the parents may live apart.
   */
  public static List<CaseOverviewView.Dispute> disputesOf(
      CaseOverviewView overview, String personId) {
    return overview.disputesOrNone().stream().filter(d -> personId.equals(d.personId())).toList();
  }

  /** Only the holding back of this person's own copies. */
  public static List<MeetingView.Redaction> redactionsOf(MeetingView m, String personId) {
    return m.redactions() == null
        ? List.of()
        : m.redactions().stream().filter(r -> personId.equals(r.personId())).toList();
  }

  /** Only this person's own exclusion: whether another parent was left out is not theirs to see. */
  public static List<MeetingView.Exclusion> exclusionsOf(MeetingView m, String personId) {
    return m.exclusions() == null
        ? List.of()
        : m.exclusions().stream().filter(e -> personId.equals(e.personId())).toList();
  }

  /**
   * The meeting cut down to what this young person may see, so that neither a template nor the JSON
   * API can show more: reports shared with them, and only their own choices, offers, contributions
   * and the chair's replies to them.
   */
  public static MeetingView forYoungPerson(MeetingView m, String personId) {
    return withPersonal(
        m,
        reportsFor(m, personId),
        m.advocateOffers() == null
            ? List.of()
            : m.advocateOffers().stream().filter(o -> personId.equals(o.youngPersonId())).toList(),
        m.choices() == null
            ? List.of()
            : m.choices().stream().filter(c -> personId.equals(c.youngPersonId())).toList(),
        ownContributions(m, personId),
        childsOutcome(m.outcome()),
        chairResponses(m, personId),
        exclusionsOf(m, personId),
        redactionsOf(m, personId));
  }

  /**
   * The outcome as the young person's own timeline tells it: the decision, the chair's reasons and
   * the next review, without the category of harm, the risks or the adults' words, which the
   * child's timeline leaves out too.
   */
  static MeetingView.Outcome childsOutcome(MeetingView.Outcome o) {
    if (o == null) {
      return null;
    }
    return new MeetingView.Outcome(
        o.heldOn(),
        o.decision(),
        null,
        o.nextReviewDate(),
        o.reasons(),
        o.strengths(),
        List.of(),
        null,
        null,
        o.recordedAt());
  }

  /** The meeting as arranged, with what is about particular people replaced by the given lists. */
  private static MeetingView withPersonal(
      MeetingView m,
      List<MeetingView.Report> reports,
      List<MeetingView.AdvocateOffer> advocateOffers,
      List<MeetingView.Choice> choices,
      List<MeetingView.Contribution> contributions,
      MeetingView.Outcome outcome,
      List<MeetingView.ChairResponse> chairResponses,
      List<MeetingView.Exclusion> exclusions,
      List<MeetingView.Redaction> redactions) {
    return new MeetingView(
        m.meetingId(),
        m.type(),
        m.startsAt(),
        m.location(),
        m.chair(),
        m.status(),
        m.dueBy(),
        m.late(),
        m.workingDaysLate(),
        m.lateReason(),
        m.reschedules(),
        m.cancelReason(),
        m.invitations(),
        reports,
        advocateOffers,
        choices,
        contributions,
        outcome,
        chairResponses,
        exclusions,
        redactions);
  }

  private static List<MeetingView.Contribution> contributions(MeetingView meeting) {
    return meeting.contributions() == null ? List.of() : meeting.contributions();
  }
}
