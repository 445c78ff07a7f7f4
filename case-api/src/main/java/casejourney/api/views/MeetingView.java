package casejourney.api.views;

import casejourney.api.BilingualText;
import casejourney.api.ConferenceDecision;
import casejourney.api.ContributionForm;
import casejourney.api.ExclusionScope;
import casejourney.api.Language;
import casejourney.api.MeetingType;
import casejourney.api.ParticipantKind;
import casejourney.api.ParticipationChoice;
import casejourney.api.ProtectionCategory;
import casejourney.api.StaffMember;
import casejourney.api.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One meeting within {@link CaseOverviewView}: enough to draw its page with one read.
 *
 * @param status {@code SCHEDULED}, {@code MOVED}, {@code CANCELLED} or {@code HELD}
 * @param dueBy its statutory due date, or null
 * @param late true when it is (or was) held after its due date
 * @param cancelReason why it was cancelled, or null
 * @param outcome the recorded outcome, or null until held
 * @param chairResponses the chair's responses to the young person's views
 * @param exclusions family members the chair has left out of all or part of the meeting, each with
 *     the safeguarding reason; a family member sees only their own
 */
public record MeetingView(
    String meetingId,
    MeetingType type,
    LocalDateTime startsAt,
    String location,
    StaffMember chair,
    String status,
    LocalDate dueBy,
    boolean late,
    int workingDaysLate,
    String lateReason,
    List<Reschedule> reschedules,
    BilingualText cancelReason,
    List<Invitation> invitations,
    List<Report> reports,
    List<AdvocateOffer> advocateOffers,
    List<Choice> choices,
    List<Contribution> contributions,
    Outcome outcome,
    List<ChairResponse> chairResponses,
    List<Exclusion> exclusions,
    List<Redaction> redactions) {

  public static final String SCHEDULED = "SCHEDULED";
  public static final String MOVED = "MOVED";
  public static final String CANCELLED = "CANCELLED";
  public static final String HELD = "HELD";

  /** The meeting was moved. */
  public record Reschedule(
      LocalDateTime from,
      LocalDateTime to,
      String location,
      BilingualText reason,
      boolean late,
      int workingDaysLate,
      String lateReason,
      Instant at) {}

  /** Someone was invited, in their language. */
  public record Invitation(
      String participantId,
      ParticipantKind kind,
      String name,
      String roleDescription,
      Language language,
      Instant invitedAt) {}

  /** A report shared before the meeting: with whom, when, and whether late. */
  public record Report(
      String reportId,
      String title,
      String author,
      List<String> sharedWithPersonIds,
      LocalDateTime sharedAt,
      int requiredWorkingDaysBefore,
      int workingDaysBeforeMeeting,
      boolean late,
      int workingDaysLate,
      String lateReason) {}

  /** An advocate was offered to the young person. */
  public record AdvocateOffer(String youngPersonId, String advocacyService, Instant offeredAt) {}

  /** One of the young person's choices of how to take part, oldest first. */
  public record Choice(
      String youngPersonId,
      ParticipationChoice choice,
      ParticipationChoice previousChoice,
      boolean wantsAdvocate,
      Instant chosenAt) {}

  /**
   * A young person's contribution. {@code visibility} is the current one; {@code overrides} are the
   * chair's changes, each with its safeguarding reason.
   */
  public record Contribution(
      String contributionId,
      String youngPersonId,
      ContributionForm form,
      String words,
      String worries,
      String goodThings,
      String wishes,
      String drawingReference,
      Visibility chosenVisibility,
      Visibility visibility,
      Instant submittedAt,
      List<VisibilityOverride> overrides) {}

  /** The chair changed who may see a contribution. */
  public record VisibilityOverride(
      Visibility from, Visibility to, String safeguardingReason, Instant at) {}

  /** What the meeting decided. */
  public record Outcome(
      LocalDate heldOn,
      ConferenceDecision decision,
      ProtectionCategory category,
      LocalDate nextReviewDate,
      BilingualText reasons,
      List<String> strengths,
      List<String> risks,
      String familyView,
      String dissent,
      Instant recordedAt) {}

  /** The chair's response to the young person's views. */
  public record ChairResponse(String youngPersonId, BilingualText response, Instant respondedAt) {}

  /** A family member left out of all or part of the meeting; the latest decision for each. */
  public record Exclusion(
      String personId, ExclusionScope scope, BilingualText reason, Instant excludedAt) {}

  /** Parts of a report held back from one person's copy; the latest reason for each. */
  public record Redaction(
      String reportId, String personId, BilingualText reason, Instant redactedAt) {}
}
