package casejourney.caseservice.domain;

import static casejourney.caseservice.domain.Rejections.closed;
import static casejourney.caseservice.domain.Rejections.notPermitted;
import static casejourney.caseservice.domain.Rejections.rejected;
import static casejourney.caseservice.domain.StandardCase.*;

import casejourney.api.BilingualText;
import casejourney.api.Language;
import casejourney.api.MeetingType;
import casejourney.api.ParticipantKind;
import casejourney.api.commands.InviteParticipantCommand;
import casejourney.api.commands.ShareReportCommand;
import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.MeetingCancelledEvent;
import casejourney.api.events.ParticipantInvitedEvent;
import casejourney.api.events.ReportSharedEvent;
import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CaseFileInvitationsTest {

  /** Monday 2 March, before the 09:00 "now". */
  private static final LocalDateTime SHARED = LocalDateTime.of(2026, 3, 2, 8, 30);

  private AggregateTestFixture<CaseFile> fixture;

  @BeforeEach
  void setUp() {
    fixture = fixture();
  }

  private static InviteParticipantCommand inviteFamily(String personId) {
    return new InviteParticipantCommand(
        CASE_ID, null, INITIAL, personId, ParticipantKind.FAMILY_MEMBER, null, "Mum", null);
  }

  private static ShareReportCommand share(
      String meetingId, List<String> people, LocalDateTime at, String lateReason) {
    return new ShareReportCommand(
        CASE_ID, null, meetingId, "r-1", "Conference report", "Sam", people, at, lateReason);
  }

  @Test
  @DisplayName("a family member is invited in the name and language recorded on the case")
  void invitesFamilyMemberInTheirLanguage() {
    fixture
        .given(withInitialConference())
        .when(
            new InviteParticipantCommand(
                CASE_ID,
                null,
                INITIAL,
                PARENT_B.personId(),
                ParticipantKind.FAMILY_MEMBER,
                "Wrong name",
                "Carer",
                Language.EN),
            asWorker())
        .expectEvents(
            new ParticipantInvitedEvent(
                CASE_ID,
                INITIAL,
                PARENT_B.personId(),
                ParticipantKind.FAMILY_MEMBER,
                "Bethan",
                "Carer",
                Language.CY,
                NOW));
  }

  @Test
  @DisplayName("a professional is invited with the name and language given")
  void invitesProfessional() {
    fixture
        .given(withInitialConference())
        .when(
            new InviteParticipantCommand(
                CASE_ID,
                null,
                INITIAL,
                "hv@health",
                ParticipantKind.PROFESSIONAL,
                "Hana",
                "Health visitor",
                Language.CY),
            asWorker())
        .expectEvents(
            new ParticipantInvitedEvent(
                CASE_ID,
                INITIAL,
                "hv@health",
                ParticipantKind.PROFESSIONAL,
                "Hana",
                "Health visitor",
                Language.CY,
                NOW));
  }

  @Test
  @DisplayName("a professional needs a name and a language")
  void professionalNeedsNameAndLanguage() {
    fixture
        .given(withInitialConference())
        .when(
            new InviteParticipantCommand(
                CASE_ID,
                null,
                INITIAL,
                "hv@health",
                ParticipantKind.PROFESSIONAL,
                null,
                null,
                null),
            asWorker())
        .expectException(rejected(InvalidCommandException.class, "name", "professional's name"))
        .expectException(rejected(InvalidCommandException.class, "language", "English or Welsh"));
  }

  @Test
  @DisplayName("an invitation without who or what kind is invalid")
  void invitationWithoutParticipantIsInvalid() {
    fixture
        .given(withInitialConference())
        .when(
            new InviteParticipantCommand(CASE_ID, null, " ", null, null, null, null, null),
            asWorker())
        .expectException(rejected(InvalidCommandException.class, "meetingId", "enter"))
        .expectException(rejected(InvalidCommandException.class, "participantId", "enter who"))
        .expectException(rejected(InvalidCommandException.class, "kind", "choose"));
  }

  @Test
  @DisplayName("inviting someone who is not on the case as family is refused as unknown")
  void invitingStrangerAsFamilyIsUnknown() {
    fixture
        .given(withInitialConference())
        .when(inviteFamily("p-other-parent"), asWorker())
        .expectException(rejected(UnknownItemException.class, "participantId", "p-other-parent"));
  }

  @Test
  @DisplayName("inviting the same person twice to the same meeting changes nothing")
  void invitingTwiceIsANoOp() {
    fixture
        .given(withInitialConference())
        .andGiven(
            new ParticipantInvitedEvent(
                CASE_ID,
                INITIAL,
                PARENT_A.personId(),
                ParticipantKind.FAMILY_MEMBER,
                "Alex",
                "Mum",
                Language.EN,
                NOW))
        .when(inviteFamily(PARENT_A.personId()), asWorker())
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  @DisplayName("nobody can be invited to a cancelled meeting or an unknown one")
  void invitingToCancelledOrUnknownMeetingIsRefused() {
    fixture
        .given(withInitialConference())
        .andGiven(new MeetingCancelledEvent(CASE_ID, INITIAL, BilingualText.en("Off"), NOW))
        .when(inviteFamily(PARENT_A.personId()), asWorker())
        .expectException(rejected(CaseRuleException.class, "meetingId", "was cancelled"));
    fixture
        .given(opened())
        .when(inviteFamily(PARENT_A.personId()), asWorker())
        .expectException(rejected(UnknownItemException.class, "meetingId", INITIAL));
  }

  @Test
  @DisplayName("only the allocated worker invites people, and not on a closed case")
  void invitingNeedsAllocatedWorkerAndOpenCase() {
    fixture
        .given(withInitialConference())
        .when(inviteFamily(PARENT_A.personId()), asParentA())
        .expectException(notPermitted());
    fixture
        .given(withInitialConference())
        .andGiven(new CaseClosedEvent(CASE_ID, BilingualText.en("Ended"), NOW))
        .when(inviteFamily(PARENT_A.personId()), asWorker())
        .expectException(closed());
  }

  @Test
  @DisplayName("a report shared 8 working days before an initial conference is on time")
  void sharesReportOnTime() {
    List<String> parents = List.of(PARENT_A.personId(), PARENT_B.personId());
    fixture
        .given(withInitialConference())
        .when(share(INITIAL, parents, SHARED, null), asWorker())
        .expectEvents(
            new ReportSharedEvent(
                CASE_ID,
                INITIAL,
                "r-1",
                "Conference report",
                "Sam",
                parents,
                SHARED,
                3,
                8,
                false,
                0,
                null,
                NOW));
  }

  @Test
  @DisplayName("a report shared 2 working days before an initial conference needs a late reason")
  void lateReportWithoutReasonIsRefused() {
    fixture
        .given(opened(), strategyDiscussion())
        .andGiven(
            scheduled(
                "m-soon", MeetingType.INITIAL_CONFERENCE, LocalDateTime.of(2026, 3, 4, 10, 0)))
        .when(share("m-soon", List.of(PARENT_A.personId()), SHARED, null), asWorker())
        .expectException(
            rejected(
                CaseRuleException.class,
                "lateReason",
                "had 2 working days to read this report instead of 3"));
  }

  @Test
  @DisplayName("a late report with a reason records how many working days late it was")
  void lateReportIsRecorded() {
    LocalDateTime meeting = LocalDateTime.of(2026, 3, 4, 10, 0);
    fixture
        .given(opened(), strategyDiscussion())
        .andGiven(scheduled("m-soon", MeetingType.INITIAL_CONFERENCE, meeting))
        .when(
            share("m-soon", List.of(PARENT_A.personId()), SHARED, "Police report came late"),
            asWorker())
        .expectEvents(
            new ReportSharedEvent(
                CASE_ID,
                "m-soon",
                "r-1",
                "Conference report",
                "Sam",
                List.of(PARENT_A.personId()),
                SHARED,
                3,
                2,
                true,
                1,
                "Police report came late",
                NOW));
  }

  @Test
  @DisplayName("a review needs its reports 5 working days before, a core group none")
  void reviewAndCoreGroupReportRules() {
    fixture
        .given(opened())
        .andGiven(
            scheduled(
                "m-review", MeetingType.REVIEW_CONFERENCE, LocalDateTime.of(2026, 3, 6, 10, 0)))
        .when(share("m-review", List.of(PARENT_A.personId()), SHARED, "Late"), asWorker())
        .expectEvents(
            new ReportSharedEvent(
                CASE_ID,
                "m-review",
                "r-1",
                "Conference report",
                "Sam",
                List.of(PARENT_A.personId()),
                SHARED,
                5,
                4,
                true,
                1,
                "Late",
                NOW));
    fixture
        .given(opened())
        .andGiven(scheduled("m-core", MeetingType.CORE_GROUP, LocalDateTime.of(2026, 3, 2, 10, 0)))
        .when(share("m-core", List.of(PARENT_A.personId()), SHARED, null), asWorker())
        .expectEvents(
            new ReportSharedEvent(
                CASE_ID,
                "m-core",
                "r-1",
                "Conference report",
                "Sam",
                List.of(PARENT_A.personId()),
                SHARED,
                0,
                0,
                false,
                0,
                null,
                NOW));
  }

  @Test
  @DisplayName("a report cannot be recorded as shared in the future")
  void futureShareIsRefused() {
    fixture
        .given(withInitialConference())
        .when(share(INITIAL, List.of(PARENT_A.personId()), SHARED.plusHours(1), null), asWorker())
        .expectException(rejected(CaseRuleException.class, "sharedAt", "not come yet"));
  }

  @Test
  @DisplayName("a report shared with someone not on the case is refused, naming the entry")
  void shareWithStrangerIsUnknown() {
    fixture
        .given(withInitialConference())
        .when(
            share(INITIAL, List.of(PARENT_A.personId(), "p-other-parent"), SHARED, null),
            asWorker())
        .expectException(
            rejected(UnknownItemException.class, "sharedWithPersonIds[1]", "p-other-parent"));
  }

  @Test
  @DisplayName("a report must be shared with someone and have a title, author and time")
  void shareWithMissingDetailsIsInvalid() {
    fixture
        .given(withInitialConference())
        .when(
            new ShareReportCommand(CASE_ID, null, INITIAL, "", null, " ", List.of(), null, null),
            asWorker())
        .expectException(rejected(InvalidCommandException.class, "reportId", "enter"))
        .expectException(rejected(InvalidCommandException.class, "title", "enter"))
        .expectException(rejected(InvalidCommandException.class, "author", "enter"))
        .expectException(
            rejected(InvalidCommandException.class, "sharedWithPersonIds", "at least one"))
        .expectException(rejected(InvalidCommandException.class, "sharedAt", "enter"));
  }

  @Test
  @DisplayName("reports cannot be shared for a cancelled meeting")
  void shareForCancelledMeetingIsRefused() {
    fixture
        .given(withInitialConference())
        .andGiven(new MeetingCancelledEvent(CASE_ID, INITIAL, BilingualText.en("Off"), NOW))
        .when(share(INITIAL, List.of(PARENT_A.personId()), SHARED, null), asWorker())
        .expectException(rejected(CaseRuleException.class, "meetingId", "was cancelled"));
  }

  @Test
  @DisplayName("a chair cannot share reports")
  void chairCannotShareReports() {
    fixture
        .given(withInitialConference())
        .when(share(INITIAL, List.of(PARENT_A.personId()), SHARED, null), asChair())
        .expectException(notPermitted());
  }
}
