package casejourney.projections.clocks;

import casejourney.api.ConferenceDecision;
import casejourney.api.MeetingType;
import casejourney.api.Nation;
import casejourney.api.calendar.Lateness;
import casejourney.api.calendar.StatutoryClock;
import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.CaseOpenedEvent;
import casejourney.api.events.ConferenceOutcomeRecordedEvent;
import casejourney.api.events.ConferenceRecordSentEvent;
import casejourney.api.events.MeetingCancelledEvent;
import casejourney.api.events.MeetingRescheduledEvent;
import casejourney.api.events.MeetingScheduledEvent;
import casejourney.api.events.PlanVersionPublishedEvent;
import casejourney.api.events.ReportSharedEvent;
import casejourney.api.events.StrategyDiscussionHeldEvent;
import casejourney.api.views.ClockKind;
import casejourney.api.views.StatutoryClocksView;
import casejourney.api.views.StatutoryClocksView.Clock;
import casejourney.api.views.StatutoryClocksView.Meeting;
import casejourney.api.views.StatutoryClocksView.Missed;
import casejourney.projections.casefile.CaseEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How events start, stop and miss statutory clocks. Dates come only from events and the shared
 * {@link StatutoryClock}, never from today, so a replay gives the same clocks.
 */
public final class ClockFold {

  private final StatutoryClock rules;
  private Nation nation;
  private final List<Clock> clocks;
  private final List<Missed> missed;
  private final List<Meeting> meetings;

  public ClockFold(StatutoryClock rules, StatutoryClocksView view) {
    this.rules = rules;
    this.nation = view.nation();
    this.clocks = new ArrayList<>(view.clocks());
    this.missed = new ArrayList<>(view.missed());
    this.meetings = new ArrayList<>(view.meetings());
  }

  public StatutoryClocksView view(String caseId, long sequence) {
    return new StatutoryClocksView(
        caseId, nation, List.copyOf(clocks), List.copyOf(missed), List.copyOf(meetings), sequence);
  }

  /** A view with no clocks yet. */
  public static StatutoryClocksView empty(String caseId) {
    return new StatutoryClocksView(caseId, null, List.of(), List.of(), List.of(), -1);
  }

  /** Applies one event; false when it does not touch the clocks. */
  public boolean apply(Object event) {
    if (event instanceof CaseOpenedEvent e) {
      nation = e.nation();
    } else if (event instanceof StrategyDiscussionHeldEvent e) {
      clocks.add(new Clock(ClockKind.INITIAL_CONFERENCE, null, e.initialConferenceDue(), null));
    } else if (event instanceof MeetingScheduledEvent e) {
      meetings.add(new Meeting(e.meetingId(), e.type()));
      attach(e.type(), e.meetingId());
      if (e.late()) {
        recordMissed(
            new Missed(
                clockOf(e.type()),
                e.meetingId(),
                null,
                e.dueBy(),
                e.workingDaysLate(),
                e.lateReason(),
                e.scheduledAt()));
      }
    } else if (event instanceof MeetingRescheduledEvent e) {
      if (e.reports() != null) {
        e.reports().forEach(t -> retimed(e.meetingId(), t, e.rescheduledAt()));
      }
      if (!e.late()) {
        // Moved back within its timescale: the meeting's clock is no longer missed.
        forgetLateness(clockOf(typeOf(e.meetingId())), e.meetingId());
      } else {
        recordMissed(
            new Missed(
                clockOf(typeOf(e.meetingId())),
                e.meetingId(),
                null,
                e.dueBy(),
                e.workingDaysLate(),
                e.lateReason(),
                e.rescheduledAt()));
      }
    } else if (event instanceof MeetingCancelledEvent e) {
      // The clock keeps running; the next meeting of that kind is the one that will stop it, and
      // whether that one is late is what counts: a late meeting that never happens missed nothing.
      forgetLateness(clockOf(typeOf(e.meetingId())), e.meetingId());
      clocks.replaceAll(
          c ->
              c.running() && e.meetingId().equals(c.meetingId())
                  ? new Clock(c.kind(), null, c.due(), null)
                  : c);
    } else if (event instanceof ReportSharedEvent e) {
      if (!e.late()) {
        return false;
      }
      missed.add(
          new Missed(
              ClockKind.REPORT_SHARING,
              e.meetingId(),
              e.reportId(),
              null,
              e.workingDaysLate(),
              e.lateReason(),
              e.recordedAt()));
    } else if (event instanceof ConferenceOutcomeRecordedEvent e) {
      held(e);
    } else if (event instanceof PlanVersionPublishedEvent e) {
      LocalDate published = CaseEvents.date(e.publishedAt());
      stopRecordingLate(
          ClockKind.OUTLINE_PLAN,
          e.decidedAtMeetingId(),
          published,
          e.publishedAt(),
          e.outlinePlanLateReason());
    } else if (event instanceof ConferenceRecordSentEvent e) {
      stopRecordingLate(
          ClockKind.FULL_RECORD, e.meetingId(), e.sentOn(), e.recordedAt(), e.lateReason());
    } else if (event instanceof CaseClosedEvent e) {
      closed(e);
    } else {
      return false;
    }
    return true;
  }

  /**
   * A report judged again against the day its meeting moved to: the move can make it late, or give
   * it back its time. A report late before and after keeps its place and when it was found.
   */
  private void retimed(String meetingId, MeetingRescheduledEvent.ReportTiming t, Instant at) {
    int i = 0;
    while (i < missed.size() && !t.reportId().equals(missed.get(i).reportId())) {
      i++;
    }
    Missed before = i < missed.size() ? missed.get(i) : null;
    Missed now =
        !t.late()
            ? null
            : new Missed(
                ClockKind.REPORT_SHARING,
                meetingId,
                t.reportId(),
                null,
                t.workingDaysLate(),
                t.lateReason(),
                before == null ? at : before.recordedAt());
    if (before == null && now != null) {
      missed.add(now);
    } else if (before != null && now != null) {
      missed.set(i, now);
    } else if (before != null) {
      missed.remove(i);
    }
  }

  /**
   * A late clock is recorded as missed, never simply stopped (DOMAIN.md), with the reason the event
   * gives.
   */
  private void stopRecordingLate(
      ClockKind kind, String meetingId, LocalDate on, Instant recordedAt, String reason) {
    Clock stopped = stop(kind, meetingId, on);
    if (stopped == null || stopped.due() == null) {
      return;
    }
    Lateness lateness = rules.lateness(stopped.due(), on);
    if (lateness.late()) {
      missed.add(
          new Missed(
              kind,
              stopped.meetingId(),
              null,
              stopped.due(),
              lateness.workingDaysLate(),
              reason,
              recordedAt));
    }
  }

  private void held(ConferenceOutcomeRecordedEvent e) {
    MeetingType type = typeOf(e.meetingId());
    ClockKind kind = clockOf(type);
    // A meeting already known to be late was recorded with the worker's reason when it was set
    // for that day; that record stands. Only the meeting's own lateness counts here: a late
    // report for the same meeting is another clock.
    boolean knownLate = missed.stream().anyMatch(m -> meetingMiss(m, kind, e.meetingId()));
    if (knownLate) {
      stop(kind, e.meetingId(), e.heldOn());
      // Held later still than the day it was set for: the miss counts the days it really was.
      missed.replaceAll(
          m ->
              meetingMiss(m, kind, e.meetingId())
                  ? new Missed(
                      m.kind(),
                      m.meetingId(),
                      null,
                      m.due(),
                      Math.max(
                          m.workingDaysLate(),
                          rules.lateness(m.due(), e.heldOn()).workingDaysLate()),
                      e.lateReason() != null ? e.lateReason() : m.reason(),
                      m.recordedAt())
                  : m);
    } else {
      stopRecordingLate(kind, e.meetingId(), e.heldOn(), e.recordedAt(), e.lateReason());
    }
    if (type == MeetingType.CORE_GROUP) {
      return;
    }
    boolean planContinues =
        e.decision() == ConferenceDecision.PLAN_NEEDED
            || e.decision() == ConferenceDecision.PLAN_CONTINUES;
    if (planContinues) {
      if (type == MeetingType.INITIAL_CONFERENCE) {
        clocks.add(
            new Clock(ClockKind.CORE_GROUP, null, rules.firstCoreGroupDue(e.heldOn()), null));
      }
      LocalDate reviewDue =
          type == MeetingType.INITIAL_CONFERENCE
              ? rules.firstReviewDue(e.heldOn())
              : rules.nextReviewDue(e.heldOn());
      if (e.nextReviewDate() != null && e.nextReviewDate().isBefore(reviewDue)) {
        reviewDue = e.nextReviewDate();
      }
      clocks.add(new Clock(ClockKind.REVIEW_CONFERENCE, null, reviewDue, null));
    }
    if (nation == Nation.WALES) {
      // An outline plan follows only a decision that there is (still) a plan.
      if (planContinues) {
        clocks.add(
            new Clock(
                ClockKind.OUTLINE_PLAN, e.meetingId(), rules.outlinePlanDue(e.heldOn()), null));
      }
      clocks.add(
          new Clock(ClockKind.FULL_RECORD, e.meetingId(), rules.fullRecordDue(e.heldOn()), null));
    }
  }

  /** A meeting scheduled for a running clock of its kind is the one that will stop it. */
  private void attach(MeetingType type, String meetingId) {
    ClockKind kind = clockOf(type);
    for (int i = 0; i < clocks.size(); i++) {
      Clock c = clocks.get(i);
      if (c.kind() == kind && c.running() && c.meetingId() == null) {
        clocks.set(i, new Clock(kind, meetingId, c.due(), null));
        return;
      }
    }
  }

  /**
   * Stops the first running clock of this kind for this meeting. With no meeting named (a plan
   * published "between conferences" is still the outline plan the last conference is waiting for),
   * the first running clock of the kind, which keeps its own meeting.
   */
  private Clock stop(ClockKind kind, String meetingId, LocalDate on) {
    for (int i = 0; i < clocks.size(); i++) {
      Clock c = clocks.get(i);
      if (c.kind() == kind
          && c.running()
          && (meetingId == null || c.meetingId() == null || c.meetingId().equals(meetingId))) {
        Clock stopped = new Clock(kind, meetingId == null ? c.meetingId() : meetingId, c.due(), on);
        clocks.set(i, stopped);
        return stopped;
      }
    }
    // A meeting's clock waits for the next meeting of its kind to be held, whichever was set
    // first: with two initial conferences booked, holding the second still stops it. The
    // outline plan and full record clocks belong to one conference each, so they never do this.
    boolean meetingClock =
        kind == ClockKind.INITIAL_CONFERENCE
            || kind == ClockKind.CORE_GROUP
            || kind == ClockKind.REVIEW_CONFERENCE;
    for (int i = 0; meetingClock && meetingId != null && i < clocks.size(); i++) {
      Clock c = clocks.get(i);
      if (c.kind() == kind && c.running()) {
        Clock stopped = new Clock(kind, meetingId, c.due(), on);
        clocks.set(i, stopped);
        return stopped;
      }
    }
    return null;
  }

  /**
   * Closing the case stops every clock. One already past its due date was missed, and is kept as
   * missed with the worker's reason for closing (DOMAIN.md: "never hidden").
   */
  private void closed(CaseClosedEvent e) {
    LocalDate closed = CaseEvents.date(e.closedAt());
    for (Clock c : clocks) {
      if (c.running() && c.due() != null) {
        Lateness lateness = rules.lateness(c.due(), closed);
        if (lateness.late()) {
          missed.add(
              new Missed(
                  c.kind(),
                  c.meetingId(),
                  null,
                  c.due(),
                  lateness.workingDaysLate(),
                  e.reason() == null ? null : e.reason().en(),
                  e.closedAt()));
        }
      }
    }
    clocks.replaceAll(c -> c.running() ? new Clock(c.kind(), c.meetingId(), c.due(), closed) : c);
  }

  /** The latest assessment of a meeting's lateness replaces the earlier one for that meeting. */
  private void recordMissed(Missed m) {
    forgetLateness(m.kind(), m.meetingId());
    missed.add(m);
  }

  private void forgetLateness(ClockKind kind, String meetingId) {
    missed.removeIf(x -> meetingMiss(x, kind, meetingId));
  }

  /** The meeting's own missed clock of this kind, not a late report for it. */
  private static boolean meetingMiss(Missed m, ClockKind kind, String meetingId) {
    return m.kind() == kind && m.reportId() == null && meetingId.equals(m.meetingId());
  }

  private MeetingType typeOf(String meetingId) {
    return meetings.stream()
        .filter(m -> m.meetingId().equals(meetingId))
        .map(Meeting::type)
        .findFirst()
        .orElse(MeetingType.REVIEW_CONFERENCE);
  }

  private static ClockKind clockOf(MeetingType type) {
    return switch (type) {
      case INITIAL_CONFERENCE -> ClockKind.INITIAL_CONFERENCE;
      case REVIEW_CONFERENCE -> ClockKind.REVIEW_CONFERENCE;
      case CORE_GROUP -> ClockKind.CORE_GROUP;
    };
  }
}
