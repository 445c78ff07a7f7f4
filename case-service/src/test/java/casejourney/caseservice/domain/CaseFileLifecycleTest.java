package casejourney.caseservice.domain;

import static casejourney.caseservice.domain.Rejections.closed;
import static casejourney.caseservice.domain.Rejections.notPermitted;
import static casejourney.caseservice.domain.Rejections.rejected;
import static casejourney.caseservice.domain.StandardCase.*;

import casejourney.api.BilingualText;
import casejourney.api.FamilyMember;
import casejourney.api.FamilyRole;
import casejourney.api.Language;
import casejourney.api.Nation;
import casejourney.api.StaffMember;
import casejourney.api.commands.ChangeWorkerCommand;
import casejourney.api.commands.CloseCaseCommand;
import casejourney.api.commands.OpenCaseCommand;
import casejourney.api.commands.RecordStrategyDiscussionCommand;
import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.StrategyDiscussionHeldEvent;
import casejourney.api.events.WorkerChangedEvent;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CaseFileLifecycleTest {

  private AggregateTestFixture<CaseFile> fixture;

  @BeforeEach
  void setUp() {
    fixture = fixture();
  }

  @Test
  @DisplayName("a worker opens a case allocated to them, with the family and the time it happened")
  void opensCase() {
    fixture.givenNoPriorActivity().when(openCommand(), asWorker()).expectEvents(opened());
  }

  @Test
  @DisplayName("a worker cannot open a case allocated to someone else")
  void openingSomeoneElsesCaseIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(openCommand(), as("new-worker", "WORKER"))
        .expectException(rejected(NotPermittedException.class, "actor", "allocated to you"));
  }

  @Test
  @DisplayName("only someone acting as a worker can open a case")
  void openingAsAParentIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(openCommand(), as("worker", "PARENT"))
        .expectException(notPermitted());
  }

  @Test
  @DisplayName("a command without actor metadata is refused")
  void openingWithoutActorIsRefused() {
    fixture.givenNoPriorActivity().when(openCommand()).expectException(notPermitted());
  }

  @Test
  @DisplayName("opening a case with missing and overlong details reports every problem at once")
  void openingWithBadInputReportsAllErrors() {
    FamilyMember nameless =
        new FamilyMember("p-parent-a", " ", FamilyRole.PARENT, null, null, null);
    FamilyMember childAsParent =
        new FamilyMember("p-x", text(201), FamilyRole.YOUNG_PERSON, Language.EN, null, null);
    OpenCaseCommand command =
        new OpenCaseCommand(" ", null, PARENT_A, List.of(nameless, childAsParent), WORKER);
    fixture
        .givenNoPriorActivity()
        .when(command, asWorker())
        .expectException(rejected(InvalidCommandException.class, "caseId", "enter the case's id"))
        .expectException(rejected(InvalidCommandException.class, "nation", "England or Wales"))
        .expectException(rejected(InvalidCommandException.class, "child.role", "young person"))
        .expectException(
            rejected(InvalidCommandException.class, "familyMembers[0].personId", "used twice"))
        .expectException(
            rejected(InvalidCommandException.class, "familyMembers[0].name", "enter their name"))
        .expectException(
            rejected(
                InvalidCommandException.class, "familyMembers[0].language", "English or Welsh"))
        .expectException(
            rejected(
                InvalidCommandException.class,
                "familyMembers[1].name",
                "keep it to 200 characters or fewer (you wrote 201)"))
        .expectException(
            rejected(InvalidCommandException.class, "familyMembers[1].role", "parent or carer"));
  }

  @Test
  @DisplayName("opening a case without an allocated worker is invalid")
  void openingWithoutWorkerIsInvalid() {
    OpenCaseCommand command =
        new OpenCaseCommand(CASE_ID, Nation.ENGLAND, YOUNG_PERSON, List.of(), null);
    fixture
        .givenNoPriorActivity()
        .when(command, asWorker())
        .expectException(
            rejected(InvalidCommandException.class, "allocatedWorker", "allocated social worker"));
  }

  @Test
  @DisplayName("the allocated worker hands the case to a new worker")
  void changesWorker() {
    fixture
        .given(opened())
        .when(new ChangeWorkerCommand(CASE_ID, null, NEW_WORKER), asWorker())
        .expectEvents(new WorkerChangedEvent(CASE_ID, WORKER, NEW_WORKER, NOW));
  }

  @Test
  @DisplayName("after a change of worker only the new worker acts on the case")
  void previousWorkerLosesTheCase() {
    fixture
        .given(opened(), new WorkerChangedEvent(CASE_ID, WORKER, NEW_WORKER, NOW))
        .when(new ChangeWorkerCommand(CASE_ID, null, WORKER), asWorker())
        .expectException(
            rejected(NotPermittedException.class, "actor", "only the social worker allocated"));
  }

  @Test
  @DisplayName("handing the case to the worker who already holds it is refused")
  void changingToSameWorkerIsRefused() {
    fixture
        .given(opened())
        .when(new ChangeWorkerCommand(CASE_ID, null, new StaffMember("worker", "Sam")), asWorker())
        .expectException(rejected(CaseRuleException.class, "newWorker.subject", "already holds"));
  }

  @Test
  @DisplayName("changing worker without naming the new worker is invalid")
  void changingWorkerWithoutNameIsInvalid() {
    fixture
        .given(opened())
        .when(new ChangeWorkerCommand(CASE_ID, null, new StaffMember("", "")), asWorker())
        .expectException(rejected(InvalidCommandException.class, "newWorker.subject", "enter"))
        .expectException(rejected(InvalidCommandException.class, "newWorker.name", "enter"));
  }

  @Test
  @DisplayName("a chair cannot change the worker")
  void chairCannotChangeWorker() {
    fixture
        .given(opened())
        .when(new ChangeWorkerCommand(CASE_ID, null, NEW_WORKER), as("worker", "CHAIR"))
        .expectException(notPermitted());
  }

  @Test
  @DisplayName("a strategy discussion starts the initial conference clock: 15 working days")
  void recordsStrategyDiscussion() {
    fixture
        .given(opened())
        .when(new RecordStrategyDiscussionCommand(CASE_ID, null, STRATEGY_DISCUSSION), asWorker())
        .expectEvents(strategyDiscussion());
  }

  @Test
  @DisplayName("a strategy discussion without a date is invalid")
  void strategyDiscussionWithoutDateIsInvalid() {
    fixture
        .given(opened())
        .when(new RecordStrategyDiscussionCommand(CASE_ID, null, null), asWorker())
        .expectException(rejected(InvalidCommandException.class, "heldOn", "enter the date"));
  }

  @Test
  @DisplayName("a strategy discussion cannot be recorded before it happens")
  void futureStrategyDiscussionIsRefused() {
    fixture
        .given(opened())
        .when(new RecordStrategyDiscussionCommand(CASE_ID, null, TODAY.plusDays(1)), asWorker())
        .expectException(rejected(CaseRuleException.class, "heldOn", "once it has been held"));
  }

  @Test
  @DisplayName("a strategy discussion held today is recorded")
  void strategyDiscussionTodayIsRecorded() {
    fixture
        .given(opened())
        .when(new RecordStrategyDiscussionCommand(CASE_ID, null, TODAY), asWorker())
        .expectEvents(
            new StrategyDiscussionHeldEvent(CASE_ID, TODAY, LocalDate.of(2026, 3, 23), NOW));
  }

  @Test
  @DisplayName("a parent cannot record a strategy discussion")
  void parentCannotRecordStrategyDiscussion() {
    fixture
        .given(opened())
        .when(new RecordStrategyDiscussionCommand(CASE_ID, null, TODAY), asParentA())
        .expectException(notPermitted());
  }

  @Test
  @DisplayName("the worker closes the case with the reason")
  void closesCase() {
    BilingualText reason = BilingualText.en("The plan has ended");
    fixture
        .given(opened())
        .when(new CloseCaseCommand(CASE_ID, null, reason), asWorker())
        .expectEvents(new CaseClosedEvent(CASE_ID, reason, NOW));
  }

  @Test
  @DisplayName("closing a case without a reason is invalid")
  void closingWithoutReasonIsInvalid() {
    fixture
        .given(opened())
        .when(new CloseCaseCommand(CASE_ID, null, BilingualText.en(" ")), asWorker())
        .expectException(rejected(InvalidCommandException.class, "reason.en", "enter why"));
  }

  @Test
  @DisplayName("a reason longer than 2,000 characters is refused, saying how long it was")
  void overlongReasonIsInvalid() {
    fixture
        .given(opened())
        .when(new CloseCaseCommand(CASE_ID, null, BilingualText.en(text(2_001))), asWorker())
        .expectException(
            rejected(
                InvalidCommandException.class,
                "reason.en",
                "keep it to 2,000 characters or fewer (you wrote 2,001)"));
  }

  @Test
  @DisplayName("a closed case refuses every later command")
  void closedCaseRefusesCommands() {
    fixture
        .given(opened(), new CaseClosedEvent(CASE_ID, BilingualText.en("Ended"), NOW))
        .when(new RecordStrategyDiscussionCommand(CASE_ID, null, TODAY), asWorker())
        .expectException(closed());
    fixture
        .given(opened(), new CaseClosedEvent(CASE_ID, BilingualText.en("Ended"), NOW))
        .when(new CloseCaseCommand(CASE_ID, null, BilingualText.en("Again")), asWorker())
        .expectException(closed());
  }

  @Test
  @DisplayName("another worker cannot close the case")
  void otherWorkerCannotClose() {
    fixture
        .given(opened())
        .when(
            new CloseCaseCommand(CASE_ID, null, BilingualText.en("Ended")),
            as("new-worker", "WORKER"))
        .expectException(notPermitted());
  }
}
