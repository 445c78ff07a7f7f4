package casejourney.caseservice.domain;

import static casejourney.caseservice.domain.Rejections.notPermitted;
import static casejourney.caseservice.domain.Rejections.rejected;
import static casejourney.caseservice.domain.StandardCase.*;

import casejourney.api.BilingualText;
import casejourney.api.DisputeAnswer;
import casejourney.api.DisputedItem;
import casejourney.api.ExclusionScope;
import casejourney.api.Language;
import casejourney.api.MeetingType;
import casejourney.api.ParticipantKind;
import casejourney.api.WelshText;
import casejourney.api.commands.AddWelshTextCommand;
import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.CaseRecordErasedEvent;
import casejourney.api.events.ChairRespondedToViewsEvent;
import casejourney.api.events.DisputeAnswerExtendedEvent;
import casejourney.api.events.DisputeAnsweredEvent;
import casejourney.api.events.DisputeRaisedEvent;
import casejourney.api.events.MeetingCancelledEvent;
import casejourney.api.events.MeetingRescheduledEvent;
import casejourney.api.events.ParticipantExcludedEvent;
import casejourney.api.events.ParticipantExclusionWithdrawnEvent;
import casejourney.api.events.ParticipantInvitedEvent;
import casejourney.api.events.PlanVersionPublishedEvent;
import casejourney.api.events.ReportRedactedEvent;
import casejourney.api.events.ReportSharedEvent;
import casejourney.api.events.WelshTextAddedEvent;
import casejourney.api.plan.Expectation;
import casejourney.api.plan.PlanContent;
import casejourney.api.plan.Responsible;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Welsh added later to text already recorded (DOMAIN.md, "Language and readability": a missing
 * translation is a task for the worker), only ever beside the English it was written from.
 */
class CaseFileWelshTextTest {

  private static final String CORE = "m-core";
  private static final String DISPUTE = "d-1";
  private static final String MOVED = "The room is needed for a court hearing.";
  private static final String CANCELLED = "The family asked to meet at home instead.";
  private static final String OUTCOME = "Worries about neglect";
  private static final String RESPONSE = "We heard that you want to stay at your school.";
  private static final String EXCLUDED = "Jo wants to talk about home without Alex there.";
  private static final String REDACTED = "The part about where Bethan lives is held back.";
  private static final String EXTENDED = "We need the clinic's list, which takes six weeks.";
  private static final String ANSWER = "You were right: the clinic's list shows you were there.";
  private static final String CLOSED = "Jo is safe and the plan has ended.";
  private static final String COURSE = "Go to the parenting course";
  private static final String COURSE_REASON = "The course starts earlier this term.";
  private static final String COURSE_MEASURE = "The course leader tells us";
  private static final String COURSE_SUPPORT = "We pay for the course and the bus";
  private static final String COURSE_CONSEQUENCE = "We will meet to talk about Jo's safety";
  private static final String WELSH = "Cymraeg yw hwn.";

  private static final Expectation COURSE_EXPECTATION =
      new Expectation(
          "e-course",
          new Responsible(Responsible.Party.FAMILY_MEMBER, PARENT_A.personId(), "Alex"),
          COURSE,
          null,
          LocalDate.of(2026, 6, 30),
          COURSE_MEASURE,
          COURSE_SUPPORT,
          COURSE_CONSEQUENCE);

  private static final Expectation SCHOOL_EXPECTATION =
      new Expectation(
          "e-school",
          new Responsible(Responsible.Party.COUNCIL, null, "Sam"),
          "Find Jo a school place",
          "Dod o hyd i le ysgol i Jo",
          LocalDate.of(2026, 5, 1),
          "Jo has a place",
          "",
          "");

  private AggregateTestFixture<CaseFile> fixture;

  @BeforeEach
  void setUp() {
    fixture = fixture();
  }

  /**
   * Every kind of text, each without Welsh except the school expectation: the initial conference
   * moved, Alex left out of it, Bethan's copy of its report redacted, held, the chair's response to
   * Jo; a core group cancelled; plan version 1 with a change reason; a dispute extended, then
   * answered; the case closed.
   */
  private static Object[] everything(Object... more) {
    List<Object> events = new ArrayList<>(Arrays.asList(withInitialConference()));
    events.add(moved(INITIAL, MOVED));
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
        new ParticipantExcludedEvent(
            CASE_ID,
            INITIAL,
            PARENT_A.personId(),
            ExclusionScope.PART_OF_MEETING,
            BilingualText.en(EXCLUDED),
            NOW));
    events.add(
        new ReportSharedEvent(
            CASE_ID,
            INITIAL,
            "r-1",
            "Conference report",
            "Sam",
            List.of(PARENT_B.personId()),
            LocalDateTime.of(2026, 3, 2, 9, 0),
            3,
            8,
            false,
            0,
            null,
            NOW));
    events.add(
        new ReportRedactedEvent(
            CASE_ID, INITIAL, "r-1", PARENT_B.personId(), BilingualText.en(REDACTED), NOW));
    events.add(held(INITIAL, TODAY));
    events.add(
        new ChairRespondedToViewsEvent(
            CASE_ID, INITIAL, YOUNG_PERSON.personId(), BilingualText.en(RESPONSE), NOW));
    events.add(scheduled(CORE, MeetingType.CORE_GROUP, INITIAL_STARTS.plusDays(20)));
    events.add(new MeetingCancelledEvent(CASE_ID, CORE, BilingualText.en(CANCELLED), NOW));
    events.add(plan(1, COURSE_EXPECTATION, SCHOOL_EXPECTATION));
    events.add(raised());
    events.add(
        new DisputeAnswerExtendedEvent(
            CASE_ID,
            DISPUTE,
            PARENT_A.personId(),
            BilingualText.en(EXTENDED),
            LocalDate.of(2026, 6, 2),
            NOW));
    events.add(answered(ANSWER));
    events.add(new CaseClosedEvent(CASE_ID, BilingualText.en(CLOSED), NOW));
    events.addAll(List.of(more));
    return events.toArray();
  }

  private static MeetingRescheduledEvent moved(String meetingId, String reason) {
    return new MeetingRescheduledEvent(
        CASE_ID,
        meetingId,
        INITIAL_STARTS,
        INITIAL_STARTS.plusDays(1),
        "Family centre",
        BilingualText.en(reason),
        INITIAL_CONFERENCE_DUE,
        false,
        0,
        null,
        NOW,
        List.of());
  }

  private static PlanVersionPublishedEvent plan(int version, Expectation... expectations) {
    return new PlanVersionPublishedEvent(
        CASE_ID,
        version,
        new PlanContent(List.of("Jo is safe"), List.of(), List.of(), List.of(expectations)),
        List.of(),
        version == 1 ? Map.of("e-course", BilingualText.en(COURSE_REASON)) : Map.of(),
        null,
        null,
        WORKER,
        NOW,
        null);
  }

  private static DisputeRaisedEvent raised() {
    return new DisputeRaisedEvent(
        CASE_ID,
        DISPUTE,
        PARENT_A.personId(),
        DisputedItem.OTHER,
        null,
        null,
        null,
        "The record says I missed the appointment.",
        null,
        NOW,
        LocalDate.of(2026, 4, 2));
  }

  private static DisputeAnsweredEvent answered(String explanation) {
    return new DisputeAnsweredEvent(
        CASE_ID,
        DISPUTE,
        PARENT_A.personId(),
        DisputeAnswer.CORRECTED,
        BilingualText.en(explanation),
        WORKER,
        NOW);
  }

  /** The command that adds {@code welsh} to the text of this kind in {@link #everything}. */
  private static AddWelshTextCommand add(WelshText kind, String welsh) {
    return switch (kind) {
      case PLAN_EXPECTATION -> command(kind, "e-course", null, null, COURSE, welsh);
      case PLAN_CHANGE_REASON -> command(kind, "e-course", null, null, COURSE_REASON, welsh);
      case PLAN_HOW_WE_KNOW -> command(kind, "e-course", null, null, COURSE_MEASURE, welsh);
      case PLAN_SUPPORT -> command(kind, "e-course", null, null, COURSE_SUPPORT, welsh);
      case PLAN_CONSEQUENCE -> command(kind, "e-course", null, null, COURSE_CONSEQUENCE, welsh);
      case MEETING_MOVED_REASON -> command(kind, INITIAL, null, null, MOVED, welsh);
      case MEETING_CANCELLED_REASON -> command(kind, CORE, null, null, CANCELLED, welsh);
      case OUTCOME_REASONS -> command(kind, INITIAL, null, null, OUTCOME, welsh);
      case CHAIR_RESPONSE -> command(kind, INITIAL, YOUNG_PERSON.personId(), null, RESPONSE, welsh);
      case EXCLUSION_REASON -> command(kind, INITIAL, PARENT_A.personId(), null, EXCLUDED, welsh);
      case REDACTION_REASON -> command(kind, INITIAL, PARENT_B.personId(), "r-1", REDACTED, welsh);
      case DISPUTE_EXTENSION_REASON -> command(kind, DISPUTE, null, null, EXTENDED, welsh);
      case DISPUTE_ANSWER -> command(kind, DISPUTE, null, null, ANSWER, welsh);
      case CASE_CLOSED_REASON -> command(kind, CASE_ID, null, null, CLOSED, welsh);
    };
  }

  private static AddWelshTextCommand command(
      WelshText kind, String ref, String personId, String reportId, String english, String welsh) {
    return new AddWelshTextCommand(CASE_ID, kind, ref, personId, reportId, english, welsh);
  }

  private static WelshTextAddedEvent added(AddWelshTextCommand c) {
    return new WelshTextAddedEvent(
        CASE_ID, c.kind(), c.ref(), c.personId(), c.reportId(), c.welsh(), NOW);
  }

  @ParameterizedTest
  @EnumSource(WelshText.class)
  @DisplayName("the allocated worker adds the Welsh to each kind of text, even on a closed case")
  void workerAddsEachKind(WelshText kind) {
    AddWelshTextCommand command = add(kind, WELSH);
    fixture.given(everything()).when(command, asWorker()).expectEvents(added(command));
  }

  @ParameterizedTest
  @EnumSource(
      value = WelshText.class,
      names = {
        "MEETING_MOVED_REASON",
        "MEETING_CANCELLED_REASON",
        "OUTCOME_REASONS",
        "CHAIR_RESPONSE",
        "EXCLUSION_REASON",
        "REDACTION_REASON"
      })
  @DisplayName("the chair of the meeting adds the Welsh to that meeting's text")
  void chairAddsTheirMeetingsText(WelshText kind) {
    AddWelshTextCommand command = add(kind, WELSH);
    fixture.given(everything()).when(command, asChair()).expectEvents(added(command));
  }

  @ParameterizedTest
  @EnumSource(
      value = WelshText.class,
      names = {
        "PLAN_EXPECTATION",
        "PLAN_CHANGE_REASON",
        "PLAN_HOW_WE_KNOW",
        "PLAN_SUPPORT",
        "PLAN_CONSEQUENCE",
        "DISPUTE_EXTENSION_REASON",
        "DISPUTE_ANSWER",
        "CASE_CLOSED_REASON"
      })
  @DisplayName("a chair cannot add Welsh to text that belongs to no meeting")
  void chairCannotAddOtherText(WelshText kind) {
    fixture
        .given(everything())
        .when(add(kind, WELSH), asChair())
        .expectException(rejected(NotPermittedException.class, "actor", "a meeting they chair"));
  }

  @Test
  @DisplayName("nobody else: another chair, another worker, a parent, the young person")
  void nobodyElse() {
    AddWelshTextCommand outcome = add(WelshText.OUTCOME_REASONS, WELSH);
    fixture
        .given(everything())
        .when(outcome, as("other-chair", "CHAIR"))
        .expectException(
            rejected(NotPermittedException.class, "actor", "only the chair of this meeting"));
    fixture
        .given(everything())
        .when(outcome, as("new-worker", "WORKER"))
        .expectException(notPermitted());
    fixture.given(everything()).when(outcome, asParentA()).expectException(notPermitted());
    fixture.given(everything()).when(outcome, asYoungPerson()).expectException(notPermitted());
  }

  @Test
  @DisplayName("a new worker adds Welsh once the case is handed to them; the old one cannot")
  void handedOn() {
    AddWelshTextCommand answer = add(WelshText.DISPUTE_ANSWER, WELSH);
    var handed = new casejourney.api.events.WorkerChangedEvent(CASE_ID, WORKER, NEW_WORKER, NOW);
    fixture
        .given(everything(handed))
        .when(answer, as("new-worker", "WORKER"))
        .expectEvents(added(answer));
    fixture.given(everything(handed)).when(answer, asWorker()).expectException(notPermitted());
  }

  @Test
  @DisplayName("a Welsh version is corrected by sending another")
  void corrected() {
    AddWelshTextCommand first = add(WelshText.CHAIR_RESPONSE, "Cymraeg cyntaf.");
    AddWelshTextCommand better = add(WelshText.CHAIR_RESPONSE, "Cymraeg gwell.");
    fixture.given(everything(added(first))).when(better, asChair()).expectEvents(added(better));
    AddWelshTextCommand school =
        command(
            WelshText.PLAN_EXPECTATION,
            "e-school",
            null,
            null,
            SCHOOL_EXPECTATION.what(),
            "Dod o hyd i le mewn ysgol i Jo");
    fixture.given(everything()).when(school, asWorker()).expectEvents(added(school));
  }

  @Test
  @DisplayName("the same Welsh again changes nothing: a double-click records it once")
  void repeatIsNoChange() {
    AddWelshTextCommand answer = add(WelshText.DISPUTE_ANSWER, WELSH);
    fixture
        .given(everything(added(answer)))
        .when(add(WelshText.DISPUTE_ANSWER, WELSH + "\r\n"), asWorker())
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
    fixture
        .given(everything())
        .when(
            command(
                WelshText.PLAN_EXPECTATION,
                "e-school",
                null,
                null,
                SCHOOL_EXPECTATION.what(),
                SCHOOL_EXPECTATION.whatCy()),
            asWorker())
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  @DisplayName("Welsh with spaces round it is kept without them")
  void welshIsStripped() {
    fixture
        .given(everything())
        .when(add(WelshText.CASE_CLOSED_REASON, "  " + WELSH + "\n"), asWorker())
        .expectEvents(added(add(WelshText.CASE_CLOSED_REASON, WELSH)));
  }

  @Test
  @DisplayName(
      "English that is no longer the text recorded is refused, so the Welsh is not misplaced")
  void changedEnglishIsAConflict() {
    fixture
        .given(everything())
        .when(
            command(WelshText.OUTCOME_REASONS, INITIAL, null, null, "Worries about school", WELSH),
            asChair())
        .expectException(
            rejected(ChangedSinceException.class, "english", "read the English again"));
    // Moved again: Welsh written for the first move's reason no longer fits.
    fixture
        .given(everything(moved(INITIAL, "The chair is ill.")))
        .when(add(WelshText.MEETING_MOVED_REASON, WELSH), asWorker())
        .expectException(rejected(ChangedSinceException.class, "english", "has changed"));
    // A later answer replaces the earlier one.
    fixture
        .given(everything(answered("On reflection, the record stays as it is.")))
        .when(add(WelshText.DISPUTE_ANSWER, WELSH), asWorker())
        .expectException(rejected(ChangedSinceException.class, "english", "has changed"));
  }

  @Test
  @DisplayName("line endings a browser sends and spaces round the English are not a change")
  void englishComparedAsWords() {
    AddWelshTextCommand command =
        command(WelshText.MEETING_MOVED_REASON, INITIAL, null, null, " " + MOVED + "\r\n", WELSH);
    fixture.given(everything()).when(command, asWorker()).expectEvents(added(command));
    AddWelshTextCommand twoLines =
        command(WelshText.MEETING_MOVED_REASON, INITIAL, null, null, "Line one.\r\nTwo.", WELSH);
    fixture
        .given(everything(moved(INITIAL, "Line one.\nTwo.")))
        .when(twoLines, asWorker())
        .expectEvents(added(twoLines));
  }

  @Test
  @DisplayName("plan text is the current version's: a new version needs its own Welsh")
  void planTextIsTheCurrentVersions() {
    AddWelshTextCommand course = add(WelshText.PLAN_EXPECTATION, WELSH);
    fixture
        .given(everything(added(course), plan(2, COURSE_EXPECTATION)))
        .when(course, asWorker())
        .expectEvents(added(course));
    fixture
        .given(everything(plan(2, COURSE_EXPECTATION)))
        .when(
            command(WelshText.PLAN_EXPECTATION, "e-school", null, null, "Find Jo a school", WELSH),
            asWorker())
        .expectException(
            rejected(UnknownItemException.class, "ref", "the current plan has no expectation"));
    fixture
        .given(everything(plan(2, COURSE_EXPECTATION)))
        .when(add(WelshText.PLAN_CHANGE_REASON, WELSH), asWorker())
        .expectException(rejected(UnknownItemException.class, "ref", "gives no reason"));
  }

  @Test
  @DisplayName(
      "an expectation's measure, help and consequence take Welsh like its words: published with"
          + " the version, kept when the same Welsh comes again, refused when blank or reworded")
  void expectationPartsTakeWelsh() {
    Expectation withWelsh =
        new Expectation(
            "e-course",
            COURSE_EXPECTATION.responsible(),
            COURSE,
            null,
            COURSE_EXPECTATION.byWhen(),
            COURSE_MEASURE,
            COURSE_SUPPORT,
            COURSE_CONSEQUENCE,
            "Mae arweinydd y cwrs yn dweud wrthym",
            WELSH,
            null);
    // Published with the version: the same Welsh again changes nothing, other Welsh corrects it.
    fixture
        .given(everything(plan(2, withWelsh)))
        .when(add(WelshText.PLAN_SUPPORT, WELSH), asWorker())
        .expectNoEvents();
    AddWelshTextCommand measure = add(WelshText.PLAN_HOW_WE_KNOW, "Mae'r arweinydd yn dweud");
    fixture
        .given(everything(plan(2, withWelsh)))
        .when(measure, asWorker())
        .expectEvents(added(measure));
    // The school place promises no help and states no consequence: nothing to translate.
    fixture
        .given(everything())
        .when(command(WelshText.PLAN_SUPPORT, "e-school", null, null, "Help", WELSH), asWorker())
        .expectException(rejected(UnknownItemException.class, "ref", "promises no help"));
    fixture
        .given(everything())
        .when(command(WelshText.PLAN_CONSEQUENCE, "e-school", null, null, "If", WELSH), asWorker())
        .expectException(rejected(UnknownItemException.class, "ref", "says nothing of what"));
    // A new version rewords the help: Welsh written from the old words is refused.
    Expectation reworded =
        new Expectation(
            "e-course",
            COURSE_EXPECTATION.responsible(),
            COURSE,
            null,
            COURSE_EXPECTATION.byWhen(),
            COURSE_MEASURE,
            "We pay for the course",
            COURSE_CONSEQUENCE);
    fixture
        .given(everything(plan(2, reworded)))
        .when(add(WelshText.PLAN_SUPPORT, WELSH), asWorker())
        .expectException(rejected(ChangedSinceException.class, "english", "has changed since"));
  }

  @Test
  @DisplayName("text that is not on the case is not found")
  void missingText() {
    fixture
        .given(withInitialConference())
        .when(add(WelshText.OUTCOME_REASONS, WELSH), asChair())
        .expectException(rejected(UnknownItemException.class, "ref", "no outcome"));
    fixture
        .given(withInitialConference())
        .when(add(WelshText.MEETING_MOVED_REASON, WELSH), asWorker())
        .expectException(rejected(UnknownItemException.class, "ref", "has not been moved"));
    fixture
        .given(everything())
        .when(
            command(WelshText.MEETING_CANCELLED_REASON, INITIAL, null, null, CANCELLED, WELSH),
            asWorker())
        .expectException(rejected(UnknownItemException.class, "ref", "has not been cancelled"));
    fixture
        .given(everything())
        .when(command(WelshText.OUTCOME_REASONS, "m-none", null, null, OUTCOME, WELSH), asWorker())
        .expectException(rejected(UnknownItemException.class, "ref", "no meeting m-none"));
    fixture
        .given(everything())
        .when(
            command(WelshText.CHAIR_RESPONSE, INITIAL, PARENT_A.personId(), null, RESPONSE, WELSH),
            asChair())
        .expectException(rejected(UnknownItemException.class, "personId", "has not responded"));
    fixture
        .given(
            everything(
                new ParticipantExclusionWithdrawnEvent(CASE_ID, INITIAL, PARENT_A.personId(), NOW)))
        .when(add(WelshText.EXCLUSION_REASON, WELSH), asChair())
        .expectException(rejected(UnknownItemException.class, "personId", "not left out"));
    fixture
        .given(everything())
        .when(
            command(
                WelshText.REDACTION_REASON, INITIAL, PARENT_B.personId(), "r-2", REDACTED, WELSH),
            asWorker())
        .expectException(rejected(UnknownItemException.class, "reportId", "r-2"));
    fixture
        .given(opened(), raised())
        .when(add(WelshText.DISPUTE_ANSWER, WELSH), asWorker())
        .expectException(rejected(UnknownItemException.class, "ref", "not been answered"));
    fixture
        .given(opened(), raised())
        .when(add(WelshText.DISPUTE_EXTENSION_REASON, WELSH), asWorker())
        .expectException(rejected(UnknownItemException.class, "ref", "not been extended"));
    fixture
        .given(opened())
        .when(add(WelshText.DISPUTE_ANSWER, WELSH), asWorker())
        .expectException(rejected(UnknownItemException.class, "ref", "nothing disputed"));
    fixture
        .given(opened())
        .when(add(WelshText.CASE_CLOSED_REASON, WELSH), asWorker())
        .expectException(rejected(UnknownItemException.class, "ref", "has not been closed"));
    fixture
        .given(everything())
        .when(
            command(WelshText.CASE_CLOSED_REASON, "case-2", null, null, CLOSED, WELSH), asWorker())
        .expectException(rejected(UnknownItemException.class, "ref", "give the case's id"));
  }

  @Test
  @DisplayName("an outcome recorded without reasons has none to translate")
  void outcomeWithoutReasons() {
    var heldWithoutReasons =
        new casejourney.api.events.ConferenceOutcomeRecordedEvent(
            CASE_ID, INITIAL, TODAY, null, null, null, null, List.of(), List.of(), null, null, NOW,
            null);
    fixture
        .given(withInitialConference())
        .andGiven(heldWithoutReasons)
        .when(add(WelshText.OUTCOME_REASONS, WELSH), asChair())
        .expectException(rejected(UnknownItemException.class, "ref", "no outcome with reasons"));
  }

  @Test
  @DisplayName("which text, the English and the Welsh must all be given")
  void requiredInput() {
    fixture
        .given(everything())
        .when(new AddWelshTextCommand(CASE_ID, null, null, null, null, null, " "), asWorker())
        .expectException(rejected(InvalidCommandException.class, "kind", "choose which text"))
        .expectException(rejected(InvalidCommandException.class, "ref", "enter the id"))
        .expectException(rejected(InvalidCommandException.class, "english", "enter the English"))
        .expectException(rejected(InvalidCommandException.class, "welsh", "enter the Welsh"));
  }

  @Test
  @DisplayName("a person and a report exactly where the kind names them, and nowhere else")
  void personAndReport() {
    fixture
        .given(everything())
        .when(command(WelshText.REDACTION_REASON, INITIAL, null, null, REDACTED, WELSH), asWorker())
        .expectException(rejected(InvalidCommandException.class, "personId", "whose copy"))
        .expectException(rejected(InvalidCommandException.class, "reportId", "the report's id"));
    fixture
        .given(everything())
        .when(command(WelshText.CHAIR_RESPONSE, INITIAL, null, null, RESPONSE, WELSH), asChair())
        .expectException(rejected(InvalidCommandException.class, "personId", "young person"));
    fixture
        .given(everything())
        .when(
            command(WelshText.OUTCOME_REASONS, INITIAL, PARENT_A.personId(), "r-1", OUTCOME, WELSH),
            asChair())
        .expectException(rejected(InvalidCommandException.class, "personId", "leave this out"))
        .expectException(rejected(InvalidCommandException.class, "reportId", "leave this out"));
    AddWelshTextCommand blanks =
        command(WelshText.OUTCOME_REASONS, INITIAL, "", " ", OUTCOME, WELSH);
    fixture
        .given(everything())
        .when(blanks, asChair())
        .expectEvents(
            added(command(WelshText.OUTCOME_REASONS, INITIAL, null, null, OUTCOME, WELSH)));
  }

  @Test
  @DisplayName("the Welsh may be as long as the English of its kind, no longer")
  void welshLength() {
    fixture
        .given(everything())
        .when(add(WelshText.DISPUTE_ANSWER, text(2_001)), asWorker())
        .expectException(rejected(InvalidCommandException.class, "welsh", "2,000 characters"));
    AddWelshTextCommand longPlanText = add(WelshText.PLAN_EXPECTATION, text(5_000));
    fixture.given(everything()).when(longPlanText, asWorker()).expectEvents(added(longPlanText));
    fixture
        .given(everything())
        .when(add(WelshText.PLAN_EXPECTATION, text(5_001)), asWorker())
        .expectException(rejected(InvalidCommandException.class, "welsh", "5,000 characters"));
  }

  @Test
  @DisplayName("an erased record takes no Welsh")
  void erased() {
    fixture
        .given(everything(new CaseRecordErasedEvent(CASE_ID, NOW, LocalDate.of(2061, 3, 2), NOW)))
        .when(add(WelshText.CASE_CLOSED_REASON, WELSH), asWorker())
        .expectException(rejected(CaseRuleException.class, "caseId", "erased"));
  }

  @Test
  @DisplayName("events whose words can no longer be read replay without harm")
  void replaysUnreadableWords() {
    BilingualText unreadable = new BilingualText(null, null);
    Expectation unreadableExpectation =
        new Expectation(
            "e-course", COURSE_EXPECTATION.responsible(), null, null, null, null, null, null);
    fixture
        .given(withInitialConference())
        .andGiven(
            new MeetingCancelledEvent(CASE_ID, INITIAL, unreadable, NOW),
            plan(2, unreadableExpectation),
            new WelshTextAddedEvent(
                CASE_ID, WelshText.PLAN_EXPECTATION, "e-course", null, null, null, NOW),
            new CaseClosedEvent(CASE_ID, null, NOW))
        .when(
            command(WelshText.MEETING_CANCELLED_REASON, INITIAL, null, null, CANCELLED, WELSH),
            asWorker())
        .expectException(rejected(UnknownItemException.class, "ref", "has not been cancelled"));
    // Welsh that can no longer be read is none: the same words may be added again.
    AddWelshTextCommand answer = add(WelshText.DISPUTE_ANSWER, WELSH);
    fixture
        .given(
            everything(
                new WelshTextAddedEvent(
                    CASE_ID, WelshText.DISPUTE_ANSWER, DISPUTE, null, null, null, NOW)))
        .when(answer, asWorker())
        .expectEvents(added(answer));
  }
}
