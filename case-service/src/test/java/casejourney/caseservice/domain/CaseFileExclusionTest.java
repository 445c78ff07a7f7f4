package casejourney.caseservice.domain;

import static casejourney.caseservice.domain.Rejections.closed;
import static casejourney.caseservice.domain.Rejections.notPermitted;
import static casejourney.caseservice.domain.Rejections.rejected;
import static casejourney.caseservice.domain.StandardCase.*;

import casejourney.api.BilingualText;
import casejourney.api.ExclusionScope;
import casejourney.api.Language;
import casejourney.api.ParticipantKind;
import casejourney.api.commands.ExcludeFromMeetingCommand;
import casejourney.api.commands.WithdrawExclusionCommand;
import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.MeetingCancelledEvent;
import casejourney.api.events.ParticipantExcludedEvent;
import casejourney.api.events.ParticipantExclusionWithdrawnEvent;
import casejourney.api.events.ParticipantInvitedEvent;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The chair leaves a parent or carer out of all or part of a meeting, with a reason. */
class CaseFileExclusionTest {

  private static final BilingualText REASON =
      new BilingualText(
          "Jo wants to talk about home without a parent in the room.",
          "Mae Jo eisiau siarad am y cartref heb riant yn yr ystafell.");

  private AggregateTestFixture<CaseFile> fixture;

  @BeforeEach
  void setUp() {
    fixture = fixture();
  }

  private static ParticipantInvitedEvent invited(String personId, String name) {
    return new ParticipantInvitedEvent(
        CASE_ID, INITIAL, personId, ParticipantKind.FAMILY_MEMBER, name, null, Language.EN, NOW);
  }

  /** The initial conference with both parents and the young person invited. */
  private static Object[] withInvitations(Object... more) {
    List<Object> events = new ArrayList<>(List.of(withInitialConference()));
    events.add(invited(PARENT_A.personId(), "Alex"));
    events.add(invited(PARENT_B.personId(), "Bethan"));
    events.add(invited(YOUNG_PERSON.personId(), "Jo"));
    events.addAll(List.of(more));
    return events.toArray();
  }

  private static ExcludeFromMeetingCommand exclude(
      String personId, ExclusionScope scope, BilingualText reason) {
    return new ExcludeFromMeetingCommand(CASE_ID, null, INITIAL, personId, scope, reason);
  }

  private static ParticipantExcludedEvent excluded(
      String personId, ExclusionScope scope, BilingualText reason) {
    return new ParticipantExcludedEvent(CASE_ID, INITIAL, personId, scope, reason, NOW);
  }

  @Test
  @DisplayName("the chair leaves an invited parent out of part of the meeting, with the reason")
  void excludes() {
    fixture
        .given(withInvitations())
        .when(exclude(PARENT_A.personId(), ExclusionScope.PART_OF_MEETING, REASON), asChair())
        .expectEvents(excluded(PARENT_A.personId(), ExclusionScope.PART_OF_MEETING, REASON));
  }

  @Test
  @DisplayName("a second decision replaces the first; the same one again is refused")
  void changesButDoesNotRepeat() {
    ParticipantExcludedEvent part =
        excluded(PARENT_A.personId(), ExclusionScope.PART_OF_MEETING, REASON);
    fixture
        .given(withInvitations(part))
        .when(exclude(PARENT_A.personId(), ExclusionScope.WHOLE_MEETING, REASON), asChair())
        .expectEvents(excluded(PARENT_A.personId(), ExclusionScope.WHOLE_MEETING, REASON));
    fixture
        .given(withInvitations(part))
        .when(exclude(PARENT_A.personId(), ExclusionScope.PART_OF_MEETING, REASON), asChair())
        .expectNoEvents()
        .expectException(rejected(CaseRuleException.class, "scope", "already recorded"));
  }

  @Test
  @DisplayName("only the meeting's chair may leave someone out")
  void onlyTheChair() {
    fixture
        .given(withInvitations())
        .when(exclude(PARENT_A.personId(), ExclusionScope.WHOLE_MEETING, REASON), asWorker())
        .expectNoEvents()
        .expectException(notPermitted());
    fixture
        .given(withInvitations())
        .when(
            exclude(PARENT_A.personId(), ExclusionScope.WHOLE_MEETING, REASON),
            as("another-chair", "CHAIR"))
        .expectNoEvents()
        .expectException(notPermitted());
    fixture
        .given(withInvitations())
        .when(exclude(PARENT_A.personId(), ExclusionScope.WHOLE_MEETING, REASON), asParentA())
        .expectNoEvents()
        .expectException(notPermitted());
  }

  @Test
  @DisplayName("the child is never left out this way, nor anyone not invited or not on the case")
  void onlyAnInvitedParentOrCarer() {
    fixture
        .given(withInvitations())
        .when(exclude(YOUNG_PERSON.personId(), ExclusionScope.WHOLE_MEETING, REASON), asChair())
        .expectNoEvents()
        .expectException(rejected(CaseRuleException.class, "personId", "choose a parent or carer"));
    fixture
        .given(withInitialConference())
        .when(exclude(PARENT_A.personId(), ExclusionScope.WHOLE_MEETING, REASON), asChair())
        .expectNoEvents()
        .expectException(rejected(CaseRuleException.class, "personId", "not invited"));
    fixture
        .given(withInvitations())
        .when(exclude("p-nobody", ExclusionScope.WHOLE_MEETING, REASON), asChair())
        .expectNoEvents()
        .expectException(rejected(UnknownItemException.class, "personId", "p-nobody"));
  }

  @Test
  @DisplayName("a reason and a scope are needed, and the reason has a length limit")
  void needsReasonAndScope() {
    fixture
        .given(withInvitations())
        .when(exclude(PARENT_A.personId(), ExclusionScope.WHOLE_MEETING, null), asChair())
        .expectNoEvents()
        .expectException(rejected(InvalidCommandException.class, "reason.en", "reason"));
    fixture
        .given(withInvitations())
        .when(exclude(PARENT_A.personId(), null, REASON), asChair())
        .expectNoEvents()
        .expectException(rejected(InvalidCommandException.class, "scope", "all or part"));
    fixture
        .given(withInvitations())
        .when(
            exclude(
                PARENT_A.personId(),
                ExclusionScope.WHOLE_MEETING,
                BilingualText.en(text(RULES.textLimits().shortText() + 1))),
            asChair())
        .expectNoEvents()
        .expectException(rejected(InvalidCommandException.class, "reason.en", ""));
  }

  @Test
  @DisplayName("not once the meeting is cancelled or the case closed")
  void onlyBeforeTheMeeting() {
    fixture
        .given(
            withInvitations(
                new MeetingCancelledEvent(CASE_ID, INITIAL, BilingualText.en("Flood"), NOW)))
        .when(exclude(PARENT_A.personId(), ExclusionScope.WHOLE_MEETING, REASON), asChair())
        .expectNoEvents()
        .expectException(rejected(CaseRuleException.class, "meetingId", ""));
    fixture
        .given(withInvitations(new CaseClosedEvent(CASE_ID, BilingualText.en("Done"), NOW)))
        .when(exclude(PARENT_A.personId(), ExclusionScope.WHOLE_MEETING, REASON), asChair())
        .expectNoEvents()
        .expectException(closed());
  }

  @Test
  @DisplayName("the chair withdraws an exclusion; there must be one to withdraw")
  void withdraws() {
    ParticipantExcludedEvent part =
        excluded(PARENT_A.personId(), ExclusionScope.PART_OF_MEETING, REASON);
    WithdrawExclusionCommand withdraw =
        new WithdrawExclusionCommand(CASE_ID, null, INITIAL, PARENT_A.personId());
    ParticipantExclusionWithdrawnEvent withdrawn =
        new ParticipantExclusionWithdrawnEvent(CASE_ID, INITIAL, PARENT_A.personId(), NOW);
    fixture.given(withInvitations(part)).when(withdraw, asChair()).expectEvents(withdrawn);
    fixture
        .given(withInvitations())
        .when(withdraw, asChair())
        .expectNoEvents()
        .expectException(rejected(CaseRuleException.class, "personId", "nothing to withdraw"));
    fixture
        .given(withInvitations(part, withdrawn))
        .when(withdraw, asChair())
        .expectNoEvents()
        .expectException(rejected(CaseRuleException.class, "personId", "nothing to withdraw"));
    // Left out again after a withdrawal, with the same words, is a new decision.
    fixture
        .given(withInvitations(part, withdrawn))
        .when(exclude(PARENT_A.personId(), ExclusionScope.PART_OF_MEETING, REASON), asChair())
        .expectEvents(part);
    fixture
        .given(withInvitations(part))
        .when(withdraw, asWorker())
        .expectNoEvents()
        .expectException(notPermitted());
  }
}
