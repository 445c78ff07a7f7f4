package casejourney.caseservice.domain;

import static casejourney.caseservice.domain.Rejections.closed;
import static casejourney.caseservice.domain.Rejections.notPermitted;
import static casejourney.caseservice.domain.Rejections.rejected;
import static casejourney.caseservice.domain.StandardCase.*;

import casejourney.api.BilingualText;
import casejourney.api.commands.RecordRedactionCommand;
import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.ReportRedactedEvent;
import casejourney.api.events.ReportSharedEvent;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The worker records what was held back from one person's copy of a report, and why. */
class CaseFileRedactionTest {

  private static final BilingualText REASON =
      BilingualText.en("The part about where Alex now lives is held back, to keep Alex safe.");

  private AggregateTestFixture<CaseFile> fixture;

  @BeforeEach
  void setUp() {
    fixture = fixture();
  }

  /** The initial conference with its report shared with both parents. */
  private static Object[] withReport(Object... more) {
    List<Object> events = new ArrayList<>(List.of(withInitialConference()));
    events.add(
        new ReportSharedEvent(
            CASE_ID,
            INITIAL,
            "r-1",
            "Conference report",
            "Sam",
            List.of(PARENT_A.personId(), PARENT_B.personId()),
            LocalDateTime.of(2026, 3, 2, 9, 0),
            3,
            8,
            false,
            0,
            null,
            NOW));
    events.addAll(List.of(more));
    return events.toArray();
  }

  private static RecordRedactionCommand redact(String reportId, String personId, BilingualText r) {
    return new RecordRedactionCommand(CASE_ID, null, INITIAL, reportId, personId, r);
  }

  private static ReportRedactedEvent redacted(String personId, BilingualText reason) {
    return new ReportRedactedEvent(CASE_ID, INITIAL, "r-1", personId, reason, NOW);
  }

  @Test
  @DisplayName("the worker records what was held back from one parent's copy, with the reason")
  void records() {
    fixture
        .given(withReport())
        .when(redact("r-1", PARENT_B.personId(), REASON), asWorker())
        .expectEvents(redacted(PARENT_B.personId(), REASON));
  }

  @Test
  @DisplayName("a new reason replaces the old one; the same one again is refused")
  void replacesButDoesNotRepeat() {
    BilingualText better =
        new BilingualText(REASON.en(), "Mae’r rhan am gartref Alex wedi’i chadw’n ôl.");
    fixture
        .given(withReport(redacted(PARENT_B.personId(), REASON)))
        .when(redact("r-1", PARENT_B.personId(), better), asWorker())
        .expectEvents(redacted(PARENT_B.personId(), better));
    fixture
        .given(withReport(redacted(PARENT_B.personId(), REASON)))
        .when(redact("r-1", PARENT_B.personId(), REASON), asWorker())
        .expectNoEvents()
        .expectException(rejected(CaseRuleException.class, "reason", "already recorded"));
  }

  @Test
  @DisplayName("only a copy of a report that exists, of someone it was shared with")
  void onlyACopyThatExists() {
    fixture
        .given(withReport())
        .when(redact("r-nope", PARENT_B.personId(), REASON), asWorker())
        .expectNoEvents()
        .expectException(rejected(UnknownItemException.class, "reportId", "r-nope"));
    fixture
        .given(withReport())
        .when(redact("r-1", YOUNG_PERSON.personId(), REASON), asWorker())
        .expectNoEvents()
        .expectException(rejected(CaseRuleException.class, "personId", "not shared with"));
  }

  @Test
  @DisplayName("only the allocated worker, with a reason, on an open case")
  void onlyTheWorkerWithAReason() {
    fixture
        .given(withReport())
        .when(redact("r-1", PARENT_B.personId(), REASON), asChair())
        .expectNoEvents()
        .expectException(notPermitted());
    fixture
        .given(withReport())
        .when(redact("r-1", PARENT_B.personId(), null), asWorker())
        .expectNoEvents()
        .expectException(rejected(InvalidCommandException.class, "reason.en", "reason"));
    fixture
        .given(withReport(new CaseClosedEvent(CASE_ID, BilingualText.en("Done"), NOW)))
        .when(redact("r-1", PARENT_B.personId(), REASON), asWorker())
        .expectNoEvents()
        .expectException(closed());
  }
}
