package casejourney.caseservice.domain;

import casejourney.api.ActorMetaData;
import casejourney.api.BilingualText;
import casejourney.api.FamilyMember;
import casejourney.api.FamilyRole;
import casejourney.api.Language;
import casejourney.api.MeetingType;
import casejourney.api.Nation;
import casejourney.api.StaffMember;
import casejourney.api.commands.OpenCaseCommand;
import casejourney.api.events.CaseOpenedEvent;
import casejourney.api.events.ConferenceOutcomeRecordedEvent;
import casejourney.api.events.MeetingScheduledEvent;
import casejourney.api.events.StrategyDiscussionHeldEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;

/**
 * A standard case for tests: worker {@code worker}, chair {@code chair}, parents {@code parent-a}
 * and {@code parent-b}, young person {@code young-person} aged 14, and {@code other-parent} who is
 * on no case. Time stands still at Monday 2 March 2026, 09:00 in London.
 */
final class StandardCase {

  static final String CASE_ID = "case-1";
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/London"));
  static final CaseRules RULES = CaseRules.defaults(CLOCK);

  static final StaffMember WORKER = new StaffMember("worker", "Sam Social Worker");
  static final StaffMember NEW_WORKER = new StaffMember("new-worker", "Nia Social Worker");
  static final StaffMember CHAIR = new StaffMember("chair", "Chris Chair");
  static final FamilyMember YOUNG_PERSON =
      new FamilyMember(
          "p-young",
          "Jo",
          FamilyRole.YOUNG_PERSON,
          Language.EN,
          "young-person",
          LocalDate.of(2011, 6, 1));
  static final FamilyMember PARENT_A =
      new FamilyMember("p-parent-a", "Alex", FamilyRole.PARENT, Language.EN, "parent-a", null);
  static final FamilyMember PARENT_B =
      new FamilyMember("p-parent-b", "Bethan", FamilyRole.CARER, Language.CY, "parent-b", null);

  /** Strategy discussion on Monday 23 February; 15 working days later is Monday 16 March. */
  static final LocalDate STRATEGY_DISCUSSION = LocalDate.of(2026, 2, 23);

  static final LocalDate INITIAL_CONFERENCE_DUE = LocalDate.of(2026, 3, 16);

  static final String INITIAL = "m-initial";
  static final LocalDateTime INITIAL_STARTS = LocalDateTime.of(2026, 3, 12, 10, 0);

  /** A meeting that started an hour before "now", so it can be held today. */
  static final String EARLIER = "m-earlier";

  static final LocalDateTime EARLIER_STARTS = LocalDateTime.of(2026, 3, 2, 8, 0);

  private StandardCase() {}

  static AggregateTestFixture<CaseFile> fixture() {
    AggregateTestFixture<CaseFile> fixture = new AggregateTestFixture<>(CaseFile.class);
    fixture.registerInjectableResource(RULES);
    return fixture;
  }

  static OpenCaseCommand openCommand() {
    return new OpenCaseCommand(
        CASE_ID, Nation.WALES, YOUNG_PERSON, List.of(PARENT_A, PARENT_B), WORKER);
  }

  static CaseOpenedEvent opened() {
    return new CaseOpenedEvent(
        CASE_ID, Nation.WALES, YOUNG_PERSON, List.of(PARENT_A, PARENT_B), WORKER, NOW);
  }

  static StrategyDiscussionHeldEvent strategyDiscussion() {
    return new StrategyDiscussionHeldEvent(
        CASE_ID, STRATEGY_DISCUSSION, INITIAL_CONFERENCE_DUE, NOW);
  }

  static MeetingScheduledEvent scheduled(String meetingId, MeetingType type, LocalDateTime at) {
    return new MeetingScheduledEvent(
        CASE_ID, meetingId, type, at, "Family centre", CHAIR, null, false, 0, null, NOW);
  }

  /** Opened, strategy discussion recorded, initial conference on 12 March. */
  static Object[] withInitialConference() {
    return new Object[] {
      opened(),
      strategyDiscussion(),
      scheduled(INITIAL, MeetingType.INITIAL_CONFERENCE, INITIAL_STARTS)
    };
  }

  /** Opened, strategy discussion recorded, an initial conference that started at 08:00 today. */
  static Object[] withEarlierConference() {
    return new Object[] {
      opened(),
      strategyDiscussion(),
      scheduled(EARLIER, MeetingType.INITIAL_CONFERENCE, EARLIER_STARTS)
    };
  }

  static ConferenceOutcomeRecordedEvent held(String meetingId, LocalDate on) {
    return new ConferenceOutcomeRecordedEvent(
        CASE_ID,
        meetingId,
        on,
        casejourney.api.ConferenceDecision.PLAN_NEEDED,
        casejourney.api.ProtectionCategory.NEGLECT,
        on.plusMonths(3),
        BilingualText.en("Worries about neglect"),
        List.of(),
        List.of(),
        null,
        null,
        NOW,
        null);
  }

  static Map<String, Object> as(String subject, String role) {
    return Map.of(ActorMetaData.SUBJECT, subject, ActorMetaData.ROLE, role);
  }

  static Map<String, Object> asWorker() {
    return as("worker", "WORKER");
  }

  static Map<String, Object> asChair() {
    return as("chair", "CHAIR");
  }

  static Map<String, Object> asParentA() {
    return as("parent-a", "PARENT");
  }

  static Map<String, Object> asYoungPerson() {
    return as("young-person", "YOUNG_PERSON");
  }

  static String text(int length) {
    return "a".repeat(length);
  }
}
