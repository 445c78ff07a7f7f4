package casejourney.caseservice.domain;

import casejourney.api.ConferenceDecision;
import casejourney.api.MeetingType;
import casejourney.api.StaffMember;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A meeting as the case knows it. Immutable, so that replaying the events always rebuilds an equal
 * value; each change gives a new one.
 *
 * @param heldOn set once the outcome is recorded
 * @param decision what a conference decided; null for a core group
 * @param nextReviewDate the review date the conference set, if any
 */
record Meeting(
    String meetingId,
    MeetingType type,
    LocalDateTime startsAt,
    String location,
    StaffMember chair,
    boolean cancelled,
    LocalDate heldOn,
    ConferenceDecision decision,
    LocalDate nextReviewDate) {

  static Meeting scheduled(
      String meetingId,
      MeetingType type,
      LocalDateTime startsAt,
      String location,
      StaffMember chair) {
    return new Meeting(meetingId, type, startsAt, location, chair, false, null, null, null);
  }

  Meeting movedTo(LocalDateTime newStart, String newLocation) {
    return new Meeting(meetingId, type, newStart, newLocation, chair, false, null, null, null);
  }

  Meeting cancel() {
    return new Meeting(meetingId, type, startsAt, location, chair, true, null, null, null);
  }

  Meeting held(LocalDate on, ConferenceDecision conferenceDecision, LocalDate nextReview) {
    return new Meeting(
        meetingId, type, startsAt, location, chair, false, on, conferenceDecision, nextReview);
  }

  boolean isHeld() {
    return heldOn != null;
  }

  boolean isConference() {
    return type != MeetingType.CORE_GROUP;
  }

  /** The day it was held, or the day it is planned for while it has not been held. */
  LocalDate date() {
    return isHeld() ? heldOn : startsAt.toLocalDate();
  }

  void requireNotCancelled(String action) {
    if (cancelled) {
      throw new CaseRuleException(
          "meetingId", "this meeting was cancelled, so you cannot " + action);
    }
  }

  void requireNotHeld(String action) {
    if (isHeld()) {
      throw new CaseRuleException(
          "meetingId", "this meeting has already been held, so you cannot " + action);
    }
  }

  /**
   * Scheduled, not cancelled, not yet held: the only state a meeting can be moved or called off.
   */
  void requireUpcoming(String action) {
    requireNotCancelled(action);
    requireNotHeld(action);
  }
}
