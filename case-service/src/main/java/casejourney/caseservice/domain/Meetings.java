package casejourney.caseservice.domain;

import static casejourney.api.ActorMetaData.ROLE;
import static casejourney.api.ActorMetaData.SUBJECT;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import casejourney.api.commands.CancelMeetingCommand;
import casejourney.api.commands.RecordConferenceRecordSentCommand;
import casejourney.api.commands.RescheduleMeetingCommand;
import casejourney.api.commands.ScheduleMeetingCommand;
import casejourney.api.events.ConferenceOutcomeRecordedEvent;
import casejourney.api.events.ConferenceRecordSentEvent;
import casejourney.api.events.MeetingCancelledEvent;
import casejourney.api.events.MeetingRescheduledEvent;
import casejourney.api.events.MeetingScheduledEvent;
import casejourney.api.events.ReportSharedEvent;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

/** The case's meetings, in the order they were scheduled, and the worker's changes to them. */
final class Meetings {

  private final CaseRecord record;
  private final Map<String, Meeting> byId = new LinkedHashMap<>();
  private final Map<String, java.time.LocalDate> recordsSentOn = new java.util.HashMap<>();
  private final Map<String, List<SharedReport>> reportsByMeetingId = new java.util.HashMap<>();

  /** A report shared for a meeting: what its timing is judged by when the meeting moves. */
  private record SharedReport(
      String reportId, java.time.LocalDate sharedOn, int required, boolean late, String reason) {}

  Meetings(CaseRecord record) {
    this.record = record;
  }

  Meeting require(String meetingId) {
    return find(meetingId)
        .orElseThrow(
            () -> new UnknownItemException("meetingId", "this case has no meeting " + meetingId));
  }

  Optional<Meeting> find(String meetingId) {
    return Optional.ofNullable(byId.get(meetingId));
  }

  @CommandHandler
  void handle(
      ScheduleMeetingCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    Permissions.allocatedWorker(new Actor(actorSub, actorRole), record, "schedule a meeting");
    record.requireOpen();
    Validation input = new Validation(rules.textLimits());
    input
        .id("meetingId", command.meetingId(), "the meeting's id")
        .required("type", command.type(), "choose the kind of meeting")
        .required("startsAt", command.startsAt(), "enter when the meeting starts")
        .name("location", command.location(), true, "where the meeting is")
        .shortText("lateReason", command.lateReason(), false, "why the meeting is late");
    CaseOpening.staff(input, "chair", command.chair(), "the chair");
    input.throwIfInvalid();
    if (byId.containsKey(command.meetingId())) {
      throw new CaseRuleException(
          "meetingId", "a meeting with this id is already scheduled: use a new id");
    }
    requireFuture(command.startsAt(), rules);
    MeetingClock.Timing timing =
        new MeetingClock(record, List.copyOf(byId.values()), rules)
            .assess(command.type(), command.startsAt(), command.lateReason());
    apply(
        new MeetingScheduledEvent(
            command.caseId(),
            command.meetingId(),
            command.type(),
            command.startsAt(),
            command.location(),
            command.chair(),
            timing.dueBy(),
            timing.lateness().late(),
            timing.lateness().workingDaysLate(),
            timing.lateReason(),
            rules.now()));
  }

  /** A null location keeps the meeting where it was: moving the time is the usual change. */
  @CommandHandler
  void handle(
      RescheduleMeetingCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    Permissions.allocatedWorker(new Actor(actorSub, actorRole), record, "move a meeting");
    record.requireOpen();
    int limit = rules.textLimits().shortText();
    new Validation(rules.textLimits())
        .id("meetingId", command.meetingId(), "the meeting's id")
        .required("startsAt", command.startsAt(), "enter when the meeting now starts")
        .name("location", command.location(), false, "where the meeting is")
        .bilingual("reason", command.reason(), true, limit, "why the meeting is moving")
        .shortText("lateReason", command.lateReason(), false, "why the meeting is late")
        .shortText(
            "reportsLateReason",
            command.reportsLateReason(),
            false,
            "why the family now has less time to read the reports")
        .throwIfInvalid();
    Meeting meeting = require(command.meetingId());
    meeting.requireUpcoming("move it");
    requireFuture(command.startsAt(), rules);
    MeetingClock.Timing timing =
        new MeetingClock(record, scheduledBefore(meeting.meetingId()), rules)
            .assess(meeting.type(), command.startsAt(), command.lateReason());
    List<MeetingRescheduledEvent.ReportTiming> reports =
        reportTimings(meeting.meetingId(), command, rules);
    apply(
        new MeetingRescheduledEvent(
            command.caseId(),
            meeting.meetingId(),
            meeting.startsAt(),
            command.startsAt(),
            command.location() == null ? meeting.location() : command.location(),
            command.reason(),
            timing.dueBy(),
            timing.lateness().late(),
            timing.lateness().workingDaysLate(),
            timing.lateReason(),
            rules.now(),
            reports));
  }

  /**
   * Each report already shared for the meeting, judged again against its new day by the rule it was
   * shared under. A report the move makes late needs the worker's reason, as a report shared late
   * does; one that was already late keeps the reason it was given.
   */
  private List<MeetingRescheduledEvent.ReportTiming> reportTimings(
      String meetingId, RescheduleMeetingCommand command, CaseRules rules) {
    List<MeetingRescheduledEvent.ReportTiming> timings = new ArrayList<>();
    List<Integer> newlyLate = new ArrayList<>();
    for (SharedReport report : reportsByMeetingId.getOrDefault(meetingId, List.of())) {
      int days =
          rules.calendar().workingDaysBetween(report.sharedOn(), command.startsAt().toLocalDate());
      boolean late = days < report.required();
      if (late && !report.late()) {
        newlyLate.add(days);
      }
      timings.add(
          new MeetingRescheduledEvent.ReportTiming(
              report.reportId(),
              days,
              late,
              late ? report.required() - days : 0,
              !late ? null : report.late() ? report.reason() : command.reportsLateReason()));
    }
    String reason = command.reportsLateReason();
    if (!newlyLate.isEmpty() && (reason == null || reason.isBlank())) {
      throw new CaseRuleException(
          "reportsLateReason",
          newlyLate.size() == 1
              ? "moving the meeting to this day leaves the family "
                  + newlyLate.get(0)
                  + " working days to read a report already shared with them, fewer than the"
                  + " rule gives: say why"
              : "moving the meeting to this day leaves the family fewer working days than the"
                  + " rule gives to read "
                  + newlyLate.size()
                  + " reports already shared with them: say why");
    }
    return List.copyOf(timings);
  }

  @CommandHandler
  void handle(
      CancelMeetingCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    Permissions.allocatedWorker(new Actor(actorSub, actorRole), record, "cancel a meeting");
    record.requireOpen();
    new Validation(rules.textLimits())
        .id("meetingId", command.meetingId(), "the meeting's id")
        .bilingual(
            "reason",
            command.reason(),
            true,
            rules.textLimits().shortText(),
            "why the meeting is cancelled")
        .throwIfInvalid();
    Meeting meeting = require(command.meetingId());
    meeting.requireUpcoming("cancel it");
    apply(
        new MeetingCancelledEvent(
            command.caseId(), meeting.meetingId(), command.reason(), rules.now()));
  }

  /**
   * The full record of a held conference went to the family. Once per conference: the day it was
   * sent is what stops the clock, so a second, different day would make the record disagree with
   * itself.
   */
  @CommandHandler
  void handle(
      RecordConferenceRecordSentCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    Permissions.allocatedWorker(
        new Actor(actorSub, actorRole), record, "record that a conference record was sent");
    record.requireOpen();
    new Validation(rules.textLimits())
        .id("meetingId", command.meetingId(), "the meeting's id")
        .required("sentOn", command.sentOn(), "enter the day the record was sent")
        .shortText("lateReason", command.lateReason(), false, "why the record was sent late")
        .throwIfInvalid();
    Meeting meeting = require(command.meetingId());
    meeting.requireNotCancelled("send a record of it");
    if (!meeting.isConference()) {
      throw new CaseRuleException(
          "meetingId", "a core group meeting has no conference record to send");
    }
    if (!meeting.isHeld()) {
      throw new CaseRuleException(
          "meetingId", "record the conference's outcome first: the record is of what it decided");
    }
    if (recordsSentOn.containsKey(meeting.meetingId())) {
      throw new CaseRuleException(
          "meetingId",
          "the record of this conference was already sent, on "
              + recordsSentOn.get(meeting.meetingId()));
    }
    if (command.sentOn().isBefore(meeting.heldOn())) {
      throw new CaseRuleException(
          "sentOn", "this is before the conference was held (" + meeting.heldOn() + ")");
    }
    if (command.sentOn().isAfter(rules.today())) {
      throw new CaseRuleException("sentOn", "this date has not come yet");
    }
    apply(
        new ConferenceRecordSentEvent(
            command.caseId(),
            meeting.meetingId(),
            command.sentOn(),
            rules.now(),
            recordLateReason(meeting, command, rules)));
  }

  /**
   * In Wales the full record is due within 20 working days of the conference (DOMAIN.md); one sent
   * later is a missed clock, which is recorded with the worker's reason.
   */
  private String recordLateReason(
      Meeting meeting, RecordConferenceRecordSentCommand command, CaseRules rules) {
    if (record.nation() != casejourney.api.Nation.WALES) {
      return null;
    }
    java.time.LocalDate due = rules.statutoryClock().fullRecordDue(meeting.heldOn());
    return LateReason.required(
        rules,
        due,
        command.sentOn(),
        command.lateReason(),
        "lateReason",
        days ->
            "the record was due by "
                + due
                + ", and sent on this day it is "
                + days
                + " working days late: say why");
  }

  /** The day the law says the meeting must be held by, or null where no clock applies. */
  java.time.LocalDate statutoryDate(Meeting meeting, CaseRules rules) {
    return new MeetingClock(record, scheduledBefore(meeting.meetingId()), rules)
        .dueBy(meeting.type());
  }

  private List<Meeting> scheduledBefore(String meetingId) {
    List<Meeting> before = new ArrayList<>();
    for (Meeting meeting : byId.values()) {
      if (meeting.meetingId().equals(meetingId)) {
        break;
      }
      before.add(meeting);
    }
    return before;
  }

  private static void requireFuture(LocalDateTime startsAt, CaseRules rules) {
    if (startsAt.isBefore(rules.localNow())) {
      throw new CaseRuleException("startsAt", "choose a time that has not passed yet");
    }
  }

  @EventSourcingHandler
  void on(MeetingScheduledEvent event) {
    byId.put(
        event.meetingId(),
        Meeting.scheduled(
            event.meetingId(), event.type(), event.startsAt(), event.location(), event.chair()));
  }

  @EventSourcingHandler
  void on(MeetingRescheduledEvent event) {
    byId.computeIfPresent(
        event.meetingId(), (id, m) -> m.movedTo(event.startsAt(), event.location()));
    if (event.reports() != null) {
      Map<String, MeetingRescheduledEvent.ReportTiming> timings = new LinkedHashMap<>();
      event.reports().forEach(t -> timings.put(t.reportId(), t));
      reportsByMeetingId.computeIfPresent(
          event.meetingId(),
          (id, reports) ->
              reports.stream()
                  .map(
                      r -> {
                        MeetingRescheduledEvent.ReportTiming t = timings.get(r.reportId());
                        return t == null
                            ? r
                            : new SharedReport(
                                r.reportId(), r.sharedOn(), r.required(), t.late(), t.lateReason());
                      })
                  .toList());
    }
  }

  @EventSourcingHandler
  void on(ReportSharedEvent event) {
    List<SharedReport> reports =
        new ArrayList<>(reportsByMeetingId.getOrDefault(event.meetingId(), List.of()));
    reports.add(
        new SharedReport(
            event.reportId(),
            event.sharedAt().toLocalDate(),
            event.requiredWorkingDaysBefore(),
            event.late(),
            event.lateReason()));
    reportsByMeetingId.put(event.meetingId(), List.copyOf(reports));
  }

  @EventSourcingHandler
  void on(MeetingCancelledEvent event) {
    byId.computeIfPresent(event.meetingId(), (id, m) -> m.cancel());
  }

  @EventSourcingHandler
  void on(ConferenceOutcomeRecordedEvent event) {
    byId.computeIfPresent(
        event.meetingId(),
        (id, m) -> m.held(event.heldOn(), event.decision(), event.nextReviewDate()));
  }

  @EventSourcingHandler
  void on(ConferenceRecordSentEvent event) {
    recordsSentOn.put(event.meetingId(), event.sentOn());
  }
}
