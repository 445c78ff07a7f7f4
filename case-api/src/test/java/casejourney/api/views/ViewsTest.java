package casejourney.api.views;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.calendar.WorkingDayCalendar;
import casejourney.api.plan.Responsible;
import casejourney.api.views.ExpectationLedgerView.Line;
import casejourney.api.views.StatutoryClocksView.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;

class ViewsTest {

  private static Line line(LocalDate byWhen, boolean met, boolean reopened) {
    return new Line(
        "e-1",
        new Responsible(Responsible.Party.FAMILY_MEMBER, "p-alex", "Alex"),
        "Go to the course",
        null,
        byWhen,
        "",
        "",
        "",
        met,
        null,
        reopened,
        0,
        null,
        0,
        null);
  }

  @Test
  void anExpectationBecomesOverdueTheDayAfterItsDueDateUnlessMet() {
    LocalDate due = LocalDate.of(2026, 6, 30);
    assertThat(line(due, false, false).status(due)).isEqualTo(ExpectationStatus.DUE);
    assertThat(line(due, false, false).status(due.plusDays(1)))
        .isEqualTo(ExpectationStatus.OVERDUE);
    assertThat(line(due, true, false).status(due.plusDays(9))).isEqualTo(ExpectationStatus.MET);
    assertThat(line(due, false, true).status(due)).isEqualTo(ExpectationStatus.REOPENED);
  }

  @Test
  void aClockIsOverdueOnlyWhileItRunsAndPastItsDueDate() {
    WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales(List.of());
    LocalDate due = LocalDate.of(2026, 3, 6); // a Friday
    Clock running = new Clock(ClockKind.INITIAL_CONFERENCE, null, due, null);
    assertThat(running.overdue(due, calendar)).isFalse();
    assertThat(running.overdue(due.plusDays(3), calendar)).isTrue();
    assertThat(running.workingDaysOverdue(due.plusDays(3), calendar)).isEqualTo(1);
    Clock stopped = new Clock(ClockKind.INITIAL_CONFERENCE, "m-1", due, due.plusDays(5));
    assertThat(stopped.overdue(due.plusDays(9), calendar)).isFalse();
  }

  @Test
  void aViewSurvivesTheRoundTripThroughItsDocumentShapeUnchanged() {
    TimelineEntry entry =
        new TimelineEntry(
            "ev-1",
            "MEETING_MOVED",
            TimelineCategory.MEETINGS,
            Instant.parse("2026-03-01T10:00:00Z"),
            LocalDateTime.parse("2026-03-10T10:00:00"),
            null,
            Map.of("en", "Meeting moved", "cy", "Cyfarfod wedi symud"),
            Map.of("en", "b", "cy", "b"),
            List.of(new TimelineEntry.Quoted("WORKER", "reason", "en", "The chair is ill.")),
            List.of("initial-conference"),
            Map.of("meetingId", "m-1"),
            false);
    TimelineView view = new TimelineView("c:p", "c", Audience.PARENT, "p", List.of(entry), 7);
    Map<String, Object> document = ViewJson.toMap(view.id(), view);
    assertThat(document).containsEntry("_id", "c:p").containsEntry("audience", "PARENT");
    assertThat(ViewJson.fromMap(document, TimelineView.class)).isEqualTo(view);
    assertThat(ViewJson.read(ViewJson.write(view), TimelineView.class)).isEqualTo(view);
    assertThat(ViewJson.write(view)).contains("\"at\":\"2026-03-01T10:00:00Z\"");

    // Written as BSON by Jackson directly, the document is the one the map would have given.
    RawBsonDocument bson = ViewBson.write(view.id(), view);
    assertThat(bson.toJson()).isEqualTo(new Document(document).toJson());
    assertThat(bson.getFirstKey()).isEqualTo("_id");
    assertThat(ViewBson.read(bson, TimelineView.class)).isEqualTo(view);
  }
}
