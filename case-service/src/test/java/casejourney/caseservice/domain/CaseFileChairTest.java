package casejourney.caseservice.domain;

import static casejourney.caseservice.domain.Rejections.closed;
import static casejourney.caseservice.domain.Rejections.notPermitted;
import static casejourney.caseservice.domain.Rejections.rejected;
import static casejourney.caseservice.domain.StandardCase.*;

import casejourney.api.BilingualText;
import casejourney.api.ConferenceDecision;
import casejourney.api.ContributionForm;
import casejourney.api.MeetingType;
import casejourney.api.ParticipationChoice;
import casejourney.api.ProtectionCategory;
import casejourney.api.Visibility;
import casejourney.api.commands.OverrideContributionVisibilityCommand;
import casejourney.api.commands.RecordConferenceOutcomeCommand;
import casejourney.api.commands.RespondToViewsCommand;
import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.ChairRespondedToViewsEvent;
import casejourney.api.events.ConferenceOutcomeRecordedEvent;
import casejourney.api.events.ContributionSubmittedEvent;
import casejourney.api.events.ContributionVisibilityOverriddenEvent;
import casejourney.api.events.MeetingCancelledEvent;
import casejourney.api.events.ParticipationChosenEvent;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CaseFileChairTest {

  private static final LocalDate NEXT_REVIEW = LocalDate.of(2026, 5, 28);
  private static final BilingualText REASONS = BilingualText.en("Jo has been left alone often");
  private static final BilingualText RESPONSE = BilingualText.en("We talked about your school");
  private static final String YP = YOUNG_PERSON.personId();

  private AggregateTestFixture<CaseFile> fixture;

  @BeforeEach
  void setUp() {
    fixture = fixture();
  }

  private static RecordConferenceOutcomeCommand outcome(
      String meetingId,
      LocalDate heldOn,
      ConferenceDecision decision,
      ProtectionCategory category,
      LocalDate nextReview) {
    return new RecordConferenceOutcomeCommand(
        CASE_ID,
        null,
        meetingId,
        heldOn,
        decision,
        category,
        nextReview,
        REASONS,
        List.of("Mum loves Jo"),
        List.of("Jo is left alone"),
        "We agree",
        null);
  }

  private static RecordConferenceOutcomeCommand planNeeded(LocalDate heldOn) {
    return outcome(
        EARLIER, heldOn, ConferenceDecision.PLAN_NEEDED, ProtectionCategory.NEGLECT, NEXT_REVIEW);
  }

  private static ContributionSubmittedEvent contribution(String meetingId) {
    return new ContributionSubmittedEvent(
        CASE_ID,
        meetingId,
        "c-1",
        YP,
        ContributionForm.WORDS,
        "Hi",
        null,
        null,
        null,
        null,
        Visibility.EVERYONE_AT_MEETING,
        NOW);
  }

  private static OverrideContributionVisibilityCommand override(
      String contributionId, Visibility v, String reason) {
    return new OverrideContributionVisibilityCommand(
        CASE_ID, null, INITIAL, contributionId, v, reason);
  }

  @Test
  @DisplayName("the chair records a conference's decision, with strengths and the family's view")
  void recordsOutcome() {
    fixture
        .given(withEarlierConference())
        .when(planNeeded(TODAY), asChair())
        .expectEvents(
            new ConferenceOutcomeRecordedEvent(
                CASE_ID,
                EARLIER,
                TODAY,
                ConferenceDecision.PLAN_NEEDED,
                ProtectionCategory.NEGLECT,
                NEXT_REVIEW,
                REASONS,
                List.of("Mum loves Jo"),
                List.of("Jo is left alone"),
                "We agree",
                null,
                NOW,
                null));
  }

  @Test
  @DisplayName("a core group's outcome has no conference decision")
  void recordsCoreGroupOutcome() {
    fixture
        .given(opened())
        .andGiven(scheduled("m-core", MeetingType.CORE_GROUP, EARLIER_STARTS))
        .when(
            new RecordConferenceOutcomeCommand(
                CASE_ID, null, "m-core", TODAY, null, null, null, null, null, null, null, null),
            asChair())
        .expectEvents(
            new ConferenceOutcomeRecordedEvent(
                CASE_ID, "m-core", TODAY, null, null, null, null, List.of(), List.of(), null, null,
                NOW, null));
    fixture
        .given(opened())
        .andGiven(scheduled("m-core", MeetingType.CORE_GROUP, EARLIER_STARTS))
        .when(
            new RecordConferenceOutcomeCommand(
                CASE_ID,
                null,
                "m-core",
                TODAY,
                ConferenceDecision.PLAN_CONTINUES,
                ProtectionCategory.NEGLECT,
                null,
                null,
                null,
                null,
                null,
                null),
            asChair())
        .expectException(rejected(InvalidCommandException.class, "decision", "core group"))
        .expectException(rejected(InvalidCommandException.class, "category", "core group"));
  }

  @Test
  @DisplayName("a conference must say what it decided and why")
  void conferenceNeedsDecisionAndReasons() {
    fixture
        .given(withEarlierConference())
        .when(
            new RecordConferenceOutcomeCommand(
                CASE_ID, null, EARLIER, TODAY, null, null, null, null, null, null, null, null),
            asChair())
        .expectException(
            rejected(InvalidCommandException.class, "decision", "what the conference decided"))
        .expectException(rejected(InvalidCommandException.class, "reasons.en", "reasons"));
  }

  @Test
  @DisplayName("a plan that is needed or continues needs a category and the next review date")
  void planDecisionNeedsCategoryAndReviewDate() {
    fixture
        .given(withEarlierConference())
        .when(outcome(EARLIER, TODAY, ConferenceDecision.PLAN_CONTINUES, null, null), asChair())
        .expectException(rejected(InvalidCommandException.class, "category", "category"))
        .expectException(rejected(InvalidCommandException.class, "nextReviewDate", "next review"));
  }

  @Test
  @DisplayName("a conference that needs no plan records no category or review")
  void noPlanNeeded() {
    fixture
        .given(withEarlierConference())
        .when(outcome(EARLIER, TODAY, ConferenceDecision.NO_PLAN_NEEDED, null, null), asChair())
        .expectEvents(
            new ConferenceOutcomeRecordedEvent(
                CASE_ID,
                EARLIER,
                TODAY,
                ConferenceDecision.NO_PLAN_NEEDED,
                null,
                null,
                REASONS,
                List.of("Mum loves Jo"),
                List.of("Jo is left alone"),
                "We agree",
                null,
                NOW,
                null));
  }

  @Test
  @DisplayName("an outcome cannot be dated in the future or before the meeting")
  void outcomeDatesAreChecked() {
    fixture
        .given(withEarlierConference())
        .when(planNeeded(TODAY.plusDays(1)), asChair())
        .expectException(rejected(CaseRuleException.class, "heldOn", "not come yet"));
    fixture
        .given(withEarlierConference())
        .when(planNeeded(TODAY.minusDays(1)), asChair())
        .expectException(rejected(CaseRuleException.class, "heldOn", "before the meeting's date"));
    fixture
        .given(withEarlierConference())
        .when(
            outcome(
                EARLIER, TODAY, ConferenceDecision.PLAN_NEEDED, ProtectionCategory.NEGLECT, TODAY),
            asChair())
        .expectException(rejected(CaseRuleException.class, "nextReviewDate", "after the day"));
  }

  @Test
  @DisplayName("an outcome for a meeting later today is refused until the meeting has started")
  void outcomeWaitsForTheMeetingToStart() {
    // NOW is 09:00 in London; this conference starts at 14:00 the same day.
    Object[] laterToday = {
      opened(),
      strategyDiscussion(),
      scheduled("m-later", MeetingType.INITIAL_CONFERENCE, TODAY.atTime(14, 0))
    };
    fixture
        .given(laterToday)
        .when(
            outcome(
                "m-later",
                TODAY,
                ConferenceDecision.PLAN_NEEDED,
                ProtectionCategory.NEGLECT,
                NEXT_REVIEW),
            asChair())
        .expectException(
            rejected(
                CaseRuleException.class, "heldOn", "starts at 2pm today: record its outcome once"));
    // At its start time it counts as held: the chair may type up the decision in the room.
    Object[] startedNow = {
      opened(),
      strategyDiscussion(),
      scheduled("m-now", MeetingType.INITIAL_CONFERENCE, TODAY.atTime(9, 0))
    };
    fixture
        .given(startedNow)
        .when(
            outcome(
                "m-now",
                TODAY,
                ConferenceDecision.PLAN_NEEDED,
                ProtectionCategory.NEGLECT,
                NEXT_REVIEW),
            asChair())
        .expectSuccessfulHandlerExecution();
  }

  @Test
  @DisplayName("an outcome is recorded once, and never for a cancelled or unknown meeting")
  void outcomeRecordedOnce() {
    fixture
        .given(withEarlierConference())
        .andGiven(held(EARLIER, TODAY))
        .when(planNeeded(TODAY), asChair())
        .expectException(rejected(CaseRuleException.class, "meetingId", "only be recorded once"));
    fixture
        .given(withEarlierConference())
        .andGiven(new MeetingCancelledEvent(CASE_ID, EARLIER, BilingualText.en("Off"), NOW))
        .when(planNeeded(TODAY), asChair())
        .expectException(rejected(CaseRuleException.class, "meetingId", "was cancelled"));
    fixture
        .given(opened())
        .when(planNeeded(TODAY), asChair())
        .expectException(rejected(UnknownItemException.class, "meetingId", EARLIER));
  }

  @Test
  @DisplayName("only the chair of the meeting records its outcome")
  void onlyTheMeetingsChairRecordsOutcome() {
    fixture
        .given(withEarlierConference())
        .when(planNeeded(TODAY), as("other-chair", "CHAIR"))
        .expectException(
            rejected(NotPermittedException.class, "actor", "only the chair of this meeting"));
    fixture
        .given(withEarlierConference())
        .when(planNeeded(TODAY), as("chair", "WORKER"))
        .expectException(notPermitted());
    fixture
        .given(withEarlierConference())
        .andGiven(new CaseClosedEvent(CASE_ID, BilingualText.en("Ended"), NOW))
        .when(planNeeded(TODAY), asChair())
        .expectException(closed());
  }

  @Test
  @DisplayName("the chair responds to the young person's views")
  void respondsToViews() {
    fixture
        .given(withInitialConference())
        .andGiven(contribution(INITIAL))
        .when(new RespondToViewsCommand(CASE_ID, null, INITIAL, RESPONSE), asChair())
        .expectEvents(new ChairRespondedToViewsEvent(CASE_ID, INITIAL, YP, RESPONSE, NOW));
  }

  @Test
  @DisplayName("a participation choice alone is enough for the chair to respond")
  void respondsToChoice() {
    fixture
        .given(withInitialConference())
        .andGiven(
            new ParticipationChosenEvent(
                CASE_ID, INITIAL, YP, ParticipationChoice.NOT_THIS_TIME, null, false, NOW))
        .when(new RespondToViewsCommand(CASE_ID, null, INITIAL, RESPONSE), asChair())
        .expectEvents(new ChairRespondedToViewsEvent(CASE_ID, INITIAL, YP, RESPONSE, NOW));
  }

  @Test
  @DisplayName("the chair cannot respond to views that were never given")
  void cannotRespondWithoutViews() {
    fixture
        .given(withInitialConference())
        .when(new RespondToViewsCommand(CASE_ID, null, INITIAL, RESPONSE), asChair())
        .expectException(rejected(CaseRuleException.class, "meetingId", "has not chosen"));
  }

  @Test
  @DisplayName("a response needs words and comes from this meeting's chair")
  void responseNeedsTextAndTheChair() {
    fixture
        .given(withInitialConference())
        .andGiven(contribution(INITIAL))
        .when(new RespondToViewsCommand(CASE_ID, null, INITIAL, BilingualText.en("")), asChair())
        .expectException(
            rejected(InvalidCommandException.class, "response.en", "enter your response"));
    fixture
        .given(withInitialConference())
        .andGiven(contribution(INITIAL))
        .when(
            new RespondToViewsCommand(CASE_ID, null, INITIAL, RESPONSE), as("other-chair", "CHAIR"))
        .expectException(notPermitted());
    fixture
        .given(withInitialConference())
        .when(new RespondToViewsCommand(CASE_ID, null, "m-nope", RESPONSE), asChair())
        .expectException(rejected(UnknownItemException.class, "meetingId", "m-nope"));
  }

  @Test
  @DisplayName("the chair limits who sees the views, with a safeguarding reason")
  void overridesVisibility() {
    fixture
        .given(withInitialConference())
        .andGiven(contribution(INITIAL))
        .when(override("c-1", Visibility.CHAIR_AND_WORKER, "Mentions dad's new address"), asChair())
        .expectEvents(
            new ContributionVisibilityOverriddenEvent(
                CASE_ID,
                INITIAL,
                "c-1",
                Visibility.EVERYONE_AT_MEETING,
                Visibility.CHAIR_AND_WORKER,
                "Mentions dad's new address",
                NOW));
  }

  @Test
  @DisplayName("an override without a safeguarding reason is refused")
  void overrideNeedsReason() {
    fixture
        .given(withInitialConference())
        .andGiven(contribution(INITIAL))
        .when(override("c-1", Visibility.CHAIR_AND_WORKER, " "), asChair())
        .expectException(
            rejected(InvalidCommandException.class, "safeguardingReason", "safeguarding reason"));
  }

  @Test
  @DisplayName("an override must change the visibility")
  void overrideMustChangeVisibility() {
    fixture
        .given(withInitialConference())
        .andGiven(contribution(INITIAL))
        .when(override("c-1", Visibility.EVERYONE_AT_MEETING, "Reason"), asChair())
        .expectException(
            rejected(CaseRuleException.class, "visibility", "already have this visibility"));
  }

  @Test
  @DisplayName("an override names a contribution of this meeting, and only its chair may make it")
  void overrideNeedsKnownContributionAndTheChair() {
    fixture
        .given(withInitialConference())
        .andGiven(contribution(INITIAL))
        .when(override("c-2", Visibility.CHAIR_AND_WORKER, "Reason"), asChair())
        .expectException(rejected(UnknownItemException.class, "contributionId", "c-2"));
    fixture
        .given(withInitialConference())
        .andGiven(contribution(INITIAL))
        .when(override("c-1", Visibility.CHAIR_AND_WORKER, "Reason"), asWorker())
        .expectException(notPermitted());
    fixture
        .given(withInitialConference())
        .andGiven(contribution(INITIAL))
        .when(override("c-1", null, "Reason"), asChair())
        .expectException(rejected(InvalidCommandException.class, "visibility", "choose"));
  }

  @Test
  @DisplayName("a list of more than 100 strengths is refused, saying how many were given")
  void overlongListIsRefused() {
    List<String> strengths = java.util.Collections.nCopies(101, "Kind");
    fixture
        .given(withEarlierConference())
        .when(
            new RecordConferenceOutcomeCommand(
                CASE_ID,
                null,
                EARLIER,
                TODAY,
                ConferenceDecision.NO_PLAN_NEEDED,
                null,
                null,
                REASONS,
                strengths,
                null,
                null,
                null),
            asChair())
        .expectException(
            rejected(
                InvalidCommandException.class,
                "strengths",
                "keep it to 100 items or fewer (you gave 101)"));
  }
}
