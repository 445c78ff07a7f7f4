package casejourney.caseservice.domain;

import static casejourney.api.ActorMetaData.ROLE;
import static casejourney.api.ActorMetaData.SUBJECT;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import casejourney.api.ActorRole;
import casejourney.api.commands.OverrideContributionVisibilityCommand;
import casejourney.api.commands.RecordConferenceOutcomeCommand;
import casejourney.api.commands.RespondToViewsCommand;
import casejourney.api.events.ChairRespondedToViewsEvent;
import casejourney.api.events.ConferenceOutcomeRecordedEvent;
import casejourney.api.events.ContributionVisibilityOverriddenEvent;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * What the chair of a meeting records: the outcome, the response to the young person's views, and
 * any safeguarding override of who may see those views. The state they change lives in {@link
 * Meetings} and {@link YoungPersonVoice}.
 */
final class ChairActions {

  private final CaseRecord record;
  private final Meetings meetings;
  private final YoungPersonVoice voice;

  ChairActions(CaseRecord record, Meetings meetings, YoungPersonVoice voice) {
    this.record = record;
    this.meetings = meetings;
    this.voice = voice;
  }

  @CommandHandler
  void handle(
      RecordConferenceOutcomeCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    Actor actor = new Actor(actorSub, actorRole);
    Permissions.role(actor, ActorRole.CHAIR, "record a meeting's outcome");
    record.requireOpen();
    TextLimits limits = rules.textLimits();
    new Validation(limits)
        .id("meetingId", command.meetingId(), "the meeting's id")
        .required("heldOn", command.heldOn(), "enter the date the meeting was held")
        .bilingual("reasons", command.reasons(), false, limits.shortText(), "the reasons")
        .shortTexts("strengths", command.strengths(), "the strength")
        .shortTexts("risks", command.risks(), "the worry")
        .shortText("familyView", command.familyView(), false, "the family's view")
        .shortText("dissent", command.dissent(), false, "the dissent")
        .shortText("lateReason", command.lateReason(), false, "why it was held late")
        .throwIfInvalid();
    Meeting meeting = meetings.require(command.meetingId());
    Permissions.chairOf(actor, meeting, "record its outcome");
    OutcomeRules.validateFor(meeting, command, limits);
    meeting.requireNotCancelled("record an outcome for it");
    if (meeting.isHeld()) {
      throw new CaseRuleException(
          "meetingId", "this meeting's outcome is already recorded: it can only be recorded once");
    }
    OutcomeRules.checkDates(meeting, command, rules);
    String lateReason =
        OutcomeRules.heldLateReason(
            meeting, command, meetings.statutoryDate(meeting, rules), rules);
    apply(
        new ConferenceOutcomeRecordedEvent(
            command.caseId(),
            meeting.meetingId(),
            command.heldOn(),
            command.decision(),
            command.category(),
            command.nextReviewDate(),
            command.reasons(),
            command.strengths() == null ? List.of() : List.copyOf(command.strengths()),
            command.risks() == null ? List.of() : List.copyOf(command.risks()),
            command.familyView(),
            command.dissent(),
            rules.now(),
            lateReason));
  }

  @CommandHandler
  void handle(
      RespondToViewsCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    Actor actor = new Actor(actorSub, actorRole);
    Permissions.role(actor, ActorRole.CHAIR, "respond to the young person's views");
    record.requireOpen();
    new Validation(rules.textLimits())
        .id("meetingId", command.meetingId(), "the meeting's id")
        .bilingual(
            "response",
            command.response(),
            true,
            rules.textLimits().shortText(),
            "your response to the young person")
        .throwIfInvalid();
    Meeting meeting = meetings.require(command.meetingId());
    Permissions.chairOf(actor, meeting, "respond to the young person's views");
    if (!voice.heardFrom(meeting.meetingId())) {
      throw new CaseRuleException(
          "meetingId",
          "the young person has not chosen how to take part or sent views for this meeting yet");
    }
    apply(
        new ChairRespondedToViewsEvent(
            command.caseId(),
            meeting.meetingId(),
            record.child().personId(),
            command.response(),
            rules.now()));
  }

  @CommandHandler
  void handle(
      OverrideContributionVisibilityCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    Actor actor = new Actor(actorSub, actorRole);
    Permissions.role(actor, ActorRole.CHAIR, "change who may see the young person's views");
    record.requireOpen();
    new Validation(rules.textLimits())
        .id("meetingId", command.meetingId(), "the meeting's id")
        .id("contributionId", command.contributionId(), "the contribution's id")
        .required("visibility", command.visibility(), "choose who may see the views")
        .shortText(
            "safeguardingReason",
            command.safeguardingReason(),
            true,
            "the safeguarding reason, which the young person is told")
        .throwIfInvalid();
    Meeting meeting = meetings.require(command.meetingId());
    Permissions.chairOf(actor, meeting, "change who may see the young person's views");
    YoungPersonVoice.Contribution contribution =
        voice.contribution(meeting.meetingId(), command.contributionId());
    if (contribution.visibility() == command.visibility()) {
      throw new CaseRuleException(
          "visibility", "these views already have this visibility: choose the other one");
    }
    apply(
        new ContributionVisibilityOverriddenEvent(
            command.caseId(),
            meeting.meetingId(),
            command.contributionId(),
            contribution.visibility(),
            command.visibility(),
            command.safeguardingReason(),
            rules.now()));
  }
}
