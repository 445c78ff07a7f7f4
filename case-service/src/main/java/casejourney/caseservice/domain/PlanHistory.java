package casejourney.caseservice.domain;

import static casejourney.api.ActorMetaData.ROLE;
import static casejourney.api.ActorMetaData.SUBJECT;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import casejourney.api.FamilyMember;
import casejourney.api.commands.AcknowledgePlanCommand;
import casejourney.api.commands.MarkExpectationMetCommand;
import casejourney.api.commands.PublishPlanVersionCommand;
import casejourney.api.commands.RespondToPlanCommand;
import casejourney.api.events.ExpectationMetEvent;
import casejourney.api.events.PlanAcknowledgedEvent;
import casejourney.api.events.PlanResponseRecordedEvent;
import casejourney.api.events.PlanVersionPublishedEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * The plan's versions, what has been met in the current one, and what the family said about them.
 * Publishing lives in {@link PlanPublishing}; this class keeps the state and the family's side.
 */
final class PlanHistory {

  private final CaseRecord record;
  private final Meetings meetings;
  private final List<PlanVersion> versions = new ArrayList<>();
  private final Set<String> metExpectationIds = new HashSet<>();
  private final Set<String> acknowledgements = new HashSet<>();

  /**
   * Welsh conferences still waiting for their outline plan, oldest first, by the day each was held:
   * a plan naming one answers it, a plan naming none answers the oldest (as the clocks count it).
   */
  private final java.util.Map<String, java.time.LocalDate> outlinesAwaited =
      new java.util.LinkedHashMap<>();

  PlanHistory(CaseRecord record, Meetings meetings) {
    this.record = record;
    this.meetings = meetings;
  }

  @CommandHandler
  void handle(
      PublishPlanVersionCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    Actor actor = new Actor(actorSub, actorRole);
    Permissions.allocatedWorker(actor, record, "publish the plan");
    record.requireOpen();
    PlanVersion current = versions.isEmpty() ? null : versions.get(versions.size() - 1);
    apply(
        new PlanPublishing(record, meetings, versions, rules)
            .publish(
                command,
                actor,
                current,
                Set.copyOf(metExpectationIds),
                outlineAnswered(command.decidedAtMeetingId())));
  }

  /** Marking something met twice changes nothing. */
  @CommandHandler
  void handle(
      MarkExpectationMetCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    Permissions.allocatedWorker(
        new Actor(actorSub, actorRole), record, "mark an expectation as met");
    record.requireOpen();
    new Validation(rules.textLimits())
        .id("expectationId", command.expectationId(), "the expectation's id")
        .shortText("note", command.note(), false, "the note")
        .throwIfInvalid();
    PlanVersion current = versions.isEmpty() ? null : versions.get(versions.size() - 1);
    if (current == null || current.expectation(command.expectationId()).isEmpty()) {
      throw new UnknownItemException(
          "expectationId", "the current plan has no expectation " + command.expectationId());
    }
    if (metExpectationIds.contains(command.expectationId())) {
      return;
    }
    apply(
        new ExpectationMetEvent(
            command.caseId(),
            command.expectationId(),
            current.version(),
            command.note(),
            rules.now()));
  }

  /** Saying "I have read it" twice changes nothing. */
  @CommandHandler
  void handle(
      AcknowledgePlanCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    FamilyMember parent =
        Permissions.parent(new Actor(actorSub, actorRole), record, "say you have read the plan");
    record.requireOpen();
    requireVersion(command.version(), rules);
    if (acknowledgements.contains(acknowledgement(command.version(), parent.personId()))) {
      return;
    }
    apply(
        new PlanAcknowledgedEvent(
            command.caseId(), command.version(), parent.personId(), rules.now()));
  }

  @CommandHandler
  void handle(
      RespondToPlanCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    FamilyMember parent =
        Permissions.parent(new Actor(actorSub, actorRole), record, "respond to the plan");
    record.requireOpen();
    new Validation(rules.textLimits())
        .check(command.version() >= 1, "version", "choose a plan version")
        .longText("response", command.response(), true, "your response")
        .throwIfInvalid();
    requireVersion(command.version(), rules);
    apply(
        new PlanResponseRecordedEvent(
            command.caseId(),
            command.version(),
            parent.personId(),
            command.disagrees(),
            command.response(),
            rules.now()));
  }

  /** How many versions have been published: they are numbered from 1. */
  int versionCount() {
    return versions.size();
  }

  private void requireVersion(int version, CaseRules rules) {
    new Validation(rules.textLimits())
        .check(version >= 1, "version", "choose a plan version")
        .throwIfInvalid();
    if (version > versions.size()) {
      throw new UnknownItemException("version", "this case has no plan version " + version);
    }
  }

  private static String acknowledgement(int version, String personId) {
    return version + "/" + personId;
  }

  /** The day the conference this version answers was held, if it is an awaited outline plan. */
  private java.time.LocalDate outlineAnswered(String decidedAtMeetingId) {
    if (decidedAtMeetingId != null) {
      return outlinesAwaited.get(decidedAtMeetingId);
    }
    return outlinesAwaited.values().stream().findFirst().orElse(null);
  }

  @EventSourcingHandler
  void on(casejourney.api.events.ConferenceOutcomeRecordedEvent event) {
    boolean planContinues =
        event.decision() == casejourney.api.ConferenceDecision.PLAN_NEEDED
            || event.decision() == casejourney.api.ConferenceDecision.PLAN_CONTINUES;
    if (record.nation() == casejourney.api.Nation.WALES && planContinues) {
      outlinesAwaited.put(event.meetingId(), event.heldOn());
    }
  }

  @EventSourcingHandler
  void on(PlanVersionPublishedEvent event) {
    if (event.decidedAtMeetingId() != null) {
      outlinesAwaited.remove(event.decidedAtMeetingId());
    } else if (!outlinesAwaited.isEmpty()) {
      outlinesAwaited.remove(outlinesAwaited.keySet().iterator().next());
    }
    versions.add(new PlanVersion(event.version(), event.content(), event.publishedBy().subject()));
    // Met marks belong to the version they were made in; an item expected again starts unmet.
    event.content().expectations().forEach(e -> metExpectationIds.remove(e.expectationId()));
  }

  @EventSourcingHandler
  void on(ExpectationMetEvent event) {
    metExpectationIds.add(event.expectationId());
  }

  @EventSourcingHandler
  void on(PlanAcknowledgedEvent event) {
    acknowledgements.add(acknowledgement(event.version(), event.personId()));
  }
}
