package casejourney.caseservice.domain;

import static casejourney.caseservice.domain.Rejections.closed;
import static casejourney.caseservice.domain.Rejections.notPermitted;
import static casejourney.caseservice.domain.Rejections.rejected;
import static casejourney.caseservice.domain.StandardCase.*;

import casejourney.api.BilingualText;
import casejourney.api.MeetingType;
import casejourney.api.commands.AcknowledgePlanCommand;
import casejourney.api.commands.MarkExpectationMetCommand;
import casejourney.api.commands.PublishPlanVersionCommand;
import casejourney.api.commands.RespondToPlanCommand;
import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.ExpectationMetEvent;
import casejourney.api.events.PlanAcknowledgedEvent;
import casejourney.api.events.PlanResponseRecordedEvent;
import casejourney.api.events.PlanVersionPublishedEvent;
import casejourney.api.events.WorkerChangedEvent;
import casejourney.api.plan.ChangeKind;
import casejourney.api.plan.Expectation;
import casejourney.api.plan.PlanChange;
import casejourney.api.plan.PlanContent;
import casejourney.api.plan.Responsible;
import casejourney.api.plan.Responsible.Party;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CaseFilePlanTest {

  private static final Responsible MUM = new Responsible(Party.FAMILY_MEMBER, "p-parent-a", "Alex");
  private static final Responsible COUNCIL =
      new Responsible(Party.COUNCIL, null, "Children's services");
  private static final Expectation SCHOOL =
      new Expectation(
          "e-school",
          MUM,
          "Take Jo to school every day",
          null,
          LocalDate.of(2026, 6, 30),
          "School attendance report",
          "Family support worker helps in the morning",
          null);
  private static final Expectation FGC =
      new Expectation(
          "e-fgc",
          COUNCIL,
          "Arrange a family group conference",
          null,
          LocalDate.of(2026, 4, 30),
          "The conference has been held",
          null,
          null);
  private static final PlanContent V1 =
      new PlanContent(
          List.of("Jo is safe at home"),
          List.of("Mum loves Jo"),
          List.of("Neglect"),
          List.of(SCHOOL, FGC));
  private static final BilingualText BECAUSE = BilingualText.en("Jo's exams start in June");

  private AggregateTestFixture<CaseFile> fixture;

  @BeforeEach
  void setUp() {
    fixture = fixture();
  }

  private static PublishPlanVersionCommand publish(
      PlanContent content, Map<String, BilingualText> reasons) {
    return new PublishPlanVersionCommand(CASE_ID, null, content, reasons, null, null);
  }

  private static PlanVersionPublishedEvent published(int version, PlanContent content) {
    return new PlanVersionPublishedEvent(
        CASE_ID, version, content, List.of(), Map.of(), null, null, WORKER, NOW, null);
  }

  private static PlanContent with(Expectation... expectations) {
    return new PlanContent(
        V1.outcomes(), V1.strengths(), V1.priorityRisks(), List.of(expectations));
  }

  private static Expectation schoolBy(LocalDate byWhen) {
    return new Expectation(
        SCHOOL.expectationId(),
        MUM,
        SCHOOL.what(),
        null,
        byWhen,
        SCHOOL.howWeKnow(),
        SCHOOL.support(),
        null);
  }

  @Test
  @DisplayName("the first plan version is published as version 1, with no changes to explain")
  void publishesFirstVersion() {
    fixture.given(opened()).when(publish(V1, null), asWorker()).expectEvents(published(1, V1));
  }

  @Test
  @DisplayName("publishing a tightened deadline without a reason is rejected, naming the item")
  void tightenedDeadlineWithoutReasonIsRejected() {
    fixture
        .given(opened(), published(1, V1))
        .when(publish(with(schoolBy(LocalDate.of(2026, 5, 31)), FGC), Map.of()), asWorker())
        .expectException(
            rejected(
                CaseRuleException.class,
                "reasonsByExpectationId[e-school]",
                "Give a reason for the change to \"Take Jo to school every day\": it makes things"
                    + " harder for the family (deadline brought forward)"));
  }

  @Test
  @DisplayName("a tightened deadline with a reason is published as version 2 with the change")
  void tightenedDeadlineWithReasonIsPublished() {
    PlanContent v2 = with(schoolBy(LocalDate.of(2026, 5, 31)), FGC);
    Map<String, BilingualText> reasons = Map.of("e-school", BECAUSE);
    fixture
        .given(opened(), published(1, V1))
        .when(publish(v2, reasons), asWorker())
        .expectEvents(
            new PlanVersionPublishedEvent(
                CASE_ID,
                2,
                v2,
                List.of(
                    new PlanChange(
                        "e-school",
                        ChangeKind.DEADLINE_BROUGHT_FORWARD,
                        "2026-06-30",
                        "2026-05-31")),
                reasons,
                null,
                null,
                WORKER,
                NOW,
                null));
  }

  @Test
  @DisplayName("every flagged item without a reason is named at once")
  void everyMissingReasonIsNamed() {
    Expectation newTask =
        new Expectation(
            "e-course",
            MUM,
            "Go to a parenting course",
            null,
            LocalDate.of(2026, 5, 1),
            "Certificate",
            null,
            null);
    fixture
        .given(opened(), published(1, V1))
        .when(
            publish(
                with(schoolBy(LocalDate.of(2026, 5, 31)), FGC, newTask),
                Map.of("e-school", BilingualText.en(" "))),
            asWorker())
        .expectException(
            rejected(
                CaseRuleException.class,
                "reasonsByExpectationId[e-school]",
                "deadline brought forward"))
        .expectException(
            rejected(
                CaseRuleException.class,
                "reasonsByExpectationId[e-course]",
                "\"Go to a parenting course\": it makes things harder for the family (a new expectation)"));
  }

  @Test
  @DisplayName("removing a family task needs no reason: it is good news")
  void removingFamilyTaskNeedsNoReason() {
    PlanContent v2 = with(FGC);
    fixture
        .given(opened(), published(1, V1))
        .when(publish(v2, null), asWorker())
        .expectEvents(
            new PlanVersionPublishedEvent(
                CASE_ID,
                2,
                v2,
                List.of(
                    new PlanChange(
                        "e-school", ChangeKind.EXPECTATION_REMOVED, SCHOOL.what(), null)),
                Map.of(),
                null,
                null,
                WORKER,
                NOW,
                null));
  }

  @Test
  @DisplayName("requiring a met expectation again is flagged as reopened")
  void reopeningMetExpectationNeedsReason() {
    fixture
        .given(
            opened(), published(1, V1), new ExpectationMetEvent(CASE_ID, "e-school", 1, null, NOW))
        .when(publish(V1, null), asWorker())
        .expectException(
            rejected(
                CaseRuleException.class,
                "reasonsByExpectationId[e-school]",
                "met and is now expected again"));
  }

  @Test
  @DisplayName("an expectation must say who, what, by when and how we will know")
  void expectationNeedsItsParts() {
    Expectation vague = new Expectation("e-vague", null, " ", null, null, null, null, null);
    Expectation noPerson =
        new Expectation(
            "e-x",
            new Responsible(Party.FAMILY_MEMBER, null, null),
            "Do it",
            null,
            LocalDate.of(2026, 5, 1),
            "Seen",
            null,
            null);
    fixture
        .given(opened())
        .when(publish(with(vague, noPerson), null), asWorker())
        .expectException(
            rejected(
                InvalidCommandException.class,
                "content.expectations[0].responsible",
                "who must do it"))
        .expectException(
            rejected(
                InvalidCommandException.class, "content.expectations[0].what", "what is expected"))
        .expectException(
            rejected(InvalidCommandException.class, "content.expectations[0].byWhen", "date"))
        .expectException(
            rejected(
                InvalidCommandException.class,
                "content.expectations[0].howWeKnow",
                "how we will know"))
        .expectException(
            rejected(
                InvalidCommandException.class,
                "content.expectations[1].responsible.personId",
                "which family member"));
  }

  @Test
  @DisplayName(
      "expectation ids must be unique within a version, and plan texts stay under 5,000 characters")
  void duplicateIdsAndLongTextsAreInvalid() {
    PlanContent content =
        new PlanContent(List.of(text(5_001)), null, null, List.of(SCHOOL, SCHOOL));
    fixture
        .given(opened())
        .when(publish(content, null), asWorker())
        .expectException(
            rejected(
                InvalidCommandException.class,
                "content.expectations[1].expectationId",
                "used twice"))
        .expectException(
            rejected(
                InvalidCommandException.class,
                "content.outcomes[0]",
                "5,000 characters or fewer (you wrote 5,001)"));
  }

  @Test
  @DisplayName(
      "Welsh for an expectation's measure and help is published with it and flags nothing;"
          + " Welsh with no English to translate is refused")
  void welshForTheRestOfAnExpectation() {
    Expectation schoolInWelsh =
        new Expectation(
            SCHOOL.expectationId(),
            MUM,
            SCHOOL.what(),
            "Mynd â Jo i'r ysgol bob dydd",
            SCHOOL.byWhen(),
            SCHOOL.howWeKnow(),
            SCHOOL.support(),
            null,
            "Adroddiad presenoldeb yr ysgol",
            "Mae gweithiwr cymorth i deuluoedd yn helpu yn y bore",
            null);
    PlanContent v2 = with(schoolInWelsh, FGC);
    // Only Welsh was added: not a goalpost change, so no reason is asked for and none recorded.
    fixture
        .given(opened(), published(1, V1))
        .when(publish(v2, null), asWorker())
        .expectEvents(published(2, v2));

    Expectation welshOnly =
        new Expectation(
            FGC.expectationId(),
            COUNCIL,
            FGC.what(),
            null,
            FGC.byWhen(),
            FGC.howWeKnow(),
            null,
            null,
            null,
            "Cydlynydd",
            "Byddwn yn cyfarfod eto");
    fixture
        .given(opened())
        .when(publish(with(SCHOOL, welshOnly), null), asWorker())
        .expectException(
            rejected(
                InvalidCommandException.class,
                "content.expectations[1].supportCy",
                "no English here to translate"))
        .expectException(
            rejected(
                InvalidCommandException.class,
                "content.expectations[1].consequenceCy",
                "no English here to translate"));
  }

  @Test
  @DisplayName("a family task must name someone on this case")
  void familyTaskForStrangerIsUnknown() {
    Expectation stranger =
        new Expectation(
            "e-x",
            new Responsible(Party.FAMILY_MEMBER, "p-other-parent", null),
            "Do it",
            null,
            LocalDate.of(2026, 5, 1),
            "Seen",
            null,
            null);
    fixture
        .given(opened())
        .when(publish(with(stranger), null), asWorker())
        .expectException(
            rejected(
                UnknownItemException.class,
                "content.expectations[0].responsible.personId",
                "p-other-parent"));
  }

  @Test
  @DisplayName("a plan decided at a conference names a conference whose outcome is recorded")
  void decidedAtHeldConference() {
    fixture
        .given(withEarlierConference())
        .andGiven(held(EARLIER, TODAY))
        .when(new PublishPlanVersionCommand(CASE_ID, null, V1, null, EARLIER, null), asWorker())
        .expectEvents(
            new PlanVersionPublishedEvent(
                CASE_ID, 1, V1, List.of(), Map.of(), EARLIER, null, WORKER, NOW, null));
    fixture
        .given(withEarlierConference())
        .when(new PublishPlanVersionCommand(CASE_ID, null, V1, null, EARLIER, null), asWorker())
        .expectException(
            rejected(CaseRuleException.class, "decidedAtMeetingId", "outcome is recorded"));
    fixture
        .given(opened())
        .andGiven(
            scheduled("m-core", MeetingType.CORE_GROUP, EARLIER_STARTS), held("m-core", TODAY))
        .when(new PublishPlanVersionCommand(CASE_ID, null, V1, null, "m-core", null), asWorker())
        .expectException(
            rejected(CaseRuleException.class, "decidedAtMeetingId", "only a conference"));
    fixture
        .given(opened())
        .when(new PublishPlanVersionCommand(CASE_ID, null, V1, null, "m-nope", null), asWorker())
        .expectException(rejected(UnknownItemException.class, "decidedAtMeetingId", "m-nope"));
  }

  @Test
  @DisplayName("the worker who published a version may correct it with a new version")
  void publisherCorrectsOwnVersion() {
    fixture
        .given(opened(), published(1, V1))
        .when(new PublishPlanVersionCommand(CASE_ID, null, V1, null, null, 1), asWorker())
        .expectEvents(
            new PlanVersionPublishedEvent(
                CASE_ID, 2, V1, List.of(), Map.of(), null, 1, WORKER, NOW, null));
  }

  @Test
  @DisplayName("only the person who published a version may correct it")
  void otherWorkerCannotCorrect() {
    fixture
        .given(opened(), published(1, V1), new WorkerChangedEvent(CASE_ID, WORKER, NEW_WORKER, NOW))
        .when(
            new PublishPlanVersionCommand(CASE_ID, null, V1, null, null, 1),
            as("new-worker", "WORKER"))
        .expectException(
            rejected(
                NotPermittedException.class,
                "correctsVersion",
                "only the person who published version 1"));
    fixture
        .given(opened(), published(1, V1))
        .when(new PublishPlanVersionCommand(CASE_ID, null, V1, null, null, 2), asWorker())
        .expectException(
            rejected(UnknownItemException.class, "correctsVersion", "no plan version 2"));
  }

  private static PublishPlanVersionCommand publishFrom(
      Integer basedOnVersion, PlanContent content) {
    return new PublishPlanVersionCommand(
        CASE_ID, null, content, Map.of(), null, null, null, basedOnVersion);
  }

  @Test
  @DisplayName(
      "a version written from one that is no longer current is refused, so nobody undoes a change"
          + " they did not see")
  void versionWrittenFromAnOlderOneIsRefused() {
    PlanContent tightened = with(schoolBy(LocalDate.of(2026, 5, 31)), FGC);
    fixture
        .given(opened(), published(1, V1), published(2, tightened))
        .when(publishFrom(1, V1), asWorker())
        .expectNoEvents()
        .expectException(
            rejected(
                ChangedSinceException.class,
                "basedOnVersion",
                "version 2 of the plan was published after version 1, which you wrote this from"));
    fixture
        .given(opened())
        .when(publishFrom(1, V1), asWorker())
        .expectException(
            rejected(UnknownItemException.class, "basedOnVersion", "no plan version 1"));
    fixture
        .given(opened())
        .when(publishFrom(-1, V1), asWorker())
        .expectException(
            rejected(InvalidCommandException.class, "basedOnVersion", "0 when there was no plan"));
  }

  @Test
  @DisplayName(
      "a version written from the current one is published, and other events since do not matter")
  void versionWrittenFromTheCurrentOneIsPublished() {
    fixture.given(opened()).when(publishFrom(0, V1), asWorker()).expectEvents(published(1, V1));
    fixture
        .given(opened(), published(1, V1), new PlanAcknowledgedEvent(CASE_ID, 1, "p-parent-a", NOW))
        .when(publishFrom(1, V1), asWorker())
        .expectEvents(published(2, V1));
  }

  @Test
  @DisplayName("only the allocated worker publishes a plan, and not on a closed case")
  void publishingPermissions() {
    fixture.given(opened()).when(publish(V1, null), asParentA()).expectException(notPermitted());
    fixture
        .given(opened(), new CaseClosedEvent(CASE_ID, BECAUSE, NOW))
        .when(publish(V1, null), asWorker())
        .expectException(closed());
    fixture
        .given(opened())
        .when(publish(null, null), asWorker())
        .expectException(rejected(InvalidCommandException.class, "content", "enter the plan"));
  }

  @Test
  @DisplayName("the worker marks an expectation in the current plan as met")
  void marksExpectationMet() {
    fixture
        .given(opened(), published(1, V1))
        .when(
            new MarkExpectationMetCommand(CASE_ID, null, "e-school", "Full attendance"), asWorker())
        .expectEvents(new ExpectationMetEvent(CASE_ID, "e-school", 1, "Full attendance", NOW));
  }

  @Test
  @DisplayName("marking an expectation met twice changes nothing")
  void markingMetTwiceIsANoOp() {
    fixture
        .given(
            opened(), published(1, V1), new ExpectationMetEvent(CASE_ID, "e-school", 1, null, NOW))
        .when(new MarkExpectationMetCommand(CASE_ID, null, "e-school", null), asWorker())
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  @DisplayName("an expectation reopened by a later version can be met again")
  void reopenedExpectationCanBeMetAgain() {
    fixture
        .given(
            opened(),
            published(1, V1),
            new ExpectationMetEvent(CASE_ID, "e-school", 1, null, NOW),
            new PlanVersionPublishedEvent(
                CASE_ID,
                2,
                V1,
                List.of(
                    new PlanChange(
                        "e-school", ChangeKind.MET_EXPECTATION_REOPENED, "met", "expected again")),
                Map.of("e-school", BECAUSE),
                null,
                null,
                WORKER,
                NOW,
                null))
        .when(new MarkExpectationMetCommand(CASE_ID, null, "e-school", null), asWorker())
        .expectEvents(new ExpectationMetEvent(CASE_ID, "e-school", 2, null, NOW));
  }

  @Test
  @DisplayName("only an expectation in the current plan can be marked met, by the allocated worker")
  void markMetRefusals() {
    fixture
        .given(opened())
        .when(new MarkExpectationMetCommand(CASE_ID, null, "e-school", null), asWorker())
        .expectException(rejected(UnknownItemException.class, "expectationId", "e-school"));
    fixture
        .given(opened(), published(1, V1), published(2, with(FGC)))
        .when(new MarkExpectationMetCommand(CASE_ID, null, "e-school", null), asWorker())
        .expectException(rejected(UnknownItemException.class, "expectationId", "e-school"));
    fixture
        .given(opened(), published(1, V1))
        .when(new MarkExpectationMetCommand(CASE_ID, null, " ", null), asWorker())
        .expectException(rejected(InvalidCommandException.class, "expectationId", "enter"));
    fixture
        .given(opened(), published(1, V1))
        .when(new MarkExpectationMetCommand(CASE_ID, null, "e-school", null), asParentA())
        .expectException(notPermitted());
  }

  @Test
  @DisplayName("a parent says they have read the plan")
  void parentAcknowledgesPlan() {
    fixture
        .given(opened(), published(1, V1))
        .when(new AcknowledgePlanCommand(CASE_ID, null, 1), asParentA())
        .expectEvents(new PlanAcknowledgedEvent(CASE_ID, 1, "p-parent-a", NOW));
  }

  @Test
  @DisplayName(
      "acknowledging the same version twice changes nothing, but the other parent still can")
  void acknowledgingTwiceIsANoOp() {
    fixture
        .given(opened(), published(1, V1), new PlanAcknowledgedEvent(CASE_ID, 1, "p-parent-a", NOW))
        .when(new AcknowledgePlanCommand(CASE_ID, null, 1), asParentA())
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
    fixture
        .given(opened(), published(1, V1), new PlanAcknowledgedEvent(CASE_ID, 1, "p-parent-a", NOW))
        .when(new AcknowledgePlanCommand(CASE_ID, null, 1), as("parent-b", "PARENT"))
        .expectEvents(new PlanAcknowledgedEvent(CASE_ID, 1, "p-parent-b", NOW));
  }

  @Test
  @DisplayName("acknowledging needs a published version and a parent of this case")
  void acknowledgeRefusals() {
    fixture
        .given(opened(), published(1, V1))
        .when(new AcknowledgePlanCommand(CASE_ID, null, 2), asParentA())
        .expectException(rejected(UnknownItemException.class, "version", "no plan version 2"));
    fixture
        .given(opened(), published(1, V1))
        .when(new AcknowledgePlanCommand(CASE_ID, null, 0), asParentA())
        .expectException(rejected(InvalidCommandException.class, "version", "choose"));
    fixture
        .given(opened(), published(1, V1))
        .when(new AcknowledgePlanCommand(CASE_ID, null, 1), as("other-parent", "PARENT"))
        .expectException(
            rejected(NotPermittedException.class, "actor", "parent or carer on this case"));
    fixture
        .given(opened(), published(1, V1))
        .when(new AcknowledgePlanCommand(CASE_ID, null, 1), asYoungPerson())
        .expectException(notPermitted());
  }

  @Test
  @DisplayName("a parent says they disagree with the plan, and why")
  void parentRespondsToPlan() {
    fixture
        .given(opened(), published(1, V1))
        .when(
            new RespondToPlanCommand(CASE_ID, null, 1, true, "Jo already goes to school"),
            asParentA())
        .expectEvents(
            new PlanResponseRecordedEvent(
                CASE_ID, 1, "p-parent-a", true, "Jo already goes to school", NOW));
  }

  @Test
  @DisplayName("a response needs words, under 5,000 characters, about a published version")
  void responseRefusals() {
    fixture
        .given(opened(), published(1, V1))
        .when(new RespondToPlanCommand(CASE_ID, null, 1, false, " "), asParentA())
        .expectException(
            rejected(InvalidCommandException.class, "response", "enter your response"));
    fixture
        .given(opened(), published(1, V1))
        .when(new RespondToPlanCommand(CASE_ID, null, 1, false, text(5_001)), asParentA())
        .expectException(rejected(InvalidCommandException.class, "response", "5,000"));
    fixture
        .given(opened())
        .when(new RespondToPlanCommand(CASE_ID, null, 1, false, "Fine"), asParentA())
        .expectException(rejected(UnknownItemException.class, "version", "no plan version 1"));
    fixture
        .given(opened(), published(1, V1))
        .when(new RespondToPlanCommand(CASE_ID, null, 1, false, "Fine"), asWorker())
        .expectException(notPermitted());
    fixture
        .given(opened(), published(1, V1), new CaseClosedEvent(CASE_ID, BECAUSE, NOW))
        .when(new RespondToPlanCommand(CASE_ID, null, 1, false, "Fine"), asParentA())
        .expectException(closed());
  }

  @Test
  @DisplayName("in Wales, an outline plan after its 5 working days needs the worker's reason")
  void aLateWelshOutlinePlanNeedsAReason() {
    // The conference was held on 2 March: its outline plan was due by 9 March.
    AggregateTestFixture<CaseFile> later = new AggregateTestFixture<>(CaseFile.class);
    Instant now = Instant.parse("2026-03-20T09:00:00Z");
    later.registerInjectableResource(
        CaseRules.defaults(Clock.fixed(now, ZoneId.of("Europe/London"))));
    later
        .given(withEarlierConference())
        .andGiven(held(EARLIER, TODAY))
        .when(new PublishPlanVersionCommand(CASE_ID, null, V1, null, EARLIER, null), asWorker())
        .expectException(
            rejected(CaseRuleException.class, "outlinePlanLateReason", "was due by 2026-03-09"));
    // A plan that names no conference answers the one still waiting, so it needs the reason too.
    later
        .given(withEarlierConference())
        .andGiven(held(EARLIER, TODAY))
        .when(
            new PublishPlanVersionCommand(
                CASE_ID, null, V1, null, null, null, " The family asked for more time. ", null),
            asWorker())
        .expectEvents(
            new PlanVersionPublishedEvent(
                CASE_ID,
                1,
                V1,
                List.of(),
                Map.of(),
                null,
                null,
                WORKER,
                now,
                "The family asked for more time."));
    // Once answered, the next version is no outline plan and needs no such reason.
    later
        .given(withEarlierConference())
        .andGiven(
            held(EARLIER, TODAY),
            new PlanVersionPublishedEvent(
                CASE_ID, 1, V1, List.of(), Map.of(), EARLIER, null, WORKER, NOW, "Late."))
        .when(new PublishPlanVersionCommand(CASE_ID, null, V1, null, null, null), asWorker())
        .expectSuccessfulHandlerExecution();
  }
}
