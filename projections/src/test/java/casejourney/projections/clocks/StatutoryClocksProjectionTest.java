package casejourney.projections.clocks;

import static casejourney.projections.support.Projections.CASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import casejourney.api.BilingualText;
import casejourney.api.calendar.WorkingDayCalendar;
import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.MeetingRescheduledEvent;
import casejourney.api.events.MeetingScheduledEvent;
import casejourney.api.views.ClockKind;
import casejourney.api.views.StatutoryClocksView;
import casejourney.api.views.StatutoryClocksView.Clock;
import casejourney.api.views.StatutoryClocksView.Missed;
import casejourney.projections.support.DemoJourney;
import casejourney.projections.support.Erasure;
import casejourney.projections.support.Feed;
import casejourney.projections.support.InMemoryViewStore;
import casejourney.projections.support.Projections;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

class StatutoryClocksProjectionTest {

  private final InMemoryViewStore store = new InMemoryViewStore();
  private final StatutoryClocksProjection projection =
      new StatutoryClocksProjection(store, Projections.RULES);
  private final WorkingDayCalendar calendar = Projections.RULES.calendar();

  private StatutoryClocksView clocks() {
    return store.get(StatutoryClocksView.COLLECTION, CASE, StatutoryClocksView.class);
  }

  private Clock clock(ClockKind kind) {
    return clocks().clocks().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
  }

  @Test
  void theStrategyDiscussionStartsTheInitialConferenceClockWhichIsOverdueOnlyAfterItsDueDate() {
    Feed.all(projection, Projections.first(2));
    Clock initial = clock(ClockKind.INITIAL_CONFERENCE);
    assertThat(initial.due()).isEqualTo(LocalDate.of(2026, 3, 23));
    assertThat(clocks().overdue(LocalDate.of(2026, 3, 23), calendar)).isEmpty();
    assertThat(clocks().overdue(LocalDate.of(2026, 3, 24), calendar)).containsExactly(initial);
    assertThat(initial.workingDaysOverdue(LocalDate.of(2026, 3, 25), calendar)).isEqualTo(2);
  }

  @Test
  void aLateMeetingAndALateReportAreRecordedWithTheirReasons() {
    Feed.all(projection, Projections.journey());
    assertThat(clocks().missed())
        .extracting(Missed::kind, Missed::workingDaysLate, Missed::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ClockKind.INITIAL_CONFERENCE, 2, "No other chair was free sooner."),
            org.assertj.core.groups.Tuple.tuple(
                ClockKind.REPORT_SHARING, 2, "The police check came back late."));
  }

  @Test
  void holdingTheInitialConferenceStopsItsClockAndStartsTheNextOnes() {
    Feed.all(projection, Projections.first(14));
    assertThat(clock(ClockKind.INITIAL_CONFERENCE).stoppedOn())
        .isEqualTo(LocalDate.of(2026, 3, 25));
    assertThat(clock(ClockKind.CORE_GROUP).due())
        .isEqualTo(Projections.RULES.firstCoreGroupDue(LocalDate.of(2026, 3, 25)));
    assertThat(clock(ClockKind.REVIEW_CONFERENCE).due()).isEqualTo(LocalDate.of(2026, 6, 25));
    assertThat(clock(ClockKind.OUTLINE_PLAN).running()).isTrue();
    assertThat(clock(ClockKind.FULL_RECORD).running()).isTrue();
  }

  @Test
  void publishingThePlanDecidedAtTheConferenceStopsTheOutlinePlanClock() {
    Feed.all(projection, Projections.first(16));
    assertThat(clock(ClockKind.OUTLINE_PLAN).stoppedOn()).isEqualTo(LocalDate.of(2026, 3, 27));
  }

  @Test
  void aWelshConferenceDecidingNoPlanStartsNoOutlinePlanClock() {
    List<org.axonframework.eventhandling.DomainEventMessage<?>> events =
        new java.util.ArrayList<>(Projections.first(14));
    var held = (casejourney.api.events.ConferenceOutcomeRecordedEvent) events.get(13).getPayload();
    events.set(
        13,
        casejourney.projections.support.DemoJourney.message(
            CASE,
            13,
            new casejourney.api.events.ConferenceOutcomeRecordedEvent(
                held.caseId(),
                held.meetingId(),
                held.heldOn(),
                casejourney.api.ConferenceDecision.NO_PLAN_NEEDED,
                null,
                null,
                held.reasons(),
                held.strengths(),
                held.risks(),
                held.familyView(),
                held.dissent(),
                held.recordedAt(),
                null)));
    Feed.all(projection, events);

    assertThat(clocks().clocks()).extracting(Clock::kind).doesNotContain(ClockKind.OUTLINE_PLAN);
    // The record of the conference is still owed.
    assertThat(clock(ClockKind.FULL_RECORD).running()).isTrue();
  }

  /**
   * The journey up to its first plan, with that plan naming {@code meetingId} (null: none) and
   * published at {@code at} (null: as in the journey; a plan published late says why).
   */
  private static List<org.axonframework.eventhandling.DomainEventMessage<?>> firstPlanPublished(
      String meetingId, Instant at) {
    List<org.axonframework.eventhandling.DomainEventMessage<?>> events =
        new java.util.ArrayList<>(Projections.first(16));
    var plan = (casejourney.api.events.PlanVersionPublishedEvent) events.get(15).getPayload();
    events.set(
        15,
        casejourney.projections.support.DemoJourney.message(
            CASE,
            15,
            new casejourney.api.events.PlanVersionPublishedEvent(
                plan.caseId(),
                plan.version(),
                plan.content(),
                plan.changes(),
                plan.reasonsByExpectationId(),
                meetingId,
                plan.correctsVersion(),
                plan.publishedBy(),
                at == null ? plan.publishedAt() : at,
                at == null ? null : "The family asked for more time.")));
    return events;
  }

  @Test
  void aPlanPublishedWithoutNamingTheConferenceStillStopsItsOutlinePlanClock() {
    Feed.all(projection, firstPlanPublished(null, null));

    Clock outline = clock(ClockKind.OUTLINE_PLAN);
    assertThat(outline.stoppedOn()).isEqualTo(LocalDate.of(2026, 3, 27));
    assertThat(outline.meetingId()).isEqualTo(casejourney.projections.support.DemoJourney.ICPC);
  }

  @Test
  void aLateOutlinePlanIsRecordedAsMissedNotSimplyStopped() {
    // The journey's first plan, published two weeks after the conference instead of two days.
    Feed.all(
        projection,
        firstPlanPublished(
            casejourney.projections.support.DemoJourney.ICPC,
            Instant.parse("2026-04-08T10:00:00Z")));

    LocalDate due = clock(ClockKind.OUTLINE_PLAN).due();
    assertThat(clock(ClockKind.OUTLINE_PLAN).stoppedOn()).isEqualTo(LocalDate.of(2026, 4, 8));
    assertThat(clocks().missed())
        .filteredOn(m -> m.kind() == ClockKind.OUTLINE_PLAN)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.due()).isEqualTo(due);
              assertThat(m.workingDaysLate())
                  .isEqualTo(calendar.workingDaysBetween(due, LocalDate.of(2026, 4, 8)));
              assertThat(m.reason()).isEqualTo("The family asked for more time.");
            });
  }

  @Test
  void sendingTheConferenceRecordStopsItsClockAndALateOneIsRecordedAsMissed() {
    LocalDate due = Projections.RULES.fullRecordDue(LocalDate.of(2026, 3, 25));
    LocalDate late = calendar.addWorkingDays(due, 3);
    List<org.axonframework.eventhandling.DomainEventMessage<?>> events =
        new java.util.ArrayList<>(Projections.first(14));
    events.add(
        casejourney.projections.support.DemoJourney.message(
            CASE,
            14,
            new casejourney.api.events.ConferenceRecordSentEvent(
                CASE,
                casejourney.projections.support.DemoJourney.ICPC,
                late,
                Instant.parse("2026-05-01T10:00:00Z"),
                "The minute-taker was off sick.")));
    Feed.all(projection, events);

    assertThat(clock(ClockKind.FULL_RECORD).stoppedOn()).isEqualTo(late);
    assertThat(clocks().missed())
        .filteredOn(m -> m.kind() == ClockKind.FULL_RECORD)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.due()).isEqualTo(due);
              assertThat(m.workingDaysLate()).isEqualTo(3);
              assertThat(m.reason()).isEqualTo("The minute-taker was off sick.");
            });
    assertThat(clocks().overdue(late.plusMonths(1), calendar))
        .extracting(Clock::kind)
        .doesNotContain(ClockKind.FULL_RECORD);
  }

  @Test
  void aConferenceHeldLateIsMissedEvenWhenOneOfItsReportsWasLateToo() {
    // The journey's conference, moved without the move being late: holding it on 25 March,
    // two working days after its due date, is then the first the clock hears of the lateness.
    List<DomainEventMessage<?>> events = new ArrayList<>(Projections.first(14));
    events.set(
        7, DemoJourney.message(CASE, 7, movedInTime((MeetingRescheduledEvent) payload(events, 7))));
    Feed.all(projection, events);

    assertThat(clocks().missed())
        .extracting(Missed::kind, Missed::workingDaysLate, Missed::reason)
        .containsExactlyInAnyOrder(
            tuple(ClockKind.REPORT_SHARING, 2, "The police check came back late."),
            tuple(ClockKind.INITIAL_CONFERENCE, 2, null));
  }

  @Test
  void aMeetingMovedBackWithinItsTimescaleIsNoLongerMissed() {
    List<DomainEventMessage<?>> events = new ArrayList<>(Projections.first(8));
    var scheduled = (MeetingScheduledEvent) payload(events, 2);
    events.set(
        2,
        DemoJourney.message(
            CASE,
            2,
            new MeetingScheduledEvent(
                scheduled.caseId(),
                scheduled.meetingId(),
                scheduled.type(),
                scheduled.startsAt(),
                scheduled.location(),
                scheduled.chair(),
                scheduled.dueBy(),
                true,
                3,
                "The room was booked.",
                scheduled.scheduledAt())));
    Feed.all(projection, events.subList(0, 7));
    assertThat(clocks().missed()).extracting(Missed::kind).contains(ClockKind.INITIAL_CONFERENCE);

    events.set(
        7, DemoJourney.message(CASE, 7, movedInTime((MeetingRescheduledEvent) payload(events, 7))));
    Feed.all(projection, events.subList(7, 8));
    assertThat(clocks().missed())
        .extracting(Missed::kind)
        .doesNotContain(ClockKind.INITIAL_CONFERENCE);
  }

  @Test
  void aMoveThatGivesAReportItsTimeClearsItsMissAndOneThatTakesItAwayRecordsIt() {
    Feed.all(projection, Projections.reportRetimedByMoves(1));
    assertThat(clocks().missed()).extracting(Missed::kind).doesNotContain(ClockKind.REPORT_SHARING);

    Feed.all(projection, Projections.reportRetimedByMoves(2));
    assertThat(clocks().missed())
        .filteredOn(m -> m.kind() == ClockKind.REPORT_SHARING)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.reportId()).isEqualTo("r-1");
              assertThat(m.workingDaysLate()).isEqualTo(2);
              assertThat(m.reason()).isEqualTo("The family asked for the earlier day.");
            });
  }

  private static Object payload(List<DomainEventMessage<?>> events, int index) {
    return events.get(index).getPayload();
  }

  private static MeetingRescheduledEvent movedInTime(MeetingRescheduledEvent moved) {
    return new MeetingRescheduledEvent(
        moved.caseId(),
        moved.meetingId(),
        moved.previousStartsAt(),
        moved.startsAt(),
        moved.location(),
        moved.reason(),
        moved.dueBy(),
        false,
        0,
        null,
        moved.rescheduledAt(),
        moved.reports());
  }

  @Test
  void aCancelledMeetingLeavesItsClockRunningForTheNextMeetingToStop() {
    Feed.all(projection, Projections.journey());
    assertThat(clock(ClockKind.CORE_GROUP).meetingId()).isNull();
    assertThat(clock(ClockKind.CORE_GROUP).running()).isTrue();
  }

  @Test
  void closingTheCaseStopsEveryRunningClock() {
    Feed.all(
        projection,
        Projections.journeyThen(
            new CaseClosedEvent(
                CASE, BilingualText.en("Safe now."), Instant.parse("2026-09-01T10:00:00Z"))));
    assertThat(clocks().running()).isEmpty();
    assertThat(clocks().overdue(LocalDate.of(2027, 1, 1), calendar)).isEmpty();
  }

  @Test
  void redeliveringEveryEventChangesNothing() {
    Feed.all(projection, Projections.journey());
    Map<String, String> once = store.all(StatutoryClocksView.COLLECTION);
    Feed.all(projection, Projections.journey());
    assertThat(store.all(StatutoryClocksView.COLLECTION)).isEqualTo(once);
    assertThat(List.copyOf(clocks().meetings())).hasSize(2);
  }

  @Test
  void erasingTheCaseRemovesItsClocksAndLeavesAnotherCaseAsItWas() {
    Erasure.assertErasureLeavesTheOtherCaseAlone(projection, store);
    assertThat(store.all(StatutoryClocksView.COLLECTION)).containsOnlyKeys(Erasure.OTHER);
  }

  @Test
  void anErasedCasesEventsReadAgainAfterItsErasureChangeNothing() {
    Erasure.assertRedeliveryChangesNothing(projection, store);
  }
}
