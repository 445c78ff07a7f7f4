package casejourney.caseservice.domain;

import static casejourney.caseservice.domain.Rejections.notPermitted;
import static casejourney.caseservice.domain.Rejections.rejected;
import static casejourney.caseservice.domain.StandardCase.CASE_ID;
import static casejourney.caseservice.domain.StandardCase.EARLIER;
import static casejourney.caseservice.domain.StandardCase.EARLIER_STARTS;
import static casejourney.caseservice.domain.StandardCase.NOW;
import static casejourney.caseservice.domain.StandardCase.TODAY;
import static casejourney.caseservice.domain.StandardCase.asChair;
import static casejourney.caseservice.domain.StandardCase.asWorker;
import static casejourney.caseservice.domain.StandardCase.fixture;
import static casejourney.caseservice.domain.StandardCase.held;
import static casejourney.caseservice.domain.StandardCase.opened;
import static casejourney.caseservice.domain.StandardCase.scheduled;
import static casejourney.caseservice.domain.StandardCase.withEarlierConference;

import casejourney.api.MeetingType;
import casejourney.api.commands.RecordConferenceRecordSentCommand;
import casejourney.api.events.ConferenceRecordSentEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The full record of a conference sent to the family (Wales: within 20 working days). */
class CaseFileConferenceRecordTest {

  private AggregateTestFixture<CaseFile> fixture;

  @BeforeEach
  void setUp() {
    fixture = fixture();
  }

  private static RecordConferenceRecordSentCommand sent(String meetingId, LocalDate on) {
    return new RecordConferenceRecordSentCommand(CASE_ID, null, meetingId, on);
  }

  @Test
  @DisplayName("the worker records the day the record of a held conference was sent")
  void recordsSent() {
    fixture
        .given(withEarlierConference())
        .andGiven(held(EARLIER, TODAY))
        .when(sent(EARLIER, TODAY), asWorker())
        .expectEvents(new ConferenceRecordSentEvent(CASE_ID, EARLIER, TODAY, NOW, null));
  }

  @Test
  @DisplayName("only once, only after the outcome, and on a day from the conference to today")
  void rules() {
    fixture
        .given(withEarlierConference())
        .when(sent(EARLIER, TODAY), asWorker())
        .expectException(rejected(CaseRuleException.class, "meetingId", "outcome first"));
    fixture
        .given(withEarlierConference())
        .andGiven(held(EARLIER, TODAY))
        .when(sent(EARLIER, TODAY.minusDays(1)), asWorker())
        .expectException(rejected(CaseRuleException.class, "sentOn", "before the conference"));
    fixture
        .given(withEarlierConference())
        .andGiven(held(EARLIER, TODAY))
        .when(sent(EARLIER, TODAY.plusDays(1)), asWorker())
        .expectException(rejected(CaseRuleException.class, "sentOn", "has not come yet"));
    fixture
        .given(withEarlierConference())
        .andGiven(
            held(EARLIER, TODAY), new ConferenceRecordSentEvent(CASE_ID, EARLIER, TODAY, NOW, null))
        .when(sent(EARLIER, TODAY), asWorker())
        .expectException(rejected(CaseRuleException.class, "meetingId", "already sent"));
    fixture
        .given(withEarlierConference())
        .andGiven(held(EARLIER, TODAY))
        .when(sent(EARLIER, null), asWorker())
        .expectException(rejected(InvalidCommandException.class, "sentOn", "enter the day"));
  }

  @Test
  @DisplayName("a core group meeting has no conference record")
  void notForCoreGroups() {
    fixture
        .given(opened(), scheduled("m-core", MeetingType.CORE_GROUP, EARLIER_STARTS))
        .andGiven(held("m-core", TODAY))
        .when(sent("m-core", TODAY), asWorker())
        .expectException(rejected(CaseRuleException.class, "meetingId", "core group"));
  }

  @Test
  @DisplayName("only the allocated worker records it")
  void onlyTheWorker() {
    fixture
        .given(withEarlierConference())
        .andGiven(held(EARLIER, TODAY))
        .when(sent(EARLIER, TODAY), asChair())
        .expectException(notPermitted());
  }

  @Test
  @DisplayName("in Wales, a record sent after its 20 working days needs the worker's reason")
  void aLateWelshRecordNeedsAReason() {
    // Held on 2 March: due by 30 March (Good Friday and Easter Monday are not working days).
    AggregateTestFixture<CaseFile> later = new AggregateTestFixture<>(CaseFile.class);
    Instant now = Instant.parse("2026-04-15T09:00:00Z");
    later.registerInjectableResource(
        CaseRules.defaults(Clock.fixed(now, ZoneId.of("Europe/London"))));
    LocalDate sentOn = LocalDate.of(2026, 4, 10);
    later
        .given(withEarlierConference())
        .andGiven(held(EARLIER, TODAY))
        .when(sent(EARLIER, sentOn), asWorker())
        .expectException(
            rejected(CaseRuleException.class, "lateReason", "the record was due by 2026-03-30"));
    later
        .given(withEarlierConference())
        .andGiven(held(EARLIER, TODAY))
        .when(
            new RecordConferenceRecordSentCommand(
                CASE_ID, null, EARLIER, sentOn, " The minute-taker was off sick. "),
            asWorker())
        .expectEvents(
            new ConferenceRecordSentEvent(
                CASE_ID, EARLIER, sentOn, now, "The minute-taker was off sick."));
  }
}
