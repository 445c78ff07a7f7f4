package casejourney.caseservice.domain;

import static casejourney.caseservice.domain.Rejections.closed;
import static casejourney.caseservice.domain.Rejections.notPermitted;
import static casejourney.caseservice.domain.Rejections.rejected;
import static casejourney.caseservice.domain.StandardCase.*;

import casejourney.api.BilingualText;
import casejourney.api.ContributionForm;
import casejourney.api.FamilyMember;
import casejourney.api.FamilyRole;
import casejourney.api.Language;
import casejourney.api.Nation;
import casejourney.api.ParticipationChoice;
import casejourney.api.Visibility;
import casejourney.api.commands.ChooseParticipationCommand;
import casejourney.api.commands.OfferAdvocateCommand;
import casejourney.api.commands.SubmitContributionCommand;
import casejourney.api.events.AdvocateOfferedEvent;
import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.CaseOpenedEvent;
import casejourney.api.events.ContributionSubmittedEvent;
import casejourney.api.events.MeetingCancelledEvent;
import casejourney.api.events.ParticipationChosenEvent;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CaseFileYoungPersonTest {

  private static final String YP = YOUNG_PERSON.personId();
  private AggregateTestFixture<CaseFile> fixture;

  @BeforeEach
  void setUp() {
    fixture = fixture();
  }

  private static ChooseParticipationCommand choose(String meetingId, ParticipationChoice choice) {
    return new ChooseParticipationCommand(CASE_ID, null, meetingId, choice, false);
  }

  private static ParticipationChosenEvent chosen(
      String meetingId, ParticipationChoice choice, ParticipationChoice previous) {
    return new ParticipationChosenEvent(CASE_ID, meetingId, YP, choice, previous, false, NOW);
  }

  private static SubmitContributionCommand words(String meetingId, String id, String words) {
    return new SubmitContributionCommand(
        CASE_ID,
        null,
        meetingId,
        id,
        ContributionForm.WORDS,
        words,
        "ignored",
        null,
        null,
        null,
        Visibility.CHAIR_AND_WORKER);
  }

  @Test
  @DisplayName("the worker records the active offer of an advocate")
  void offersAdvocate() {
    fixture
        .given(withInitialConference())
        .when(new OfferAdvocateCommand(CASE_ID, null, INITIAL, "Tros Gynnal Plant"), asWorker())
        .expectEvents(new AdvocateOfferedEvent(CASE_ID, INITIAL, YP, "Tros Gynnal Plant", NOW));
  }

  @Test
  @DisplayName("an advocate offer names the service and a meeting that is still to come")
  void advocateOfferRules() {
    fixture
        .given(withInitialConference())
        .when(new OfferAdvocateCommand(CASE_ID, null, INITIAL, " "), asWorker())
        .expectException(rejected(InvalidCommandException.class, "advocacyService", "enter"));
    fixture
        .given(withInitialConference())
        .andGiven(new MeetingCancelledEvent(CASE_ID, INITIAL, BilingualText.en("Off"), NOW))
        .when(new OfferAdvocateCommand(CASE_ID, null, INITIAL, "NYAS"), asWorker())
        .expectException(rejected(CaseRuleException.class, "meetingId", "was cancelled"));
    fixture
        .given(withInitialConference())
        .when(new OfferAdvocateCommand(CASE_ID, null, "m-nope", "NYAS"), asWorker())
        .expectException(rejected(UnknownItemException.class, "meetingId", "m-nope"));
    fixture
        .given(withInitialConference())
        .when(new OfferAdvocateCommand(CASE_ID, null, INITIAL, "NYAS"), asYoungPerson())
        .expectException(notPermitted());
  }

  @Test
  @DisplayName("the young person chooses how to take part")
  void choosesParticipation() {
    fixture
        .given(withInitialConference())
        .when(
            new ChooseParticipationCommand(
                CASE_ID, null, INITIAL, ParticipationChoice.TALK_TO_CHAIR_BEFORE, true),
            asYoungPerson())
        .expectEvents(
            new ParticipationChosenEvent(
                CASE_ID, INITIAL, YP, ParticipationChoice.TALK_TO_CHAIR_BEFORE, null, true, NOW));
  }

  @Test
  @DisplayName("in Wales the young person can choose before an advocate has been offered")
  void choiceDoesNotWaitForAdvocateOffer() {
    fixture
        .given(withInitialConference())
        .when(choose(INITIAL, ParticipationChoice.ATTEND_ALL), asYoungPerson())
        .expectEvents(chosen(INITIAL, ParticipationChoice.ATTEND_ALL, null));
  }

  @Test
  @DisplayName("the young person can change their mind, and the previous choice is kept")
  void changesChoice() {
    fixture
        .given(withInitialConference())
        .andGiven(chosen(INITIAL, ParticipationChoice.ATTEND_ALL, null))
        .when(choose(INITIAL, ParticipationChoice.NOT_THIS_TIME), asYoungPerson())
        .expectEvents(
            chosen(INITIAL, ParticipationChoice.NOT_THIS_TIME, ParticipationChoice.ATTEND_ALL));
  }

  @Test
  @DisplayName("choosing the same thing again changes nothing")
  void sameChoiceIsANoOp() {
    fixture
        .given(withInitialConference())
        .andGiven(chosen(INITIAL, ParticipationChoice.ATTEND_ALL, null))
        .when(choose(INITIAL, ParticipationChoice.ATTEND_ALL), asYoungPerson())
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  @DisplayName("the choice cannot change once the meeting has started")
  void choiceClosesWhenMeetingStarts() {
    fixture
        .given(withEarlierConference())
        .when(choose(EARLIER, ParticipationChoice.ATTEND_ALL), asYoungPerson())
        .expectException(rejected(CaseRuleException.class, "meetingId", "already started"));
  }

  @Test
  @DisplayName("no choice is recorded for a cancelled or unknown meeting, or without a choice")
  void choiceNeedsChoiceAndLiveMeeting() {
    fixture
        .given(withInitialConference())
        .andGiven(new MeetingCancelledEvent(CASE_ID, INITIAL, BilingualText.en("Off"), NOW))
        .when(choose(INITIAL, ParticipationChoice.ATTEND_ALL), asYoungPerson())
        .expectException(rejected(CaseRuleException.class, "meetingId", "was cancelled"));
    fixture
        .given(withInitialConference())
        .when(choose("m-nope", ParticipationChoice.ATTEND_ALL), asYoungPerson())
        .expectException(rejected(UnknownItemException.class, "meetingId", "m-nope"));
    fixture
        .given(withInitialConference())
        .when(choose(INITIAL, null), asYoungPerson())
        .expectException(rejected(InvalidCommandException.class, "choice", "choose how"));
  }

  @Test
  @DisplayName("only the young person the case is about chooses how they take part")
  void onlyTheYoungPersonChooses() {
    fixture
        .given(withInitialConference())
        .when(choose(INITIAL, ParticipationChoice.ATTEND_ALL), asParentA())
        .expectException(notPermitted());
    fixture
        .given(withInitialConference())
        .when(choose(INITIAL, ParticipationChoice.ATTEND_ALL), as("parent-a", "YOUNG_PERSON"))
        .expectException(notPermitted());
  }

  @Test
  @DisplayName("a child too young for the portal cannot act as a young person")
  void youngChildCannotChoose() {
    FamilyMember child =
        new FamilyMember(
            "p-young",
            "Jo",
            FamilyRole.CHILD,
            Language.EN,
            "young-person",
            LocalDate.of(2020, 1, 1));
    fixture
        .given(new CaseOpenedEvent(CASE_ID, Nation.WALES, child, List.of(PARENT_A), WORKER, NOW))
        .andGiven(
            strategyDiscussion(),
            scheduled(INITIAL, casejourney.api.MeetingType.INITIAL_CONFERENCE, INITIAL_STARTS))
        .when(choose(INITIAL, ParticipationChoice.ATTEND_ALL), asYoungPerson())
        .expectException(notPermitted());
  }

  @Test
  @DisplayName("the young person's words are kept, and fields their form does not use are dropped")
  void submitsWords() {
    fixture
        .given(withInitialConference())
        .when(words(INITIAL, "c-1", "I want to stay at my school"), asYoungPerson())
        .expectEvents(
            new ContributionSubmittedEvent(
                CASE_ID,
                INITIAL,
                "c-1",
                YP,
                ContributionForm.WORDS,
                "I want to stay at my school",
                null,
                null,
                null,
                null,
                Visibility.CHAIR_AND_WORKER,
                NOW));
  }

  @Test
  @DisplayName("the three houses need at least one house filled in")
  void threeHousesNeedOneHouse() {
    fixture
        .given(withInitialConference())
        .when(
            new SubmitContributionCommand(
                CASE_ID,
                null,
                INITIAL,
                "c-1",
                ContributionForm.THREE_HOUSES,
                null,
                " ",
                null,
                null,
                null,
                Visibility.EVERYONE_AT_MEETING),
            asYoungPerson())
        .expectException(rejected(InvalidCommandException.class, "worries", "at least one house"));
    fixture
        .given(withInitialConference())
        .when(
            new SubmitContributionCommand(
                CASE_ID,
                null,
                INITIAL,
                "c-1",
                ContributionForm.THREE_HOUSES,
                "words",
                null,
                "Football",
                null,
                null,
                Visibility.EVERYONE_AT_MEETING),
            asYoungPerson())
        .expectEvents(
            new ContributionSubmittedEvent(
                CASE_ID,
                INITIAL,
                "c-1",
                YP,
                ContributionForm.THREE_HOUSES,
                null,
                null,
                "Football",
                null,
                null,
                Visibility.EVERYONE_AT_MEETING,
                NOW));
  }

  @Test
  @DisplayName("a drawing needs its upload and keeps its caption")
  void drawingNeedsReference() {
    fixture
        .given(withInitialConference())
        .when(
            new SubmitContributionCommand(
                CASE_ID,
                null,
                INITIAL,
                "c-1",
                ContributionForm.DRAWING,
                "Me and my dog",
                null,
                null,
                null,
                null,
                Visibility.EVERYONE_AT_MEETING),
            asYoungPerson())
        .expectException(rejected(InvalidCommandException.class, "drawingReference", "enter"));
    fixture
        .given(withInitialConference())
        .when(
            new SubmitContributionCommand(
                CASE_ID,
                null,
                INITIAL,
                "c-1",
                ContributionForm.DRAWING,
                "Me and my dog",
                null,
                null,
                null,
                "upload-7",
                Visibility.EVERYONE_AT_MEETING),
            asYoungPerson())
        .expectEvents(
            new ContributionSubmittedEvent(
                CASE_ID,
                INITIAL,
                "c-1",
                YP,
                ContributionForm.DRAWING,
                "Me and my dog",
                null,
                null,
                null,
                "upload-7",
                Visibility.EVERYONE_AT_MEETING,
                NOW));
  }

  @Test
  @DisplayName("views through an advocate need the words, and a visibility is always required")
  void advocateViewsNeedWordsAndVisibility() {
    fixture
        .given(withInitialConference())
        .when(
            new SubmitContributionCommand(
                CASE_ID,
                null,
                INITIAL,
                "c-1",
                ContributionForm.THROUGH_ADVOCATE,
                null,
                null,
                null,
                null,
                null,
                null),
            asYoungPerson())
        .expectException(rejected(InvalidCommandException.class, "words", "enter your words"))
        .expectException(rejected(InvalidCommandException.class, "visibility", "who may see"));
  }

  @Test
  @DisplayName("words over 5,000 characters are refused, saying how many were written")
  void overlongWordsAreRefused() {
    fixture
        .given(withInitialConference())
        .when(words(INITIAL, "c-1", text(5_210)), asYoungPerson())
        .expectException(
            rejected(
                InvalidCommandException.class,
                "words",
                "keep it to 5,000 characters or fewer (you wrote 5,210)"));
  }

  @Test
  @DisplayName("the same contribution cannot be sent twice")
  void duplicateContributionIsRefused() {
    fixture
        .given(withInitialConference())
        .andGiven(
            new ContributionSubmittedEvent(
                CASE_ID,
                INITIAL,
                "c-1",
                YP,
                ContributionForm.WORDS,
                "Hi",
                null,
                null,
                null,
                null,
                Visibility.CHAIR_AND_WORKER,
                NOW))
        .when(words(INITIAL, "c-1", "Hi again"), asYoungPerson())
        .expectException(rejected(CaseRuleException.class, "contributionId", "already sent"));
  }

  @Test
  @DisplayName("views can be sent after the meeting starts but not once it has been held")
  void contributionsCloseWhenMeetingIsHeld() {
    fixture
        .given(withEarlierConference())
        .when(words(EARLIER, "c-1", "Late thoughts"), asYoungPerson())
        .expectSuccessfulHandlerExecution();
    fixture
        .given(withEarlierConference())
        .andGiven(held(EARLIER, TODAY))
        .when(words(EARLIER, "c-1", "Late thoughts"), asYoungPerson())
        .expectException(rejected(CaseRuleException.class, "meetingId", "already been held"));
  }

  @Test
  @DisplayName("views cannot be sent for a cancelled meeting, by a parent, or on a closed case")
  void contributionRefusals() {
    fixture
        .given(withInitialConference())
        .andGiven(new MeetingCancelledEvent(CASE_ID, INITIAL, BilingualText.en("Off"), NOW))
        .when(words(INITIAL, "c-1", "Hi"), asYoungPerson())
        .expectException(rejected(CaseRuleException.class, "meetingId", "was cancelled"));
    fixture
        .given(withInitialConference())
        .when(words(INITIAL, "c-1", "Hi"), asParentA())
        .expectException(notPermitted());
    fixture
        .given(withInitialConference())
        .andGiven(new CaseClosedEvent(CASE_ID, BilingualText.en("Ended"), NOW))
        .when(words(INITIAL, "c-1", "Hi"), asYoungPerson())
        .expectException(closed());
  }

  @Test
  @DisplayName("asking for an advocate while keeping the same choice is a change")
  void askingForAdvocateIsAChange() {
    fixture
        .given(withInitialConference())
        .andGiven(chosen(INITIAL, ParticipationChoice.ATTEND_ALL, null))
        .when(
            new ChooseParticipationCommand(
                CASE_ID, null, INITIAL, ParticipationChoice.ATTEND_ALL, true),
            asYoungPerson())
        .expectEvents(
            new ParticipationChosenEvent(
                CASE_ID,
                INITIAL,
                YP,
                ParticipationChoice.ATTEND_ALL,
                ParticipationChoice.ATTEND_ALL,
                true,
                NOW));
  }
}
