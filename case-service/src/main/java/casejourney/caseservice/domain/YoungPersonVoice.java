package casejourney.caseservice.domain;

import static casejourney.api.ActorMetaData.ROLE;
import static casejourney.api.ActorMetaData.SUBJECT;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import casejourney.api.ContributionForm;
import casejourney.api.FamilyMember;
import casejourney.api.ParticipationChoice;
import casejourney.api.Visibility;
import casejourney.api.commands.ChooseParticipationCommand;
import casejourney.api.commands.OfferAdvocateCommand;
import casejourney.api.commands.SubmitContributionCommand;
import casejourney.api.events.AdvocateOfferedEvent;
import casejourney.api.events.ContributionSubmittedEvent;
import casejourney.api.events.ContributionVisibilityOverriddenEvent;
import casejourney.api.events.ParticipationChosenEvent;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * How the young person takes part in each meeting and the views they sent (DOMAIN.md "How a young
 * person can take part"). Nothing here blocks the child: an advocate offer is recorded when made,
 * but a choice never waits for one.
 */
final class YoungPersonVoice {

  private final CaseRecord record;
  private final Meetings meetings;
  private final Map<String, Choice> choiceByMeetingId = new HashMap<>();
  private final Map<String, Contribution> contributionsById = new HashMap<>();

  YoungPersonVoice(CaseRecord record, Meetings meetings) {
    this.record = record;
    this.meetings = meetings;
  }

  /** True when the young person chose how to take part in, or sent views for, the meeting. */
  boolean heardFrom(String meetingId) {
    return choiceByMeetingId.containsKey(meetingId)
        || contributionsById.values().stream().anyMatch(c -> c.meetingId().equals(meetingId));
  }

  Contribution contribution(String meetingId, String contributionId) {
    Contribution contribution = contributionsById.get(contributionId);
    if (contribution == null || !contribution.meetingId().equals(meetingId)) {
      throw new UnknownItemException(
          "contributionId", "this meeting has no contribution " + contributionId);
    }
    return contribution;
  }

  @CommandHandler
  void handle(
      OfferAdvocateCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    Permissions.allocatedWorker(new Actor(actorSub, actorRole), record, "offer an advocate");
    record.requireOpen();
    new Validation(rules.textLimits())
        .id("meetingId", command.meetingId(), "the meeting's id")
        .name("advocacyService", command.advocacyService(), true, "the advocacy service offered")
        .throwIfInvalid();
    Meeting meeting = meetings.require(command.meetingId());
    meeting.requireUpcoming("offer an advocate for it");
    apply(
        new AdvocateOfferedEvent(
            command.caseId(),
            meeting.meetingId(),
            record.child().personId(),
            command.advocacyService(),
            rules.now()));
  }

  /** Choosing what was already chosen changes nothing, so a double tap records one choice. */
  @CommandHandler
  void handle(
      ChooseParticipationCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    FamilyMember youngPerson =
        Permissions.youngPerson(new Actor(actorSub, actorRole), record, "choose how to take part");
    record.requireOpen();
    new Validation(rules.textLimits())
        .id("meetingId", command.meetingId(), "the meeting's id")
        .required("choice", command.choice(), "choose how you want to take part")
        .throwIfInvalid();
    Meeting meeting = meetings.require(command.meetingId());
    meeting.requireNotCancelled("choose how to take part");
    if (!rules.localNow().isBefore(meeting.startsAt()) || meeting.isHeld()) {
      throw new CaseRuleException(
          "meetingId", "this meeting has already started, so your choice cannot change now");
    }
    Choice previous = choiceByMeetingId.get(meeting.meetingId());
    Choice next = new Choice(command.choice(), command.wantsAdvocate());
    if (next.equals(previous)) {
      return;
    }
    apply(
        new ParticipationChosenEvent(
            command.caseId(),
            meeting.meetingId(),
            youngPerson.personId(),
            command.choice(),
            previous == null ? null : previous.choice(),
            command.wantsAdvocate(),
            rules.now()));
  }

  /** Only the fields the chosen form uses are kept; a drawing keeps its words as a caption. */
  @CommandHandler
  void handle(
      SubmitContributionCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    FamilyMember youngPerson =
        Permissions.youngPerson(new Actor(actorSub, actorRole), record, "send your views");
    record.requireOpen();
    ContributionForm form = command.form();
    new Validation(rules.textLimits())
        .id("meetingId", command.meetingId(), "the meeting's id")
        .id("contributionId", command.contributionId(), "the contribution's id")
        .required("form", form, "choose how you are sharing your views")
        .required("visibility", command.visibility(), "choose who may see your views")
        .check(
            form != ContributionForm.THREE_HOUSES
                || !(blank(command.worries())
                    && blank(command.goodThings())
                    && blank(command.wishes())),
            "worries",
            "fill in at least one house: worries, good things or wishes")
        .longText("words", command.words(), usesWords(form), "your words")
        .longText("worries", command.worries(), false, "your worries")
        .longText("goodThings", command.goodThings(), false, "the good things")
        .longText("wishes", command.wishes(), false, "your wishes")
        .name(
            "drawingReference",
            command.drawingReference(),
            form == ContributionForm.DRAWING,
            "the drawing you uploaded")
        .throwIfInvalid();
    Meeting meeting = meetings.require(command.meetingId());
    meeting.requireNotCancelled("send views for it");
    meeting.requireNotHeld("send views for it");
    if (contributionsById.containsKey(command.contributionId())) {
      throw new CaseRuleException(
          "contributionId", "these views were already sent: use a new id for new views");
    }
    boolean houses = form == ContributionForm.THREE_HOUSES;
    boolean words = usesWords(form) || form == ContributionForm.DRAWING;
    apply(
        new ContributionSubmittedEvent(
            command.caseId(),
            meeting.meetingId(),
            command.contributionId(),
            youngPerson.personId(),
            form,
            words ? command.words() : null,
            houses ? command.worries() : null,
            houses ? command.goodThings() : null,
            houses ? command.wishes() : null,
            form == ContributionForm.DRAWING ? command.drawingReference() : null,
            command.visibility(),
            rules.now()));
  }

  private static boolean usesWords(ContributionForm form) {
    return form == ContributionForm.WORDS || form == ContributionForm.THROUGH_ADVOCATE;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  @EventSourcingHandler
  void on(ParticipationChosenEvent event) {
    choiceByMeetingId.put(event.meetingId(), new Choice(event.choice(), event.wantsAdvocate()));
  }

  @EventSourcingHandler
  void on(ContributionSubmittedEvent event) {
    contributionsById.put(
        event.contributionId(), new Contribution(event.meetingId(), event.visibility()));
  }

  @EventSourcingHandler
  void on(ContributionVisibilityOverriddenEvent event) {
    contributionsById.computeIfPresent(
        event.contributionId(), (id, c) -> new Contribution(c.meetingId(), event.visibility()));
  }

  record Choice(ParticipationChoice choice, boolean wantsAdvocate) {}

  record Contribution(String meetingId, Visibility visibility) {}
}
