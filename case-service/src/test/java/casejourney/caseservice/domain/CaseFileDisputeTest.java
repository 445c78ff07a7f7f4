package casejourney.caseservice.domain;

import static casejourney.caseservice.domain.Rejections.notPermitted;
import static casejourney.caseservice.domain.Rejections.rejected;
import static casejourney.caseservice.domain.StandardCase.*;

import casejourney.api.BilingualText;
import casejourney.api.DisputeAnswer;
import casejourney.api.DisputedItem;
import casejourney.api.Language;
import casejourney.api.ParticipantKind;
import casejourney.api.commands.AnswerDisputeCommand;
import casejourney.api.commands.ExtendDisputeAnswerCommand;
import casejourney.api.commands.RaiseDisputeCommand;
import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.CaseRecordErasedEvent;
import casejourney.api.events.DisputeAnswerExtendedEvent;
import casejourney.api.events.DisputeAnsweredEvent;
import casejourney.api.events.DisputeRaisedEvent;
import casejourney.api.events.ParticipantInvitedEvent;
import casejourney.api.events.PlanVersionPublishedEvent;
import casejourney.api.events.ReportSharedEvent;
import casejourney.api.plan.PlanContent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A family member says something in the record is wrong, and the worker answers, taking more time
 * when it is complex (DOMAIN.md, "Data": a disputed fact is recorded as a dispute, never by
 * rewriting history).
 */
class CaseFileDisputeTest {

  private static final String WRONG = "The report says I missed the appointment. I was there.";
  private static final String SHOULD = "That I went to the appointment on 3 March.";

  /** One calendar month after "now", 2 March 2026. */
  private static final LocalDate ANSWER_DUE = LocalDate.of(2026, 4, 2);

  /** Two more calendar months (UK GDPR Article 12(3)). */
  private static final LocalDate EXTENDED_DUE = LocalDate.of(2026, 6, 2);

  private static final BilingualText MORE_TIME =
      new BilingualText(
          "We need to ask the clinic for its list, which takes six weeks.",
          "Mae angen i ni ofyn i’r clinig am ei restr, sy’n cymryd chwe wythnos.");

  private static final BilingualText CORRECTION =
      BilingualText.en("You were right: the clinic's list shows you were there.");

  private AggregateTestFixture<CaseFile> fixture;

  @BeforeEach
  void setUp() {
    fixture = fixture();
  }

  /**
   * The initial conference: parent A invited, held; its report shared with parent A only; plan
   * version 1 published.
   */
  private static Object[] journey(Object... more) {
    List<Object> events = new ArrayList<>(List.of(withInitialConference()));
    events.add(
        new ParticipantInvitedEvent(
            CASE_ID,
            INITIAL,
            PARENT_A.personId(),
            ParticipantKind.FAMILY_MEMBER,
            "Alex",
            null,
            Language.EN,
            NOW));
    events.add(
        new ReportSharedEvent(
            CASE_ID,
            INITIAL,
            "r-1",
            "Conference report",
            "Sam",
            List.of(PARENT_A.personId()),
            LocalDateTime.of(2026, 3, 2, 9, 0),
            3,
            8,
            false,
            0,
            null,
            NOW));
    events.add(held(INITIAL, TODAY));
    events.add(
        new PlanVersionPublishedEvent(
            CASE_ID,
            1,
            new PlanContent(List.of("Jo is safe"), List.of(), List.of(), List.of()),
            List.of(),
            Map.of(),
            INITIAL,
            null,
            WORKER,
            NOW,
            null));
    events.addAll(List.of(more));
    return events.toArray();
  }

  private static RaiseDisputeCommand aboutReport(String reportId) {
    return new RaiseDisputeCommand(
        CASE_ID, null, "d-1", DisputedItem.REPORT, INITIAL, reportId, null, WRONG, SHOULD);
  }

  private static DisputeRaisedEvent raisedAboutReport(String personId) {
    return new DisputeRaisedEvent(
        CASE_ID,
        "d-1",
        personId,
        DisputedItem.REPORT,
        INITIAL,
        "r-1",
        null,
        WRONG,
        SHOULD,
        NOW,
        ANSWER_DUE);
  }

  private static AnswerDisputeCommand answer(DisputeAnswer answer, BilingualText explanation) {
    return new AnswerDisputeCommand(CASE_ID, null, "d-1", answer, explanation);
  }

  private static DisputeAnsweredEvent answered(DisputeAnswer answer, BilingualText explanation) {
    return new DisputeAnsweredEvent(
        CASE_ID, "d-1", PARENT_A.personId(), answer, explanation, WORKER, NOW);
  }

  private static ExtendDisputeAnswerCommand extend(BilingualText reason) {
    return new ExtendDisputeAnswerCommand(CASE_ID, null, "d-1", reason);
  }

  private static DisputeAnswerExtendedEvent extended(BilingualText reason) {
    return new DisputeAnswerExtendedEvent(
        CASE_ID, "d-1", PARENT_A.personId(), reason, EXTENDED_DUE, NOW);
  }

  /** Raised a month ago, so that its last day to answer is {@code due}. */
  private static DisputeRaisedEvent raisedDue(LocalDate due) {
    return new DisputeRaisedEvent(
        CASE_ID,
        "d-1",
        PARENT_A.personId(),
        DisputedItem.REPORT,
        INITIAL,
        "r-1",
        null,
        WRONG,
        SHOULD,
        NOW,
        due);
  }

  @Test
  @DisplayName("a parent disputes a report shared with them; it is due an answer in a month")
  void parentDisputesAReport() {
    fixture
        .given(journey())
        .when(aboutReport("r-1"), asParentA())
        .expectEvents(raisedAboutReport(PARENT_A.personId()));
  }

  @Test
  @DisplayName("only what they can see: a report shared with them, a meeting they were invited to")
  void onlyWhatTheyCanSee() {
    fixture
        .given(journey())
        .when(aboutReport("r-1"), as("parent-b", "PARENT"))
        .expectNoEvents()
        .expectException(rejected(UnknownItemException.class, "reportId", "not shared with you"));
    fixture
        .given(journey())
        .when(
            new RaiseDisputeCommand(
                CASE_ID,
                null,
                "d-2",
                DisputedItem.MEETING_OUTCOME,
                INITIAL,
                null,
                null,
                WRONG,
                null),
            as("parent-b", "PARENT"))
        .expectNoEvents()
        .expectException(rejected(UnknownItemException.class, "meetingId", "not invited"));
    fixture
        .given(journey())
        .when(
            new RaiseDisputeCommand(
                CASE_ID, null, "d-3", DisputedItem.PLAN_VERSION, null, null, 2, WRONG, null),
            asParentA())
        .expectNoEvents()
        .expectException(rejected(UnknownItemException.class, "planVersion", "no plan version 2"));
  }

  @Test
  @DisplayName("the young person disputes the outcome of a meeting about them, without an invite")
  void youngPersonDisputesAnOutcome() {
    fixture
        .given(journey())
        .when(
            new RaiseDisputeCommand(
                CASE_ID,
                null,
                "d-yp",
                DisputedItem.MEETING_OUTCOME,
                INITIAL,
                "ignored",
                7,
                "I never said I was scared of dad.",
                "  "),
            asYoungPerson())
        .expectEvents(
            new DisputeRaisedEvent(
                CASE_ID,
                "d-yp",
                YOUNG_PERSON.personId(),
                DisputedItem.MEETING_OUTCOME,
                INITIAL,
                null,
                null,
                "I never said I was scared of dad.",
                null,
                NOW,
                ANSWER_DUE));
  }

  @Test
  @DisplayName(
      "something else, or a plan version; a meeting not yet held has no outcome to dispute")
  void otherThingsAndUnheldMeetings() {
    fixture
        .given(journey())
        .when(
            new RaiseDisputeCommand(
                CASE_ID, null, "d-4", DisputedItem.OTHER, "m", "r", 1, "My name is wrong.", null),
            asParentA())
        .expectEvents(
            new DisputeRaisedEvent(
                CASE_ID,
                "d-4",
                PARENT_A.personId(),
                DisputedItem.OTHER,
                null,
                null,
                null,
                "My name is wrong.",
                null,
                NOW,
                ANSWER_DUE));
    fixture
        .given(withInitialConference())
        .when(
            new RaiseDisputeCommand(
                CASE_ID,
                null,
                "d-5",
                DisputedItem.MEETING_OUTCOME,
                INITIAL,
                null,
                null,
                WRONG,
                null),
            asYoungPerson())
        .expectNoEvents()
        .expectException(rejected(CaseRuleException.class, "meetingId", "not been held"));
  }

  @Test
  @DisplayName("staff cannot raise one, and what is wrong must be said")
  void onlyTheFamilyWithWords() {
    fixture
        .given(journey())
        .when(aboutReport("r-1"), asWorker())
        .expectNoEvents()
        .expectException(notPermitted());
    fixture
        .given(journey())
        .when(
            new RaiseDisputeCommand(
                CASE_ID, null, "d-1", DisputedItem.REPORT, INITIAL, "r-1", null, " ", null),
            asParentA())
        .expectNoEvents()
        .expectException(rejected(InvalidCommandException.class, "whatIsWrong", "what is wrong"));
    fixture
        .given(journey())
        .when(
            new RaiseDisputeCommand(CASE_ID, null, "d-1", null, null, null, null, WRONG, null),
            asParentA())
        .expectNoEvents()
        .expectException(rejected(InvalidCommandException.class, "item", "choose what"));
    fixture
        .given(journey(raisedAboutReport(PARENT_A.personId())))
        .when(aboutReport("r-1"), asParentA())
        .expectNoEvents()
        .expectException(rejected(CaseRuleException.class, "disputeId", "already has"));
  }

  @Test
  @DisplayName("a closed case can still be disputed and answered; an erased one cannot")
  void closedButNotErased() {
    CaseClosedEvent closed = new CaseClosedEvent(CASE_ID, BilingualText.en("Done"), NOW);
    fixture
        .given(journey(closed))
        .when(aboutReport("r-1"), asParentA())
        .expectEvents(raisedAboutReport(PARENT_A.personId()));
    fixture
        .given(journey(raisedAboutReport(PARENT_A.personId()), closed))
        .when(answer(DisputeAnswer.CORRECTED, CORRECTION), asWorker())
        .expectEvents(answered(DisputeAnswer.CORRECTED, CORRECTION));
    fixture
        .given(
            journey(
                raisedAboutReport(PARENT_A.personId()),
                closed,
                new CaseRecordErasedEvent(CASE_ID, NOW, TODAY, NOW)))
        .when(answer(DisputeAnswer.CORRECTED, CORRECTION), asWorker())
        .expectNoEvents()
        .expectException(rejected(CaseRuleException.class, "caseId", "erased"));
  }

  @Test
  @DisplayName("the allocated worker answers; a different answer replaces it, the same is refused")
  void workerAnswers() {
    BilingualText keep = BilingualText.en("The nurse's notes say you were not there that day.");
    fixture
        .given(journey(raisedAboutReport(PARENT_A.personId())))
        .when(answer(DisputeAnswer.NOT_CHANGED, keep), asWorker())
        .expectEvents(answered(DisputeAnswer.NOT_CHANGED, keep));
    fixture
        .given(
            journey(
                raisedAboutReport(PARENT_A.personId()), answered(DisputeAnswer.NOT_CHANGED, keep)))
        .when(answer(DisputeAnswer.CORRECTED, CORRECTION), asWorker())
        .expectEvents(answered(DisputeAnswer.CORRECTED, CORRECTION));
    fixture
        .given(
            journey(
                raisedAboutReport(PARENT_A.personId()),
                answered(DisputeAnswer.CORRECTED, CORRECTION)))
        .when(answer(DisputeAnswer.CORRECTED, CORRECTION), asWorker())
        .expectNoEvents()
        .expectException(rejected(CaseRuleException.class, "explanation", "already recorded"));
  }

  @Test
  @DisplayName("only the allocated worker, about a dispute that exists, with an explanation")
  void onlyTheWorkerWithAnExplanation() {
    fixture
        .given(journey(raisedAboutReport(PARENT_A.personId())))
        .when(answer(DisputeAnswer.CORRECTED, CORRECTION), asChair())
        .expectNoEvents()
        .expectException(notPermitted());
    fixture
        .given(journey(raisedAboutReport(PARENT_A.personId())))
        .when(answer(DisputeAnswer.CORRECTED, null), asWorker())
        .expectNoEvents()
        .expectException(rejected(InvalidCommandException.class, "explanation.en", "correction"));
    fixture
        .given(journey(raisedAboutReport(PARENT_A.personId())))
        .when(answer(null, CORRECTION), asWorker())
        .expectNoEvents()
        .expectException(rejected(InvalidCommandException.class, "answer", "record was wrong"));
    fixture
        .given(journey())
        .when(answer(DisputeAnswer.CORRECTED, CORRECTION), asWorker())
        .expectNoEvents()
        .expectException(rejected(UnknownItemException.class, "disputeId", "d-1"));
  }

  @Test
  @DisplayName("the allocated worker takes two more months, with the reason, in English only too")
  void workerTakesMoreTime() {
    fixture
        .given(journey(raisedAboutReport(PARENT_A.personId())))
        .when(extend(MORE_TIME), asWorker())
        .expectEvents(extended(MORE_TIME));
    BilingualText english = BilingualText.en(MORE_TIME.en());
    fixture
        .given(journey(raisedAboutReport(PARENT_A.personId())))
        .when(extend(english), asWorker())
        .expectEvents(extended(english));
  }

  @Test
  @DisplayName("more time is taken from the first last day, which itself is still in time")
  void onTheLastDayItself() {
    fixture
        .given(journey(raisedDue(TODAY)))
        .when(extend(MORE_TIME), asWorker())
        .expectEvents(
            new DisputeAnswerExtendedEvent(
                CASE_ID, "d-1", PARENT_A.personId(), MORE_TIME, TODAY.plusMonths(2), NOW));
  }

  @Test
  @DisplayName("after the month to answer has passed, more time is refused: answer it now")
  void notAfterTheMonth() {
    fixture
        .given(journey(raisedDue(TODAY.minusDays(1))))
        .when(extend(MORE_TIME), asWorker())
        .expectNoEvents()
        .expectException(rejected(CaseRuleException.class, "disputeId", "answer it now"));
  }

  @Test
  @DisplayName("more time is taken once: a second time is refused, with the day already set")
  void onlyOnce() {
    fixture
        .given(journey(raisedAboutReport(PARENT_A.personId()), extended(MORE_TIME)))
        .when(extend(BilingualText.en("Still waiting for the clinic.")), asWorker())
        .expectNoEvents()
        .expectException(
            rejected(CaseRuleException.class, "disputeId", "already been extended to 2026-06-02"));
  }

  @Test
  @DisplayName("an answered dispute gets no more time; an extended one can still be answered")
  void notOnceAnswered() {
    fixture
        .given(
            journey(
                raisedAboutReport(PARENT_A.personId()),
                answered(DisputeAnswer.CORRECTED, CORRECTION)))
        .when(extend(MORE_TIME), asWorker())
        .expectNoEvents()
        .expectException(rejected(CaseRuleException.class, "disputeId", "already answered"));
    fixture
        .given(journey(raisedAboutReport(PARENT_A.personId()), extended(MORE_TIME)))
        .when(answer(DisputeAnswer.CORRECTED, CORRECTION), asWorker())
        .expectEvents(answered(DisputeAnswer.CORRECTED, CORRECTION));
  }

  @Test
  @DisplayName("more time on a closed case, not on an erased record")
  void moreTimeClosedButNotErased() {
    CaseClosedEvent closed = new CaseClosedEvent(CASE_ID, BilingualText.en("Done"), NOW);
    fixture
        .given(journey(raisedAboutReport(PARENT_A.personId()), closed))
        .when(extend(MORE_TIME), asWorker())
        .expectEvents(extended(MORE_TIME));
    fixture
        .given(
            journey(
                raisedAboutReport(PARENT_A.personId()),
                closed,
                new CaseRecordErasedEvent(CASE_ID, NOW, TODAY, NOW)))
        .when(extend(MORE_TIME), asWorker())
        .expectNoEvents()
        .expectException(rejected(CaseRuleException.class, "caseId", "erased"));
  }

  @Test
  @DisplayName("more time: only the allocated worker, about a dispute that exists, with a reason")
  void moreTimeOnlyTheWorkerWithAReason() {
    fixture
        .given(journey(raisedAboutReport(PARENT_A.personId())))
        .when(extend(MORE_TIME), asChair())
        .expectNoEvents()
        .expectException(notPermitted());
    fixture
        .given(journey(raisedAboutReport(PARENT_A.personId())))
        .when(extend(MORE_TIME), asParentA())
        .expectNoEvents()
        .expectException(notPermitted());
    fixture
        .given(journey(raisedAboutReport(PARENT_A.personId())))
        .when(extend(null), asWorker())
        .expectNoEvents()
        .expectException(rejected(InvalidCommandException.class, "reason.en", "more time"));
    fixture
        .given(journey(raisedAboutReport(PARENT_A.personId())))
        .when(extend(new BilingualText(" ", "Rheswm")), asWorker())
        .expectNoEvents()
        .expectException(rejected(InvalidCommandException.class, "reason.en", "more time"));
    fixture
        .given(journey(raisedAboutReport(PARENT_A.personId())))
        .when(extend(BilingualText.en("x".repeat(RULES.textLimits().shortText() + 1))), asWorker())
        .expectNoEvents()
        .expectException(rejected(InvalidCommandException.class, "reason.en", "or fewer"));
    fixture
        .given(journey())
        .when(extend(MORE_TIME), asWorker())
        .expectNoEvents()
        .expectException(rejected(UnknownItemException.class, "disputeId", "d-1"));
  }
}
