package casejourney.caseservice.domain;

import static casejourney.api.ActorMetaData.ROLE;
import static casejourney.api.ActorMetaData.SUBJECT;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import casejourney.api.ActorRole;
import casejourney.api.FamilyMember;
import casejourney.api.MeetingType;
import casejourney.api.ParticipantKind;
import casejourney.api.commands.ExcludeFromMeetingCommand;
import casejourney.api.commands.InviteParticipantCommand;
import casejourney.api.commands.RecordRedactionCommand;
import casejourney.api.commands.ShareReportCommand;
import casejourney.api.commands.WithdrawExclusionCommand;
import casejourney.api.events.ParticipantExcludedEvent;
import casejourney.api.events.ParticipantExclusionWithdrawnEvent;
import casejourney.api.events.ParticipantInvitedEvent;
import casejourney.api.events.ReportRedactedEvent;
import casejourney.api.events.ReportSharedEvent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

/** Who is invited to each meeting, and the reports shared with the family before it. */
final class Invitations {

  private final CaseRecord record;
  private final Meetings meetings;
  private final Map<String, Set<String>> invitedByMeetingId = new HashMap<>();

  /** The latest exclusion of each person from each meeting, by meeting id then person id. */
  private final Map<String, Map<String, ParticipantExcludedEvent>> exclusions = new HashMap<>();

  /** Who each report was shared with, by meeting id then report id. */
  private final Map<String, Map<String, List<String>>> sharedWith = new HashMap<>();

  /** The latest redaction of each copy, by meeting, report and person id. */
  private final Map<String, ReportRedactedEvent> redactions = new HashMap<>();

  Invitations(CaseRecord record, Meetings meetings) {
    this.record = record;
    this.meetings = meetings;
  }

  /**
   * A family member's name and language come from the case, so an invitation always reaches them in
   * the language they asked for. Inviting someone already invited changes nothing.
   */
  @CommandHandler
  void handle(
      InviteParticipantCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    Permissions.allocatedWorker(new Actor(actorSub, actorRole), record, "invite people");
    record.requireOpen();
    boolean professional = command.kind() == ParticipantKind.PROFESSIONAL;
    Validation input =
        new Validation(rules.textLimits())
            .id("meetingId", command.meetingId(), "the meeting's id")
            .id("participantId", command.participantId(), "who you are inviting")
            .required("kind", command.kind(), "choose family member or professional")
            .name("name", command.name(), professional, "the professional's name")
            .name("roleDescription", command.roleDescription(), false, "their role");
    if (professional) {
      input.required("language", command.language(), "choose English or Welsh");
    }
    input.throwIfInvalid();
    Meeting meeting = meetings.require(command.meetingId());
    meeting.requireUpcoming("invite people to it");
    String name = command.name();
    var language = command.language();
    if (!professional) {
      FamilyMember member = familyMember("participantId", command.participantId());
      name = member.name();
      language = member.language();
    }
    if (invitedByMeetingId
        .getOrDefault(meeting.meetingId(), Set.of())
        .contains(command.participantId())) {
      return;
    }
    apply(
        new ParticipantInvitedEvent(
            command.caseId(),
            meeting.meetingId(),
            command.participantId(),
            command.kind(),
            name,
            command.roleDescription(),
            language,
            rules.now()));
  }

  /**
   * Counts working days after the day the report was shared, up to and including the meeting day:
   * shared on Wednesday for a Monday meeting is 3 (Thursday, Friday, Monday). A report shared on
   * the meeting day counts 0 and one shared afterwards counts below 0, so both show as late.
   */
  @CommandHandler
  void handle(
      ShareReportCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    Permissions.allocatedWorker(new Actor(actorSub, actorRole), record, "share reports");
    record.requireOpen();
    Validation input =
        new Validation(rules.textLimits())
            .id("meetingId", command.meetingId(), "the meeting's id")
            .id("reportId", command.reportId(), "the report's id")
            .name("title", command.title(), true, "the report's title")
            .name("author", command.author(), true, "who wrote the report")
            .list("sharedWithPersonIds", command.sharedWithPersonIds(), true, "person shared with")
            .required("sharedAt", command.sharedAt(), "enter when the report was shared")
            .shortText("lateReason", command.lateReason(), false, "why it was shared late");
    List<String> personIds = command.sharedWithPersonIds();
    for (int i = 0; personIds != null && i < personIds.size(); i++) {
      input.id("sharedWithPersonIds[" + i + "]", personIds.get(i), "the person's id");
    }
    input.throwIfInvalid();
    Meeting meeting = meetings.require(command.meetingId());
    meeting.requireNotCancelled("share reports for it");
    for (int i = 0; i < personIds.size(); i++) {
      familyMember("sharedWithPersonIds[" + i + "]", personIds.get(i));
    }
    if (command.sharedAt().isAfter(rules.localNow())) {
      throw new CaseRuleException(
          "sharedAt", "record a report as shared once it has been: this time has not come yet");
    }
    int required = requiredWorkingDaysBefore(meeting.type(), rules);
    int actual =
        rules
            .calendar()
            .workingDaysBetween(command.sharedAt().toLocalDate(), meeting.startsAt().toLocalDate());
    // DOMAIN.md sets no timescale for a core group's reports, and the portal warns of none.
    boolean late = meeting.isConference() && actual < required;
    if (late && (command.lateReason() == null || command.lateReason().isBlank())) {
      throw new CaseRuleException(
          "lateReason",
          "the family had "
              + actual
              + " working days to read this report instead of "
              + required
              + ": say why it was shared late");
    }
    apply(
        new ReportSharedEvent(
            command.caseId(),
            meeting.meetingId(),
            command.reportId(),
            command.title(),
            command.author(),
            List.copyOf(personIds),
            command.sharedAt(),
            required,
            actual,
            late,
            late ? required - actual : 0,
            late ? command.lateReason() : null,
            rules.now()));
  }

  /**
   * The chair leaves an invited parent or carer out of all or part of a meeting before it is held.
   * The child is never left out this way: how they take part is their own choice. A second decision
   * for the same person replaces the first; the same decision again is refused, so a double-click
   * does not tell the family twice.
   */
  @CommandHandler
  void handle(
      ExcludeFromMeetingCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    Actor actor = new Actor(actorSub, actorRole);
    Permissions.role(actor, ActorRole.CHAIR, "leave someone out of a meeting");
    record.requireOpen();
    new Validation(rules.textLimits())
        .id("meetingId", command.meetingId(), "the meeting's id")
        .id("personId", command.personId(), "who is to be left out")
        .required("scope", command.scope(), "choose whether they miss all or part of the meeting")
        .bilingual(
            "reason",
            command.reason(),
            true,
            rules.textLimits().shortText(),
            "the safeguarding reason, which they are told")
        .throwIfInvalid();
    Meeting meeting = meetings.require(command.meetingId());
    Permissions.chairOf(actor, meeting, "leave someone out of it");
    meeting.requireUpcoming("leave someone out of it");
    FamilyMember member = familyMember("personId", command.personId());
    if (member.personId().equals(record.child().personId())) {
      throw new CaseRuleException(
          "personId",
          "the child chooses how to take part in their own meeting: choose a parent or carer");
    }
    if (!invitedByMeetingId
        .getOrDefault(meeting.meetingId(), Set.of())
        .contains(member.personId())) {
      throw new CaseRuleException(
          "personId", "this person is not invited to this meeting: choose someone who is");
    }
    ParticipantExcludedEvent before =
        exclusions.getOrDefault(meeting.meetingId(), Map.of()).get(member.personId());
    if (before != null
        && before.scope() == command.scope()
        && before.reason().equals(command.reason())) {
      throw new CaseRuleException(
          "scope", "this is already recorded: change how much they miss, or the reason");
    }
    apply(
        new ParticipantExcludedEvent(
            command.caseId(),
            meeting.meetingId(),
            member.personId(),
            command.scope(),
            command.reason(),
            rules.now()));
  }

  /** The chair lets someone they left out come to the whole meeting, before it is held. */
  @CommandHandler
  void handle(
      WithdrawExclusionCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    Actor actor = new Actor(actorSub, actorRole);
    Permissions.role(actor, ActorRole.CHAIR, "let someone come back to a meeting");
    record.requireOpen();
    new Validation(rules.textLimits())
        .id("meetingId", command.meetingId(), "the meeting's id")
        .id("personId", command.personId(), "who may come back")
        .throwIfInvalid();
    Meeting meeting = meetings.require(command.meetingId());
    Permissions.chairOf(actor, meeting, "let someone come back to it");
    meeting.requireUpcoming("let someone come back to it");
    if (!exclusions.getOrDefault(meeting.meetingId(), Map.of()).containsKey(command.personId())) {
      throw new CaseRuleException(
          "personId", "this person is not left out of this meeting: there is nothing to withdraw");
    }
    apply(
        new ParticipantExclusionWithdrawnEvent(
            command.caseId(), meeting.meetingId(), command.personId(), rules.now()));
  }

  /**
   * The allocated worker records that parts of a report were held back from one person's copy, with
   * the reason that person is told. A new reason for the same copy replaces the old one; the same
   * one again is refused, so a double-click does not tell them twice.
   */
  @CommandHandler
  void handle(
      RecordRedactionCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    Permissions.allocatedWorker(
        new Actor(actorSub, actorRole), record, "record what was held back from a report");
    record.requireOpen();
    new Validation(rules.textLimits())
        .id("meetingId", command.meetingId(), "the meeting's id")
        .id("reportId", command.reportId(), "the report's id")
        .id("personId", command.personId(), "whose copy it is")
        .bilingual(
            "reason",
            command.reason(),
            true,
            rules.textLimits().shortText(),
            "the safeguarding reason, which they are told")
        .throwIfInvalid();
    Meeting meeting = meetings.require(command.meetingId());
    List<String> copies =
        sharedWith.getOrDefault(meeting.meetingId(), Map.of()).get(command.reportId());
    if (copies == null) {
      throw new UnknownItemException(
          "reportId", "this meeting has no report with the id " + command.reportId());
    }
    if (!copies.contains(command.personId())) {
      throw new CaseRuleException(
          "personId",
          "this report was not shared with this person: choose someone it was shared with");
    }
    ReportRedactedEvent before =
        redactions.get(copy(meeting.meetingId(), command.reportId(), command.personId()));
    if (before != null && before.reason().equals(command.reason())) {
      throw new CaseRuleException("reason", "this is already recorded: change the reason");
    }
    apply(
        new ReportRedactedEvent(
            command.caseId(),
            meeting.meetingId(),
            command.reportId(),
            command.personId(),
            command.reason(),
            rules.now()));
  }

  /** Whether this person was invited to this meeting. */
  boolean invited(String meetingId, String personId) {
    return invitedByMeetingId.getOrDefault(meetingId, Set.of()).contains(personId);
  }

  /** Who the report was shared with, or null when the meeting has no such report. */
  List<String> sharedWith(String meetingId, String reportId) {
    return sharedWith.getOrDefault(meetingId, Map.of()).get(reportId);
  }

  private static String copy(String meetingId, String reportId, String personId) {
    return meetingId + "/" + reportId + "/" + personId;
  }

  private FamilyMember familyMember(String field, String personId) {
    return record
        .member(personId)
        .orElseThrow(
            () -> new UnknownItemException(field, "no one on this case has the id " + personId));
  }

  private static int requiredWorkingDaysBefore(MeetingType type, CaseRules rules) {
    return switch (type) {
      case INITIAL_CONFERENCE -> rules.timescales().reportsBeforeInitialWorkingDays();
      case REVIEW_CONFERENCE -> rules.timescales().reportsBeforeReviewWorkingDays();
      case CORE_GROUP -> 0;
    };
  }

  @EventSourcingHandler
  void on(ParticipantInvitedEvent event) {
    invitedByMeetingId
        .computeIfAbsent(event.meetingId(), id -> new HashSet<>())
        .add(event.participantId());
  }

  @EventSourcingHandler
  void on(ParticipantExcludedEvent event) {
    exclusions
        .computeIfAbsent(event.meetingId(), id -> new HashMap<>())
        .put(event.personId(), event);
  }

  @EventSourcingHandler
  void on(ParticipantExclusionWithdrawnEvent event) {
    exclusions.getOrDefault(event.meetingId(), new HashMap<>()).remove(event.personId());
  }

  @EventSourcingHandler
  void on(ReportSharedEvent event) {
    sharedWith
        .computeIfAbsent(event.meetingId(), id -> new HashMap<>())
        .put(event.reportId(), List.copyOf(event.sharedWithPersonIds()));
  }

  @EventSourcingHandler
  void on(ReportRedactedEvent event) {
    redactions.put(copy(event.meetingId(), event.reportId(), event.personId()), event);
  }
}
