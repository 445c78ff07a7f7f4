package casejourney.projections.support;

import casejourney.api.BilingualText;
import casejourney.api.DisputeAnswer;
import casejourney.api.DisputedItem;
import casejourney.api.ExclusionScope;
import casejourney.api.calendar.StatutoryClock;
import casejourney.api.calendar.StatutoryTimescales;
import casejourney.api.calendar.WorkingDayCalendar;
import casejourney.api.events.DisputeAnswerExtendedEvent;
import casejourney.api.events.DisputeAnsweredEvent;
import casejourney.api.events.DisputeRaisedEvent;
import casejourney.api.events.MeetingRescheduledEvent;
import casejourney.api.events.MeetingRescheduledEvent.ReportTiming;
import casejourney.api.events.ParticipantExcludedEvent;
import casejourney.api.events.ParticipantExclusionWithdrawnEvent;
import casejourney.api.events.ReportRedactedEvent;
import casejourney.api.events.ReportSharedEvent;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/** Shared fixtures for projection tests. */
public final class Projections {

  public static final String CASE = "case-demo";

  /** The demo journey's social work report for the conference, shared with Alex and Rhian. */
  public static final String REPORT = "r-1";

  public static final StatutoryClock RULES =
      new StatutoryClock(
          WorkingDayCalendar.englandAndWales(List.of()), StatutoryTimescales.defaults());

  private Projections() {}

  /** The first {@code count} events of the demo journey. */
  public static List<DomainEventMessage<?>> first(int count) {
    return DemoJourney.messages(CASE).subList(0, count);
  }

  public static List<DomainEventMessage<?>> journey() {
    return DemoJourney.messages(CASE);
  }

  /** The journey followed by {@code more} events, numbered after it. */
  /**
   * The journey up to its late report (shared 1 working day before the conference on 25 March; the
   * rule is 3), then the conference moved to 30 March, which gives the report its time, and back to
   * 25 March, which makes it late again for a new reason.
   */
  public static List<DomainEventMessage<?>> reportRetimedByMoves(int moves) {
    List<DomainEventMessage<?>> all = new java.util.ArrayList<>(first(12));
    java.time.LocalDateTime on25th = java.time.LocalDateTime.of(2026, 3, 25, 10, 0);
    java.time.LocalDateTime on30th = java.time.LocalDateTime.of(2026, 3, 30, 10, 0);
    Object[] movesInOrder = {
      moved(on25th, on30th, new ReportTiming("r-1", 4, false, 0, null), "2026-03-24T12:00:00Z"),
      moved(
          on30th,
          on25th,
          new ReportTiming("r-1", 1, true, 2, "The family asked for the earlier day."),
          "2026-03-24T15:00:00Z")
    };
    for (int i = 0; i < moves; i++) {
      all.add(DemoJourney.message(CASE, all.size(), movesInOrder[i]));
    }
    return all;
  }

  private static MeetingRescheduledEvent moved(
      java.time.LocalDateTime from, java.time.LocalDateTime to, ReportTiming report, String at) {
    return new MeetingRescheduledEvent(
        CASE,
        DemoJourney.ICPC,
        from,
        to,
        "Civic Centre, Room 2",
        casejourney.api.BilingualText.en("The family asked to change the day."),
        java.time.LocalDate.of(2026, 3, 23),
        true,
        2,
        "No other chair was free sooner.",
        java.time.Instant.parse(at),
        List.of(report));
  }

  /**
   * The journey up to the week before the conference (its report shared, nothing decided yet), then
   * {@code more} events, numbered after it: the time a chair may still leave someone out.
   */
  public static List<DomainEventMessage<?>> beforeTheConferenceThen(Object... more) {
    List<DomainEventMessage<?>> all = new java.util.ArrayList<>(first(12));
    for (Object event : more) {
      all.add(DemoJourney.message(CASE, all.size(), event));
    }
    return all;
  }

  /**
   * The chair leaves {@code personId} out of the conference, the day before it, at {@code hour}.
   */
  public static ParticipantExcludedEvent excluded(
      String personId, ExclusionScope scope, BilingualText reason, int hour) {
    return new ParticipantExcludedEvent(
        CASE,
        DemoJourney.ICPC,
        personId,
        scope,
        reason,
        Instant.parse("2026-03-24T00:00:00Z").plusSeconds(hour * 3600L));
  }

  /** The chair lets {@code personId} come to all of the conference after all, at {@code hour}. */
  public static ParticipantExclusionWithdrawnEvent withdrawn(String personId, int hour) {
    return new ParticipantExclusionWithdrawnEvent(
        CASE,
        DemoJourney.ICPC,
        personId,
        Instant.parse("2026-03-24T00:00:00Z").plusSeconds(hour * 3600L));
  }

  /**
   * The worker holds back parts of {@code personId}'s copy of report {@code reportId} for the
   * conference, the day before it, at {@code hour}.
   */
  public static ReportRedactedEvent redacted(
      String reportId, String personId, BilingualText reason, int hour) {
    return new ReportRedactedEvent(
        CASE,
        DemoJourney.ICPC,
        reportId,
        personId,
        reason,
        Instant.parse("2026-03-24T00:00:00Z").plusSeconds(hour * 3600L));
  }

  /**
   * A second report for the conference, {@code title}, shared with {@code personId} alone on time,
   * the day before it at {@code hour}: the demo journey shares none with the young person.
   */
  public static ReportSharedEvent sharedWith(
      String reportId, String title, String personId, int hour) {
    java.time.LocalDateTime at = java.time.LocalDateTime.of(2026, 3, 24, hour, 0);
    return new ReportSharedEvent(
        CASE,
        DemoJourney.ICPC,
        reportId,
        title,
        "Sam Patel",
        List.of(personId),
        at,
        1,
        1,
        false,
        0,
        null,
        Instant.parse("2026-03-24T00:00:00Z").plusSeconds(hour * 3600L));
  }

  /**
   * {@code personId} says something in the record is wrong, on 20 April 2026 at {@code hour}, after
   * the demo journey; the answer is due a month later. A report is the conference's social work
   * report, a meeting's outcome the conference's, a plan version the second.
   */
  public static DisputeRaisedEvent disputed(
      String disputeId,
      String personId,
      DisputedItem item,
      String whatIsWrong,
      String whatItShouldSay,
      int hour) {
    boolean meeting = item == DisputedItem.REPORT || item == DisputedItem.MEETING_OUTCOME;
    return new DisputeRaisedEvent(
        CASE,
        disputeId,
        personId,
        item,
        meeting ? DemoJourney.ICPC : null,
        item == DisputedItem.REPORT ? REPORT : null,
        item == DisputedItem.PLAN_VERSION ? 2 : null,
        whatIsWrong,
        whatItShouldSay,
        Instant.parse("2026-04-20T00:00:00Z").plusSeconds(hour * 3600L),
        java.time.LocalDate.of(2026, 5, 20));
  }

  /**
   * The worker takes two more months to answer {@code personId}'s dispute, on 24 April 2026 at
   * {@code hour}: the answer is now due on 20 July 2026.
   */
  public static DisputeAnswerExtendedEvent extended(
      String disputeId, String personId, BilingualText reason, int hour) {
    return new DisputeAnswerExtendedEvent(
        CASE,
        disputeId,
        personId,
        reason,
        java.time.LocalDate.of(2026, 7, 20),
        Instant.parse("2026-04-24T00:00:00Z").plusSeconds(hour * 3600L));
  }

  /**
   * The worker now allocated, Priya Shah, answers {@code personId}'s dispute on 27 April 2026 at
   * {@code hour}.
   */
  public static DisputeAnsweredEvent answered(
      String disputeId,
      String personId,
      DisputeAnswer answer,
      BilingualText explanation,
      int hour) {
    return new DisputeAnsweredEvent(
        CASE,
        disputeId,
        personId,
        answer,
        explanation,
        DemoJourney.PRIYA,
        Instant.parse("2026-04-27T00:00:00Z").plusSeconds(hour * 3600L));
  }

  public static List<DomainEventMessage<?>> journeyThen(Object... more) {
    List<DomainEventMessage<?>> all = new java.util.ArrayList<>(journey());
    for (Object event : more) {
      all.add(DemoJourney.message(CASE, all.size(), event));
    }
    return all;
  }
}
