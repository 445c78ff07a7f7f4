package casejourney.caseservice.domain;

import static casejourney.api.ActorMetaData.ROLE;
import static casejourney.api.ActorMetaData.SUBJECT;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import casejourney.api.DisputedItem;
import casejourney.api.FamilyMember;
import casejourney.api.FamilyRole;
import casejourney.api.commands.AnswerDisputeCommand;
import casejourney.api.commands.ExtendDisputeAnswerCommand;
import casejourney.api.commands.RaiseDisputeCommand;
import casejourney.api.events.DisputeAnswerExtendedEvent;
import casejourney.api.events.DisputeAnsweredEvent;
import casejourney.api.events.DisputeRaisedEvent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * Things a family member says are wrong in the record (DOMAIN.md, "Data": a disputed fact is
 * recorded as a dispute, never by rewriting history). Nothing here changes what a dispute is about;
 * the dispute and its answer are kept next to it.
 *
 * <p>All three commands are taken on a closed case too: the record is kept for decades and the
 * right to ask for a correction does not end when the plan does.
 */
final class Disputes {

  /** UK GDPR Article 12(3): act on a request to correct personal data within one month. */
  static final int ANSWER_WITHIN_MONTHS = 1;

  /**
   * UK GDPR Article 12(3): a complex request may take two more months, if the person is told why
   * within the first.
   */
  static final int ANSWER_EXTENSION_MONTHS = 2;

  private final CaseRecord record;
  private final Meetings meetings;
  private final Invitations invitations;
  private final PlanHistory plans;

  /** Who raised each dispute, by dispute id. */
  private final Map<String, String> raisedBy = new HashMap<>();

  /** The last day to answer each dispute, by dispute id: the first one until it is extended. */
  private final Map<String, LocalDate> answerDue = new HashMap<>();

  /** The extension of each dispute that has one, by dispute id. */
  private final Map<String, DisputeAnswerExtendedEvent> extensions = new HashMap<>();

  /** The latest answer to each dispute, by dispute id. */
  private final Map<String, DisputeAnsweredEvent> answers = new HashMap<>();

  Disputes(CaseRecord record, Meetings meetings, Invitations invitations, PlanHistory plans) {
    this.record = record;
    this.meetings = meetings;
    this.invitations = invitations;
    this.plans = plans;
  }

  /**
   * A family member can dispute only what they can see: a report shared with them, the outcome of a
   * held meeting they were invited to (the young person: any meeting about them), a plan version,
   * or something else on the record, which they describe.
   */
  @CommandHandler
  void handle(
      RaiseDisputeCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    FamilyMember person =
        Permissions.familyMember(
            new Actor(actorSub, actorRole), record, "say something in this record is wrong");
    record.requireNotErased();
    Validation input =
        new Validation(rules.textLimits())
            .id("disputeId", command.disputeId(), "an id for what you say is wrong")
            .required("item", command.item(), "choose what is wrong")
            .shortText("whatIsWrong", command.whatIsWrong(), true, "what is wrong")
            .shortText("whatItShouldSay", command.whatItShouldSay(), false, "what it should say");
    if (command.item() == DisputedItem.MEETING_OUTCOME || command.item() == DisputedItem.REPORT) {
      input.id("meetingId", command.meetingId(), "the meeting");
    }
    if (command.item() == DisputedItem.REPORT) {
      input.id("reportId", command.reportId(), "the report");
    }
    if (command.item() == DisputedItem.PLAN_VERSION) {
      input
          .required("planVersion", command.planVersion(), "choose a plan version")
          .check(
              command.planVersion() == null || command.planVersion() >= 1,
              "planVersion",
              "choose a plan version");
    }
    input.throwIfInvalid();
    if (raisedBy.containsKey(command.disputeId())) {
      throw new CaseRuleException(
          "disputeId", "this case already has something with this id: choose another id");
    }
    requireVisibleTo(person, command);
    boolean meeting = needsMeeting(command.item());
    apply(
        new DisputeRaisedEvent(
            command.caseId(),
            command.disputeId(),
            person.personId(),
            command.item(),
            meeting ? command.meetingId() : null,
            command.item() == DisputedItem.REPORT ? command.reportId() : null,
            command.item() == DisputedItem.PLAN_VERSION ? command.planVersion() : null,
            command.whatIsWrong(),
            blankToNull(command.whatItShouldSay()),
            rules.now(),
            rules.today().plusMonths(ANSWER_WITHIN_MONTHS)));
  }

  /**
   * The allocated worker answers: the correction, or why the record stays as it is. A different
   * answer replaces the last one; the same one again is refused, so a double-click does not tell
   * the family twice.
   */
  @CommandHandler
  void handle(
      AnswerDisputeCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    Permissions.allocatedWorker(
        new Actor(actorSub, actorRole), record, "answer what the family says is wrong");
    record.requireNotErased();
    new Validation(rules.textLimits())
        .id("disputeId", command.disputeId(), "which of the family's disputes you are answering")
        .required("answer", command.answer(), "choose whether the record was wrong")
        .bilingual(
            "explanation",
            command.explanation(),
            true,
            rules.textLimits().shortText(),
            "the correction, or why the record stays as it is")
        .throwIfInvalid();
    String personId = raisedBy.get(command.disputeId());
    if (personId == null) {
      throw new UnknownItemException(
          "disputeId", "this case has nothing disputed with the id " + command.disputeId());
    }
    DisputeAnsweredEvent before = answers.get(command.disputeId());
    if (before != null
        && before.answer() == command.answer()
        && before.explanation().equals(command.explanation())) {
      throw new CaseRuleException("explanation", "this answer is already recorded: change it");
    }
    apply(
        new DisputeAnsweredEvent(
            command.caseId(),
            command.disputeId(),
            personId,
            command.answer(),
            command.explanation(),
            record.worker(),
            rules.now()));
  }

  /**
   * The allocated worker needs more time for a complex dispute. The law allows it once, and only if
   * the person is told within the first month: after that, or once answered, there is nothing left
   * to extend.
   */
  @CommandHandler
  void handle(
      ExtendDisputeAnswerCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    Permissions.allocatedWorker(
        new Actor(actorSub, actorRole), record, "take more time to answer what the family says");
    record.requireNotErased();
    new Validation(rules.textLimits())
        .id("disputeId", command.disputeId(), "which of the family's disputes needs more time")
        .bilingual(
            "reason",
            command.reason(),
            true,
            rules.textLimits().shortText(),
            "why you need more time to answer")
        .throwIfInvalid();
    String personId = raisedBy.get(command.disputeId());
    if (personId == null) {
      throw new UnknownItemException(
          "disputeId", "this case has nothing disputed with the id " + command.disputeId());
    }
    if (answers.containsKey(command.disputeId())) {
      throw new CaseRuleException(
          "disputeId", "this is already answered: there is nothing left to take more time for");
    }
    DisputeAnswerExtendedEvent before = extensions.get(command.disputeId());
    if (before != null) {
      throw new CaseRuleException(
          "disputeId",
          "the time to answer has already been extended to "
              + before.answerDue()
              + ": it can be extended only once");
    }
    LocalDate due = answerDue.get(command.disputeId());
    if (rules.today().isAfter(due)) {
      throw new CaseRuleException(
          "disputeId",
          "the month to answer ended on "
              + due
              + ": it is too late to take more time, answer it now");
    }
    apply(
        new DisputeAnswerExtendedEvent(
            command.caseId(),
            command.disputeId(),
            personId,
            command.reason(),
            due.plusMonths(ANSWER_EXTENSION_MONTHS),
            rules.now()));
  }

  private void requireVisibleTo(FamilyMember person, RaiseDisputeCommand command) {
    boolean youngPerson = person.role() == FamilyRole.YOUNG_PERSON;
    switch (command.item()) {
      case MEETING_OUTCOME -> {
        Meeting meeting = meetings.require(command.meetingId());
        if (!youngPerson && !invitations.invited(meeting.meetingId(), person.personId())) {
          throw new UnknownItemException(
              "meetingId", "you were not invited to this meeting: choose one you were invited to");
        }
        if (!meeting.isHeld()) {
          throw new CaseRuleException(
              "meetingId", "nothing has been decided at this meeting yet: it has not been held");
        }
      }
      case REPORT -> {
        Meeting meeting = meetings.require(command.meetingId());
        List<String> copies = invitations.sharedWith(meeting.meetingId(), command.reportId());
        if (copies == null || !copies.contains(person.personId())) {
          throw new UnknownItemException(
              "reportId", "this report was not shared with you: choose one that was");
        }
      }
      case PLAN_VERSION -> {
        if (command.planVersion() > plans.versionCount()) {
          throw new UnknownItemException(
              "planVersion", "this case has no plan version " + command.planVersion());
        }
      }
      case OTHER -> {
        // Described in their own words; nothing to look up.
      }
    }
  }

  private static boolean needsMeeting(DisputedItem item) {
    return item == DisputedItem.MEETING_OUTCOME || item == DisputedItem.REPORT;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  @EventSourcingHandler
  void on(DisputeRaisedEvent event) {
    raisedBy.put(event.disputeId(), event.personId());
    answerDue.put(event.disputeId(), event.answerDue());
  }

  @EventSourcingHandler
  void on(DisputeAnswerExtendedEvent event) {
    extensions.put(event.disputeId(), event);
  }

  @EventSourcingHandler
  void on(DisputeAnsweredEvent event) {
    answers.put(event.disputeId(), event);
  }
}
