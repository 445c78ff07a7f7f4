package casejourney.caseservice.domain;

import static casejourney.caseservice.domain.Rejections.notPermitted;
import static casejourney.caseservice.domain.Rejections.rejected;
import static casejourney.caseservice.domain.StandardCase.*;

import casejourney.api.BilingualText;
import casejourney.api.commands.EraseCaseRecordCommand;
import casejourney.api.commands.RecordStrategyDiscussionCommand;
import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.CaseRecordErasedEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CaseFileRetentionTest {

  private static final CaseClosedEvent CLOSED =
      new CaseClosedEvent(CASE_ID, BilingualText.en("Ended"), NOW);
  private static final LocalDate RETAIN_UNTIL = LocalDate.of(2061, 3, 2);
  private static final Instant DAY_AFTER = Instant.parse("2061-03-03T02:30:00Z");

  private static AggregateTestFixture<CaseFile> at(Instant now) {
    AggregateTestFixture<CaseFile> fixture = new AggregateTestFixture<>(CaseFile.class);
    fixture.registerInjectableResource(
        CaseRules.defaults(Clock.fixed(now, ZoneId.of("Europe/London"))));
    return fixture;
  }

  private static java.util.Map<String, Object> asSystem() {
    return as("case-service:retention", "SYSTEM");
  }

  @Test
  @DisplayName(
      "a closed case is erased the day after its 35 years are up, and says until when it was kept")
  void erasedAfterRetention() {
    at(DAY_AFTER)
        .given(opened(), CLOSED)
        .when(new EraseCaseRecordCommand(CASE_ID), asSystem())
        .expectEvents(new CaseRecordErasedEvent(CASE_ID, NOW, RETAIN_UNTIL, DAY_AFTER));
  }

  @Test
  @DisplayName("on the last day of its retention the record is still kept")
  void keptOnItsLastDay() {
    at(Instant.parse("2061-03-02T22:00:00Z"))
        .given(opened(), CLOSED)
        .when(new EraseCaseRecordCommand(CASE_ID), asSystem())
        .expectException(
            rejected(CaseRuleException.class, "caseId", "must be kept until 2061-03-02"));
  }

  @Test
  @DisplayName("an open case is never erased, however old")
  void openCaseIsNotErased() {
    at(DAY_AFTER)
        .given(opened())
        .when(new EraseCaseRecordCommand(CASE_ID), asSystem())
        .expectException(rejected(CaseRuleException.class, "caseId", "Only a closed case"));
  }

  @Test
  @DisplayName("no person can erase a record, not even its worker")
  void onlyTheSystemErases() {
    at(DAY_AFTER)
        .given(opened(), CLOSED)
        .when(new EraseCaseRecordCommand(CASE_ID), asWorker())
        .expectException(notPermitted());
  }

  @Test
  @DisplayName("an erased record is not erased twice and refuses every later command")
  void erasedRecordRefusesEverything() {
    CaseRecordErasedEvent erased = new CaseRecordErasedEvent(CASE_ID, NOW, RETAIN_UNTIL, DAY_AFTER);
    at(DAY_AFTER)
        .given(opened(), CLOSED, erased)
        .when(new EraseCaseRecordCommand(CASE_ID), asSystem())
        .expectException(rejected(CaseRuleException.class, "caseId", "already been erased"));
    at(DAY_AFTER)
        .given(opened(), CLOSED, erased)
        .when(new RecordStrategyDiscussionCommand(CASE_ID, null, TODAY), asWorker())
        .expectException(rejected(CaseRuleException.class, "caseId", "erased at the end"));
  }

  @Test
  @DisplayName("an authority that keeps records longer erases later")
  void retentionIsConfigurable() {
    AggregateTestFixture<CaseFile> fixture = new AggregateTestFixture<>(CaseFile.class);
    Clock clock = Clock.fixed(DAY_AFTER, ZoneId.of("Europe/London"));
    fixture.registerInjectableResource(
        new CaseRules(clock, RULES.calendar(), RULES.timescales(), RULES.textLimits(), 40));
    fixture
        .given(opened(), CLOSED)
        .when(new EraseCaseRecordCommand(CASE_ID), asSystem())
        .expectException(
            rejected(CaseRuleException.class, "caseId", "must be kept until 2066-03-02"));
  }
}
