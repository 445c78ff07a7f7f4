package casejourney.caseservice.domain;

import casejourney.api.MeetingType;
import casejourney.api.calendar.Lateness;
import casejourney.api.calendar.StatutoryClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a meeting is due by law (DOMAIN.md "Statutory timescales") and whether its time is late. A
 * meeting is judged against the meetings scheduled before it, so moving a later meeting never
 * changes the clock of an earlier one.
 */
final class MeetingClock {

  private final CaseRecord record;
  private final List<Meeting> earlier;
  private final CaseRules rules;

  /**
   * @param earlier the meetings scheduled before this one, in order; cancelled ones are ignored
   */
  MeetingClock(CaseRecord record, List<Meeting> earlier, CaseRules rules) {
    this.record = record;
    this.earlier = earlier.stream().filter(m -> !m.cancelled()).toList();
    this.rules = rules;
  }

  /** The due date, lateness and the reason kept for it; the reason is required when late. */
  Timing assess(MeetingType type, LocalDateTime startsAt, String lateReason) {
    LocalDate dueBy = dueBy(type);
    Lateness lateness =
        dueBy == null ? Lateness.onTime() : clock().lateness(dueBy, startsAt.toLocalDate());
    if (!lateness.late()) {
      return new Timing(dueBy, lateness, null);
    }
    if (lateReason == null || lateReason.isBlank()) {
      throw new CaseRuleException(
          "lateReason",
          "this meeting is after its statutory date ("
              + dueBy
              + ") by "
              + lateness.workingDaysLate()
              + " working days: say why it cannot be held sooner");
    }
    return new Timing(dueBy, lateness, lateReason);
  }

  /** Null where no clock applies (a later core group, or a review with no initial conference). */
  LocalDate dueBy(MeetingType type) {
    return switch (type) {
      case INITIAL_CONFERENCE -> initialConferenceDue();
      case CORE_GROUP -> firstCoreGroupDue();
      case REVIEW_CONFERENCE -> reviewDue();
    };
  }

  private LocalDate initialConferenceDue() {
    if (record.initialConferenceDue() == null) {
      throw new CaseRuleException(
          "type",
          "record the strategy discussion first: the initial conference's date is counted from"
              + " it");
    }
    return record.initialConferenceDue();
  }

  private LocalDate firstCoreGroupDue() {
    boolean first = earlier.stream().noneMatch(m -> m.type() == MeetingType.CORE_GROUP);
    return first
        ? initialConference().map(m -> clock().firstCoreGroupDue(m.date())).orElse(null)
        : null;
  }

  private LocalDate reviewDue() {
    Optional<Meeting> initial = initialConference();
    if (initial.isEmpty()) {
      return null;
    }
    Optional<Meeting> lastReview = lastHeld(MeetingType.REVIEW_CONFERENCE);
    LocalDate statutory =
        lastReview.isPresent()
            ? clock().nextReviewDue(lastReview.get().heldOn())
            : clock().firstReviewDue(initial.get().date());
    // The conference may set an earlier review than the law requires, never a later one.
    LocalDate set =
        earlier.stream()
            .filter(m -> m.isConference() && m.isHeld())
            .max(Comparator.comparing(Meeting::heldOn))
            .map(Meeting::nextReviewDate)
            .orElse(null);
    return set != null && set.isBefore(statutory) ? set : statutory;
  }

  /**
   * The initial conference the later clocks count from: the one held, if one has been (a second one
   * still booked does not move them), else the last one set.
   */
  private Optional<Meeting> initialConference() {
    Optional<Meeting> held = lastHeld(MeetingType.INITIAL_CONFERENCE);
    return held.isPresent()
        ? held
        : earlier.stream()
            .filter(m -> m.type() == MeetingType.INITIAL_CONFERENCE)
            .reduce((first, second) -> second);
  }

  private Optional<Meeting> lastHeld(MeetingType type) {
    return earlier.stream()
        .filter(m -> m.type() == type && m.isHeld())
        .max(Comparator.comparing(Meeting::heldOn));
  }

  private StatutoryClock clock() {
    return rules.statutoryClock();
  }

  record Timing(LocalDate dueBy, Lateness lateness, String lateReason) {}
}
