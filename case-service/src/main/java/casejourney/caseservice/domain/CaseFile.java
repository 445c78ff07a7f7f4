package casejourney.caseservice.domain;

import static casejourney.api.ActorMetaData.ROLE;
import static casejourney.api.ActorMetaData.SUBJECT;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import casejourney.api.ActorRole;
import casejourney.api.commands.ChangeWorkerCommand;
import casejourney.api.commands.CloseCaseCommand;
import casejourney.api.commands.EraseCaseRecordCommand;
import casejourney.api.commands.OpenCaseCommand;
import casejourney.api.commands.RecordStrategyDiscussionCommand;
import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.CaseOpenedEvent;
import casejourney.api.events.CaseRecordErasedEvent;
import casejourney.api.events.StrategyDiscussionHeldEvent;
import casejourney.api.events.WorkerChangedEvent;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One child's case: the consistency boundary for everything in their journey. The case-wide
 * commands are handled here; meetings, invitations, the young person's voice, the plan, disputes
 * and Welsh versions each have their own member class, all reading the same {@link CaseRecord}.
 *
 * <p>Every handler checks, in order: who is acting, that the case is open, the input, then the
 * case's rules; only then does it apply an event.
 */
@Aggregate(cache = "caseFileCache")
public class CaseFile {

  @AggregateIdentifier private String caseId;

  private final CaseRecord record = new CaseRecord();

  @AggregateMember private final Meetings meetings = new Meetings(record);

  @AggregateMember private final Invitations invitations = new Invitations(record, meetings);

  @AggregateMember private final YoungPersonVoice voice = new YoungPersonVoice(record, meetings);

  @AggregateMember
  private final ChairActions chairActions = new ChairActions(record, meetings, voice);

  @AggregateMember private final PlanHistory plans = new PlanHistory(record, meetings);

  @AggregateMember
  private final Disputes disputes = new Disputes(record, meetings, invitations, plans);

  @AggregateMember private final WrittenTexts texts = new WrittenTexts();

  @AggregateMember private final WelshVersions welsh = new WelshVersions(record, meetings, texts);

  protected CaseFile() {
    // for Axon: rebuilt from events
  }

  /**
   * Every command answers with the version the case is now at, so a client can send it back to
   * guard its next change against someone else's in between.
   */
  @CommandHandlerInterceptor
  Object answerWithVersion(InterceptorChain chain) throws Exception {
    chain.proceed();
    return AggregateLifecycle.getVersion();
  }

  @CommandHandler
  public CaseFile(
      OpenCaseCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    Actor actor = new Actor(actorSub, actorRole);
    Permissions.role(actor, ActorRole.WORKER, "open a case");
    CaseOpening.validate(command, rules.textLimits());
    Permissions.opener(actor, command.allocatedWorker());
    apply(
        new CaseOpenedEvent(
            command.caseId(),
            command.nation(),
            command.child(),
            command.familyMembers(),
            command.allocatedWorker(),
            rules.now()));
  }

  @CommandHandler
  void handle(
      ChangeWorkerCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    Permissions.allocatedWorker(new Actor(actorSub, actorRole), record, "hand the case on");
    record.requireOpen();
    Validation input = new Validation(rules.textLimits());
    CaseOpening.staff(input, "newWorker", command.newWorker(), "the new social worker");
    input.throwIfInvalid();
    if (command.newWorker().subject().equals(record.worker().subject())) {
      throw new CaseRuleException(
          "newWorker.subject", "this social worker already holds the case: choose someone else");
    }
    apply(new WorkerChangedEvent(caseId, record.worker(), command.newWorker(), rules.now()));
  }

  @CommandHandler
  void handle(
      RecordStrategyDiscussionCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    Permissions.allocatedWorker(
        new Actor(actorSub, actorRole), record, "record a strategy discussion");
    record.requireOpen();
    new Validation(rules.textLimits())
        .required("heldOn", command.heldOn(), "enter the date the strategy discussion was held")
        .throwIfInvalid();
    if (command.heldOn().isAfter(rules.today())) {
      throw new CaseRuleException(
          "heldOn", "a strategy discussion can only be recorded once it has been held");
    }
    apply(
        new StrategyDiscussionHeldEvent(
            caseId,
            command.heldOn(),
            rules.statutoryClock().initialConferenceDue(command.heldOn()),
            rules.now()));
  }

  @CommandHandler
  void handle(
      CloseCaseCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    Permissions.allocatedWorker(new Actor(actorSub, actorRole), record, "close the case");
    record.requireOpen();
    new Validation(rules.textLimits())
        .bilingual(
            "reason",
            command.reason(),
            true,
            rules.textLimits().shortText(),
            "why the case is closing")
        .throwIfInvalid();
    apply(new CaseClosedEvent(caseId, command.reason(), rules.now()));
  }

  @EventSourcingHandler
  void on(CaseOpenedEvent event) {
    caseId = event.caseId();
    record.opened(event.nation(), event.child(), event.familyMembers(), event.allocatedWorker());
  }

  @EventSourcingHandler
  void on(WorkerChangedEvent event) {
    record.workerChanged(event.newWorker());
  }

  @EventSourcingHandler
  void on(StrategyDiscussionHeldEvent event) {
    record.strategyDiscussionHeld(event.heldOn(), event.initialConferenceDue());
  }

  /**
   * The end of retention (DOMAIN.md, "Data"): only the retention sweep may erase, only a closed
   * case, and only once the years kept after closing have passed. The sweep destroys the key once
   * this event is stored.
   */
  @CommandHandler
  void handle(
      EraseCaseRecordCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    Permissions.role(new Actor(actorSub, actorRole), ActorRole.SYSTEM, "erase a case's record");
    if (record.isErased()) {
      throw new CaseRuleException("caseId", "This case's record has already been erased");
    }
    if (!record.isClosed()) {
      throw new CaseRuleException("caseId", "Only a closed case's record can be erased");
    }
    LocalDate retainUntil = rules.retainUntil(record.closedAt());
    if (!rules.today().isAfter(retainUntil)) {
      throw new CaseRuleException(
          "caseId", "This case's record must be kept until " + retainUntil + " inclusive");
    }
    apply(new CaseRecordErasedEvent(caseId, record.closedAt(), retainUntil, rules.now()));
  }

  @EventSourcingHandler
  void on(CaseClosedEvent event) {
    record.closed(event.closedAt());
  }

  @EventSourcingHandler
  void on(CaseRecordErasedEvent event) {
    record.erased();
  }
}
