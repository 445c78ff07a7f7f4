package casejourney.projections.timeline;

import static casejourney.projections.support.DemoJourney.ALEX;
import static casejourney.projections.support.DemoJourney.RHIAN;
import static casejourney.projections.support.DemoJourney.TAYLOR;
import static casejourney.projections.support.Projections.CASE;
import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.BilingualText;
import casejourney.api.DisputeAnswer;
import casejourney.api.DisputedItem;
import casejourney.api.ExclusionScope;
import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.PlanVersionPublishedEvent;
import casejourney.api.plan.PlanComparison;
import casejourney.api.plan.PlanContent;
import casejourney.api.views.Audience;
import casejourney.api.views.TimelineCategory;
import casejourney.api.views.TimelineEntry;
import casejourney.api.views.TimelineView;
import casejourney.projections.support.DemoJourney;
import casejourney.projections.support.Erasure;
import casejourney.projections.support.Feed;
import casejourney.projections.support.InMemoryViewStore;
import casejourney.projections.support.Projections;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class TimelineProjectionTest {

  private final InMemoryViewStore store = new InMemoryViewStore();
  private final TimelineProjection projection = new TimelineProjection(store);

  private TimelineView timeline(String id) {
    return store.get(TimelineView.COLLECTION, id, TimelineView.class);
  }

  private TimelineView family(String personId) {
    return timeline(TimelineView.familyId(CASE, personId));
  }

  private static List<String> contributions(TimelineView timeline) {
    return timeline.entries().stream()
        .map(e -> e.links().get("contributionId"))
        .filter(id -> id != null)
        .distinct()
        .toList();
  }

  @Test
  void aChairAndWorkerOnlyContributionIsAbsentFromBothParentsTimelinesAndPresentInTheChairs() {
    Feed.all(projection, Projections.first(10));
    assertThat(contributions(family(ALEX))).doesNotContain("c-1");
    assertThat(contributions(family(RHIAN))).doesNotContain("c-1");
    assertThat(contributions(timeline(TimelineView.chairId(CASE)))).contains("c-1");
    assertThat(contributions(timeline(TimelineView.workerId(CASE)))).contains("c-1");
    assertThat(contributions(family(TAYLOR))).contains("c-1");
  }

  @Test
  void aContributionSharedWithEveryoneReachesParentsUntilTheChairHidesItAndTheYoungPersonIsTold() {
    Feed.all(projection, Projections.first(11));
    assertThat(contributions(family(ALEX))).containsExactly("c-2");
    assertThat(contributions(family(RHIAN))).containsExactly("c-2");
    Feed.all(projection, Projections.first(13));
    assertThat(contributions(family(ALEX))).isEmpty();
    assertThat(contributions(family(RHIAN))).isEmpty();
    assertThat(family(TAYLOR).entries().get(0).kind()).isEqualTo("VIEWS_VISIBILITY_CHANGED");
    assertThat(family(TAYLOR).entries().get(0).quotes()).isEmpty();
  }

  @Test
  void aParentSeesOnlyTheMeetingsTheyAreInvitedTo() {
    Feed.all(projection, Projections.journey());
    assertThat(links(family(ALEX), "meetingId")).contains("m-core");
    assertThat(links(family(RHIAN), "meetingId")).doesNotContain("m-core");
  }

  @Test
  void aMoveThatMakesAReportLateTellsThoseItWasSharedWithAndStaff() {
    Feed.all(projection, Projections.reportRetimedByMoves(2));
    TimelineEntry alex = family(ALEX).entries().get(0);
    assertThat(alex.kind()).isEqualTo("MEETING_MOVED");
    assertThat(alex.flagged()).isTrue();
    assertThat(alex.body().get("en"))
        .contains("So a report you were sent now comes 1 working day before the meeting.")
        .contains("The rule is 3.");
    assertThat(alex.quotes())
        .extracting(q -> q.text())
        .contains("Social work report", "The family asked for the earlier day.");
    assertThat(timeline(TimelineView.workerId(CASE)).entries().get(0).body().get("en"))
        .contains("A report shared for it now comes 1 working day before the meeting");
    // The report was not shared with Taylor, so Taylor's news of the move says nothing of it.
    TimelineEntry taylor = family(TAYLOR).entries().get(0);
    assertThat(taylor.kind()).isEqualTo("MEETING_MOVED");
    assertThat(taylor.body().get("en")).doesNotContain("report");
    assertThat(taylor.quotes()).extracting(q -> q.text()).doesNotContain("Social work report");
  }

  @Test
  void aMoveThatGivesAReportItsTimeSaysNothingOfIt() {
    Feed.all(projection, Projections.reportRetimedByMoves(1));
    TimelineEntry alex = family(ALEX).entries().get(0);
    assertThat(alex.kind()).isEqualTo("MEETING_MOVED");
    assertThat(alex.body().get("en")).doesNotContain("report");
    assertThat(alex.quotes()).extracting(q -> q.text()).doesNotContain("Social work report");
  }

  @Test
  void aReportReachesOnlyThePeopleItWasSharedWithAndSaysItWasLate() {
    Feed.all(projection, Projections.journey());
    assertThat(links(family(TAYLOR), "reportId")).isEmpty();
    TimelineEntry report = entry(family(ALEX), "REPORT_SHARED");
    assertThat(report.flagged()).isTrue();
    assertThat(report.body().get("en"))
        .startsWith("Report shared 1 working day before the meeting; the rule is 3.");
  }

  @Test
  void aReportSharedOnTheDayOrAfterTheMeetingSaysSoRatherThanZeroOrMinusDaysBefore() {
    Feed.all(
        projection,
        Projections.journeyThen(
            report("r-day", 0, 3, java.time.LocalDateTime.of(2026, 3, 27, 9, 0)),
            report("r-after", -2, 5, java.time.LocalDateTime.of(2026, 3, 31, 9, 0))));
    assertThat(reportEntry(family(ALEX), "r-day").body().get("en"))
        .startsWith("Report shared on the day of the meeting; the rule is 3 working days before.");
    assertThat(reportEntry(family(ALEX), "r-after").title().get("en"))
        .isEqualTo("A report was shared with you after the meeting");
    assertThat(reportEntry(family(ALEX), "r-after").body().get("cy"))
        .startsWith("Adroddiad wedi’i rannu ar ôl y cyfarfod");
    for (String id : List.of("r-day", "r-after")) {
      assertThat(
              reportEntry(timeline(TimelineView.workerId(Projections.CASE)), id).body().get("en"))
          .doesNotContain("0 working days", "-2", "before the meeting;");
    }
  }

  private static casejourney.api.events.ReportSharedEvent report(
      String id, int daysBefore, int daysLate, java.time.LocalDateTime at) {
    return new casejourney.api.events.ReportSharedEvent(
        Projections.CASE,
        casejourney.projections.support.DemoJourney.ICPC,
        id,
        "Health visitor report",
        "Jo Evans",
        List.of(ALEX),
        at,
        3,
        daysBefore,
        true,
        daysLate,
        "The health visitor was away.",
        at.toInstant(java.time.ZoneOffset.UTC));
  }

  private static TimelineEntry reportEntry(TimelineView timeline, String reportId) {
    return timeline.entries().stream()
        .filter(e -> reportId.equals(e.links().get("reportId")))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void workerWrittenTextIsQuotedAndNeverMixedIntoSystemText() {
    Feed.all(projection, Projections.journey());
    TimelineEntry moved = entry(family(RHIAN), "MEETING_MOVED");
    assertThat(moved.body().get("en")).doesNotContain("The chair is ill");
    assertThat(moved.quotes())
        .extracting(TimelineEntry.Quoted::lang, TimelineEntry.Quoted::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("en", "The chair is ill."),
            org.assertj.core.groups.Tuple.tuple("cy", "Mae’r cadeirydd yn sâl."));
  }

  @Test
  void aPlanUpdateSaysHowManyChangesMakeItHarderAndQuotesEachReason() {
    Feed.all(projection, Projections.journey());
    TimelineEntry update = entry(family(ALEX), "PLAN_UPDATED");
    assertThat(update.flagged()).isTrue();
    assertThat(update.body().get("en"))
        .startsWith("Plan updated: 2 things changed that make it harder. See why below.")
        .contains("between meetings");
    assertThat(update.quotes())
        .extracting(TimelineEntry.Quoted::label)
        .contains("reason:e-course", "reason:e-fgc");
    assertThat(update.glossaryKeys()).contains("child-protection-plan");
  }

  @Test
  void theFamilysViewAndDissentAreQuotedAsTheChairWroteThemNotAsAParents() {
    Feed.all(projection, Projections.journey());
    TimelineEntry held = entry(family(ALEX), "MEETING_HELD");
    assertThat(held.quotes())
        .filteredOn(q -> q.label().equals("familyView") || q.label().equals("dissent"))
        .isNotEmpty()
        .allMatch(q -> q.by().equals("CHAIR"));
  }

  @Test
  void onePlanChangeThatIsNotHarderIsCountedInTheSingular() {
    PlanContent v3 = DemoJourney.plan(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 7, 31));
    Feed.all(
        projection,
        Projections.journeyThen(
            new PlanVersionPublishedEvent(
                CASE,
                3,
                v3,
                PlanComparison.compare(DemoJourney.planV2(), Set.of(), v3),
                Map.of(),
                null,
                null,
                DemoJourney.PRIYA,
                Instant.parse("2026-05-20T10:00:00Z"),
                null)));
    TimelineEntry parent =
        family(ALEX).entries().stream()
            .filter(x -> x.kind().equals("PLAN_UPDATED"))
            .findFirst()
            .orElseThrow();
    assertThat(parent.body().get("en"))
        .contains("Plan updated: 1 thing changed. It does not make it harder for you.");
    assertThat(parent.body().get("cy")).contains("newidiodd 1 peth.");
    TimelineEntry staff =
        timeline(TimelineView.workerId(CASE)).entries().stream()
            .filter(x -> x.kind().equals("PLAN_UPDATED"))
            .findFirst()
            .orElseThrow();
    assertThat(staff.body().get("en")).contains("1 change, not flagged.");
  }

  @Test
  void aChangeOfWorkerTellsTheFamilyTheirNewWorkersName() {
    Feed.all(projection, Projections.journey());
    assertThat(entry(family(TAYLOR), "WORKER_CHANGED").body().get("en"))
        .startsWith("Your social worker is now Priya Shah.");
  }

  @Test
  void entriesAreNewestFirstAndEachAudienceGetsItsOwnTimeline() {
    Feed.all(projection, Projections.journey());
    List<Instant> times = family(ALEX).entries().stream().map(TimelineEntry::at).toList();
    assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    Map<String, Audience> audiences =
        store.all(TimelineView.COLLECTION).keySet().stream()
            .collect(Collectors.toMap(id -> id, id -> timeline(id).audience()));
    assertThat(audiences)
        .containsEntry(CASE + ":p-alex", Audience.PARENT)
        .containsEntry(CASE + ":p-taylor", Audience.YOUNG_PERSON)
        .containsEntry(CASE + ":worker", Audience.WORKER)
        .containsEntry(CASE + ":chair", Audience.CHAIR)
        .hasSize(5);
  }

  @Test
  void everyEventKindAppearsOnTheWorkersTimeline() {
    Feed.all(
        projection,
        Projections.journeyThen(
            new casejourney.api.events.ConferenceRecordSentEvent(
                CASE,
                casejourney.projections.support.DemoJourney.ICPC,
                java.time.LocalDate.of(2026, 4, 10),
                Instant.parse("2026-04-10T10:00:00Z"),
                null),
            Projections.disputed(
                "d-1", RHIAN, DisputedItem.REPORT, "I went to the appointment.", null, 9),
            Projections.answered(
                "d-1", RHIAN, DisputeAnswer.CORRECTED, BilingualText.en("You did."), 9),
            new CaseClosedEvent(
                CASE,
                BilingualText.en("Taylor is safe now."),
                Instant.parse("2026-09-01T10:00:00Z"))));
    // The parent invited to the conference is told the record was sent to them.
    assertThat(entry(family(ALEX), "RECORD_SENT").body().get("en"))
        .startsWith("The full record of the")
        .contains("was sent to you on Friday 10 April 2026.");
    Set<String> kinds =
        timeline(TimelineView.workerId(CASE)).entries().stream()
            .map(TimelineEntry::kind)
            .collect(Collectors.toSet());
    assertThat(kinds)
        .contains(
            "CASE_OPENED",
            "STRATEGY_DISCUSSION",
            "MEETING_SCHEDULED",
            "INVITED",
            "ADVOCATE_OFFERED",
            "MEETING_MOVED",
            "CHOICE_MADE",
            "VIEWS_SENT",
            "REPORT_SHARED",
            "VIEWS_VISIBILITY_CHANGED",
            "MEETING_HELD",
            "CHAIR_RESPONDED",
            "PLAN_PUBLISHED",
            "PLAN_ACKNOWLEDGED",
            "MEETING_CANCELLED",
            "WORKER_CHANGED",
            "PLAN_UPDATED",
            "PLAN_DISAGREED",
            "EXPECTATION_MET",
            "RECORD_SENT",
            "DISPUTE_RAISED",
            "DISPUTE_ANSWERED",
            "CASE_CLOSED");
    // A family member has no written role: the worker is told their part in the case instead.
    List<String> invitations =
        timeline(TimelineView.workerId(CASE)).entries().stream()
            .filter(x -> x.kind().equals("INVITED"))
            .flatMap(x -> java.util.stream.Stream.of(x.body().get("en"), x.body().get("cy")))
            .toList();
    assertThat(invitations).isNotEmpty().noneMatch(b -> b.contains("()"));
    assertThat(invitations)
        .contains(
            "Taylor Morgan (young person) invited to the first meeting (initial conference), in"
                + " English.",
            "Taylor Morgan (person ifanc) wedi cael gwahoddiad i’r cyfarfod cyntaf (cynhadledd"
                + " gychwynnol). Iaith: Saesneg.",
            "Rhian Morgan (Parent) invited to the first meeting (initial conference), in Welsh.");
  }

  private static final BilingualText TO_TALK_ALONE =
      new BilingualText(
          "Taylor wants to talk about home without a parent in the room.",
          "Mae Taylor eisiau siarad am y cartref heb riant yn yr ystafell.");

  private String stored(String timelineId) {
    return store.all(TimelineView.COLLECTION).get(timelineId);
  }

  @Test
  void aParentLeftOutOfPartOfAMeetingIsToldWhyAndSoAreStaffButNotTheRestOfTheFamily() {
    Feed.all(projection, Projections.first(12));
    String rhianBefore = stored(TimelineView.familyId(CASE, RHIAN));
    String taylorBefore = stored(TimelineView.familyId(CASE, TAYLOR));
    Feed.all(
        projection,
        Projections.beforeTheConferenceThen(
            Projections.excluded(ALEX, ExclusionScope.PART_OF_MEETING, TO_TALK_ALONE, 10)));

    TimelineEntry alex = family(ALEX).entries().get(0);
    assertThat(alex.kind()).isEqualTo("EXCLUDED_FROM_MEETING");
    assertThat(alex.title())
        .containsEntry("en", "You will not be at part of the meeting")
        .containsEntry("cy", "Fyddwch chi ddim yno am ran o’r cyfarfod");
    assertThat(alex.body().get("en"))
        .startsWith(
            "The chair has decided that you will not be at part of the first meeting (initial"
                + " conference) on Wednesday 25 March 2026 at 10am. This is to keep people safe."
                + " The reason is below. You can come to the rest of the meeting.")
        .contains("You will still get the reports for the meeting, and we will tell you what")
        .contains("You can send your views in writing to your social worker.")
        .doesNotContain("Taylor wants");
    assertThat(alex.body().get("cy"))
        .contains("Gallwch ddod i weddill y cyfarfod.")
        .contains("Gallwch anfon eich barn yn ysgrifenedig at eich gweithiwr cymdeithasol.");
    assertThat(alex.links()).containsEntry("meetingId", DemoJourney.ICPC);
    assertThat(alex.flagged()).isTrue();
    assertThat(alex.glossaryKeys()).contains("chair");
    assertThat(alex.quotes())
        .extracting(
            TimelineEntry.Quoted::by,
            TimelineEntry.Quoted::label,
            TimelineEntry.Quoted::lang,
            TimelineEntry.Quoted::text)
        .containsExactly(
            Tuple.tuple("CHAIR", "reason", "en", TO_TALK_ALONE.en()),
            Tuple.tuple("CHAIR", "reason", "cy", TO_TALK_ALONE.cy()));

    for (String staff : List.of(TimelineView.workerId(CASE), TimelineView.chairId(CASE))) {
      TimelineEntry told = timeline(staff).entries().get(0);
      assertThat(told.kind()).as(staff).isEqualTo("EXCLUDED_FROM_MEETING");
      assertThat(told.title().get("en")).isEqualTo("Alex Morgan left out of part of the meeting");
      assertThat(told.body().get("en"))
          .startsWith(
              "The chair decided Alex Morgan will not be at part of the first meeting (initial"
                  + " conference) on Wednesday 25 March 2026 at 10am. The reason below is shown"
                  + " to Alex Morgan, not to the rest of the family.");
      assertThat(told.title().get("cy")).isEqualTo("Fydd Alex Morgan ddim yno am ran o’r cyfarfod");
      assertThat(told.quotes())
          .extracting(TimelineEntry.Quoted::text)
          .containsExactly(TO_TALK_ALONE.en(), TO_TALK_ALONE.cy());
    }

    // The other parent and the young person are not told: their timelines are as they were.
    assertThat(stored(TimelineView.familyId(CASE, RHIAN))).isEqualTo(rhianBefore);
    assertThat(stored(TimelineView.familyId(CASE, TAYLOR))).isEqualTo(taylorBefore);
  }

  @Test
  void
      aParentLeftOutOfTheWholeMeetingIsNotAskedToComeToTheRestAndReadsTheReasonInEnglishUntilItsWelshIsWritten() {
    Feed.all(
        projection,
        Projections.beforeTheConferenceThen(
            Projections.excluded(
                RHIAN,
                ExclusionScope.WHOLE_MEETING,
                BilingualText.en("Taylor is frightened to speak with you there."),
                10)));
    TimelineEntry rhian = family(RHIAN).entries().get(0);
    assertThat(rhian.kind()).isEqualTo("EXCLUDED_FROM_MEETING");
    assertThat(rhian.title())
        .containsEntry("en", "You will not be at the meeting")
        .containsEntry("cy", "Fyddwch chi ddim yn y cyfarfod");
    assertThat(rhian.body().get("en"))
        .startsWith(
            "The chair has decided that you will not be at the first meeting (initial"
                + " conference) on Wednesday 25 March 2026 at 10am.")
        .contains("You will still get the reports for the meeting")
        .doesNotContain("rest of the meeting");
    assertThat(rhian.body().get("cy")).doesNotContain("weddill y cyfarfod");
    // No Welsh quoted: the portal shows the English with "Welsh version on its way".
    assertThat(rhian.quotes())
        .extracting(TimelineEntry.Quoted::lang, TimelineEntry.Quoted::text)
        .containsExactly(Tuple.tuple("en", "Taylor is frightened to speak with you there."));
    assertThat(timeline(TimelineView.workerId(CASE)).entries().get(0).title().get("en"))
        .isEqualTo("Rhian Morgan left out of the meeting");
    assertThat(family(ALEX).entries()).noneMatch(e -> e.kind().equals("EXCLUDED_FROM_MEETING"));
    assertThat(family(TAYLOR).entries()).noneMatch(e -> e.kind().equals("EXCLUDED_FROM_MEETING"));
  }

  @Test
  void anExclusionNamingTheYoungPersonReachesStaffAloneNeverTheYoungPersonsTimeline() {
    Feed.all(projection, Projections.first(12));
    String taylorBefore = stored(TimelineView.familyId(CASE, TAYLOR));
    Feed.all(
        projection,
        Projections.beforeTheConferenceThen(
            Projections.excluded(TAYLOR, ExclusionScope.PART_OF_MEETING, TO_TALK_ALONE, 10)));
    assertThat(stored(TimelineView.familyId(CASE, TAYLOR))).isEqualTo(taylorBefore);
    assertThat(timeline(TimelineView.chairId(CASE)).entries().get(0).kind())
        .isEqualTo("EXCLUDED_FROM_MEETING");
  }

  @Test
  void aSecondDecisionAboutTheSameParentIsAddedToTheirTimelineAndRedeliveryChangesNothing() {
    List<org.axonframework.eventhandling.DomainEventMessage<?>> events =
        Projections.beforeTheConferenceThen(
            Projections.excluded(ALEX, ExclusionScope.PART_OF_MEETING, TO_TALK_ALONE, 10),
            Projections.excluded(
                ALEX, ExclusionScope.WHOLE_MEETING, BilingualText.en("Things changed."), 14));
    Feed.all(projection, events);
    Map<String, String> once = store.all(TimelineView.COLLECTION);
    Feed.all(projection, events);
    assertThat(store.all(TimelineView.COLLECTION)).isEqualTo(once);
    assertThat(family(ALEX).entries())
        .filteredOn(e -> e.kind().equals("EXCLUDED_FROM_MEETING"))
        .extracting(e -> e.title().get("en"))
        .containsExactly(
            "You will not be at the meeting", "You will not be at part of the meeting");
  }

  @Test
  void aWithdrawnExclusionIsToldToThePersonLeftOutAndToStaffOnly() {
    Feed.all(projection, Projections.first(12));
    String rhianBefore = stored(TimelineView.familyId(CASE, RHIAN));
    String taylorBefore = stored(TimelineView.familyId(CASE, TAYLOR));
    List<org.axonframework.eventhandling.DomainEventMessage<?>> events =
        Projections.beforeTheConferenceThen(
            Projections.excluded(ALEX, ExclusionScope.PART_OF_MEETING, TO_TALK_ALONE, 10),
            Projections.withdrawn(ALEX, 15));
    Feed.all(projection, events);

    TimelineEntry alex = family(ALEX).entries().get(0);
    assertThat(alex.kind()).isEqualTo("EXCLUSION_WITHDRAWN");
    assertThat(alex.title())
        .containsEntry("en", "You can come to all of the meeting")
        .containsEntry("cy", "Gallwch ddod i’r cyfarfod i gyd");
    assertThat(alex.body().get("en"))
        .isEqualTo(
            "The chair has changed the decision. You can now come to all of the first meeting"
                + " (initial conference) on Wednesday 25 March 2026 at 10am.");
    assertThat(alex.links()).containsEntry("meetingId", DemoJourney.ICPC);
    for (String staff : List.of(TimelineView.workerId(CASE), TimelineView.chairId(CASE))) {
      assertThat(timeline(staff).entries().get(0).title().get("en"))
          .as(staff)
          .isEqualTo("Alex Morgan can come to all of the meeting");
    }
    assertThat(stored(TimelineView.familyId(CASE, RHIAN))).isEqualTo(rhianBefore);
    assertThat(stored(TimelineView.familyId(CASE, TAYLOR))).isEqualTo(taylorBefore);

    Map<String, String> once = store.all(TimelineView.COLLECTION);
    Feed.all(projection, events);
    assertThat(store.all(TimelineView.COLLECTION)).isEqualTo(once);
  }

  private static final BilingualText WHERE_ALEX_LIVES =
      new BilingualText(
          "The part about where Alex now lives is held back, to keep Alex safe.",
          "Mae’r rhan am ble mae Alex yn byw nawr wedi’i chadw’n ôl, i gadw Alex yn ddiogel.");

  @Test
  void aParentWhoseCopyOfAReportHasPartsHeldBackIsToldWhyAndSoAreStaffButNotTheRestOfTheFamily() {
    Feed.all(projection, Projections.first(12));
    String alexBefore = stored(TimelineView.familyId(CASE, ALEX));
    String taylorBefore = stored(TimelineView.familyId(CASE, TAYLOR));
    List<org.axonframework.eventhandling.DomainEventMessage<?>> events =
        Projections.beforeTheConferenceThen(
            Projections.redacted(Projections.REPORT, RHIAN, WHERE_ALEX_LIVES, 10));
    Feed.all(projection, events);

    TimelineEntry rhian = family(RHIAN).entries().get(0);
    assertThat(rhian.kind()).isEqualTo("REPORT_REDACTED");
    assertThat(rhian.category()).isEqualTo(TimelineCategory.REPORTS);
    assertThat(rhian.title())
        .containsEntry("en", "Parts of a report were held back from you")
        .containsEntry("cy", "Cafodd rhannau o adroddiad eu cadw’n ôl oddi wrthych");
    assertThat(rhian.body())
        .containsEntry(
            "en",
            "Some parts of a report for the first meeting (initial conference) on Wednesday 25"
                + " March 2026 at 10am were held back from your copy. This is to keep people safe."
                + " The reason is below.")
        .containsEntry(
            "cy",
            "Cafodd rhai rhannau o adroddiad ar gyfer y cyfarfod cyntaf (cynhadledd gychwynnol) ar"
                + " 25 Mawrth 2026 am 10:00 eu cadw’n ôl o’ch copi chi. Mae hyn er mwyn cadw pobl"
                + " yn ddiogel. Mae’r rheswm isod.");
    assertThat(rhian.links())
        .containsEntry("meetingId", DemoJourney.ICPC)
        .containsEntry("reportId", Projections.REPORT);
    assertThat(rhian.flagged()).isTrue();
    // The report's title and the reason are the worker's words: quoted, never in the text.
    assertThat(rhian.quotes())
        .extracting(
            TimelineEntry.Quoted::by,
            TimelineEntry.Quoted::label,
            TimelineEntry.Quoted::lang,
            TimelineEntry.Quoted::text)
        .containsExactly(
            Tuple.tuple("WORKER", "report", "en", "Social work report"),
            Tuple.tuple("WORKER", "reason", "en", WHERE_ALEX_LIVES.en()),
            Tuple.tuple("WORKER", "reason", "cy", WHERE_ALEX_LIVES.cy()));

    for (String staff : List.of(TimelineView.workerId(CASE), TimelineView.chairId(CASE))) {
      TimelineEntry told = timeline(staff).entries().get(0);
      assertThat(told.kind()).as(staff).isEqualTo("REPORT_REDACTED");
      assertThat(told.title())
          .containsEntry("en", "Parts of a report held back from Rhian Morgan")
          .containsEntry("cy", "Rhannau o adroddiad wedi’u cadw’n ôl oddi wrth Rhian Morgan");
      assertThat(told.body())
          .containsEntry(
              "en",
              "Rhian Morgan’s copy of the report for the first meeting (initial conference) on"
                  + " Wednesday 25 March 2026 at 10am has parts held back. The reason below is"
                  + " shown to Rhian Morgan, not to the rest of the family.")
          .containsEntry(
              "cy",
              "Mae rhannau o gopi Rhian Morgan o’r adroddiad ar gyfer y cyfarfod cyntaf (cynhadledd"
                  + " gychwynnol) ar 25 Mawrth 2026 am 10:00 wedi’u cadw’n ôl. Mae’r rheswm isod yn"
                  + " cael ei ddangos i Rhian Morgan, nid i weddill y teulu.");
      assertThat(told.links()).containsEntry("reportId", Projections.REPORT);
      assertThat(told.flagged()).isTrue();
      assertThat(told.quotes())
          .extracting(TimelineEntry.Quoted::text)
          .containsExactly("Social work report", WHERE_ALEX_LIVES.en(), WHERE_ALEX_LIVES.cy());
    }

    // The other parent, who had the same report, and the young person are not told.
    assertThat(stored(TimelineView.familyId(CASE, ALEX))).isEqualTo(alexBefore);
    assertThat(stored(TimelineView.familyId(CASE, TAYLOR))).isEqualTo(taylorBefore);

    Map<String, String> once = store.all(TimelineView.COLLECTION);
    Feed.all(projection, events);
    assertThat(store.all(TimelineView.COLLECTION)).isEqualTo(once);
  }

  @Test
  void aRedactionOfTheYoungPersonsCopyReachesThemInTheirOwnWordsAndStaffButNotTheParents() {
    Object shared = Projections.sharedWith("r-school", "School report", TAYLOR, 9);
    Feed.all(projection, Projections.beforeTheConferenceThen(shared));
    String alexBefore = stored(TimelineView.familyId(CASE, ALEX));
    String rhianBefore = stored(TimelineView.familyId(CASE, RHIAN));
    List<org.axonframework.eventhandling.DomainEventMessage<?>> events =
        Projections.beforeTheConferenceThen(
            shared,
            Projections.redacted(
                "r-school", TAYLOR, BilingualText.en("A friend’s name is held back."), 11));
    Feed.all(projection, events);

    TimelineEntry taylor = family(TAYLOR).entries().get(0);
    assertThat(taylor.kind()).isEqualTo("REPORT_REDACTED");
    assertThat(taylor.title())
        .containsEntry("en", "Some parts of a report were kept back")
        .containsEntry("cy", "Cafodd rhai rhannau o adroddiad eu cadw’n ôl");
    assertThat(taylor.body())
        .containsEntry(
            "en",
            "Some parts of a report were kept out of your copy. This is to keep people safe. The"
                + " reason is below.")
        .containsEntry(
            "cy",
            "Cafodd rhai rhannau o adroddiad eu cadw allan o dy gopi di. Mae hyn er mwyn cadw"
                + " pobl yn ddiogel. Mae’r rheswm isod.");
    assertThat(taylor.links()).containsEntry("reportId", "r-school");
    // No Welsh reason yet: only the English is quoted.
    assertThat(taylor.quotes())
        .extracting(TimelineEntry.Quoted::label, TimelineEntry.Quoted::lang)
        .containsExactly(Tuple.tuple("report", "en"), Tuple.tuple("reason", "en"));
    for (String staff : List.of(TimelineView.workerId(CASE), TimelineView.chairId(CASE))) {
      assertThat(timeline(staff).entries().get(0).title().get("en"))
          .as(staff)
          .isEqualTo("Parts of a report held back from Taylor Morgan");
    }
    assertThat(stored(TimelineView.familyId(CASE, ALEX))).isEqualTo(alexBefore);
    assertThat(stored(TimelineView.familyId(CASE, RHIAN))).isEqualTo(rhianBefore);

    Map<String, String> once = store.all(TimelineView.COLLECTION);
    Feed.all(projection, events);
    assertThat(store.all(TimelineView.COLLECTION)).isEqualTo(once);
  }

  @Test
  void aRedactionWhoseWordsCanNoLongerBeReadIsShownWithoutThemAndWithoutInventedOnes() {
    Feed.all(
        projection,
        Erasure.unreadable(
            Projections.beforeTheConferenceThen(
                Projections.redacted(Projections.REPORT, RHIAN, WHERE_ALEX_LIVES, 10))));
    TimelineEntry rhian = family(RHIAN).entries().get(0);
    assertThat(rhian.kind()).isEqualTo("REPORT_REDACTED");
    assertThat(rhian.quotes()).isEmpty();
    assertThat(rhian.body().get("en")).doesNotContain("null");
    TimelineEntry worker = timeline(TimelineView.workerId(CASE)).entries().get(0);
    assertThat(worker.quotes()).isEmpty();
    assertThat(worker.title().get("en")).isEqualTo("Parts of a report held back from ");
  }

  @Test
  void redeliveringEveryEventChangesNoTimeline() {
    Feed.all(projection, Projections.journey());
    Map<String, String> once = store.all(TimelineView.COLLECTION);
    Feed.all(projection, Projections.journey());
    assertThat(store.all(TimelineView.COLLECTION)).isEqualTo(once);
  }

  @Test
  void resettingClearsTimelinesAndTheCaseFacts() {
    Feed.all(projection, Projections.first(3));
    projection.reset();
    assertThat(store.all(TimelineView.COLLECTION)).isEmpty();
    assertThat(store.all(TimelineProjection.CASES)).isEmpty();
  }

  private static List<String> links(TimelineView timeline, String name) {
    return timeline.entries().stream()
        .map(e -> e.links().get(name))
        .filter(id -> id != null)
        .toList();
  }

  private static TimelineEntry entry(TimelineView timeline, String kind) {
    return timeline.entries().stream().filter(e -> e.kind().equals(kind)).findFirst().orElseThrow();
  }

  @Test
  void erasingTheCaseRemovesEveryTimelineOfItAndLeavesAnotherCaseAsItWas() {
    Erasure.assertErasureLeavesTheOtherCaseAlone(projection, store);
    assertThat(store.all(TimelineView.COLLECTION).keySet())
        .isNotEmpty()
        .allMatch(id -> id.startsWith(Erasure.OTHER + ":"));
    assertThat(store.all(TimelineProjection.CASES)).containsOnlyKeys(Erasure.OTHER);
  }

  @Test
  void anErasedCasesEventsReadAgainAfterItsErasureChangeNothing() {
    Erasure.assertRedeliveryChangesNothing(projection, store);
  }
}
