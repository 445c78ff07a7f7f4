package casejourney.projections.dashboard;

import static casejourney.projections.support.Projections.CASE;
import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.BilingualText;
import casejourney.api.DisputeAnswer;
import casejourney.api.DisputedItem;
import casejourney.api.ExclusionScope;
import casejourney.api.WelshText;
import casejourney.api.events.ChairRespondedToViewsEvent;
import casejourney.api.events.DisputeRaisedEvent;
import casejourney.api.events.WelshTextAddedEvent;
import casejourney.api.views.ViewJson;
import casejourney.api.views.WorkerCaseloadView;
import casejourney.api.views.WorkerDashboardView;
import casejourney.api.views.WorkerDashboardView.CaseloadItem;
import casejourney.api.views.WorkerDashboardView.MissingTranslation;
import casejourney.api.views.WorkerDashboardView.WaitingDispute;
import casejourney.projections.support.DemoJourney;
import casejourney.projections.support.Erasure;
import casejourney.projections.support.Feed;
import casejourney.projections.support.InMemoryViewStore;
import casejourney.projections.support.Projections;
import casejourney.projections.support.Sequences;
import casejourney.projections.support.WelshJourney;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

class WorkerDashboardProjectionTest {

  private final InMemoryViewStore store = new InMemoryViewStore();
  private final WorkerDashboardProjection projection =
      new WorkerDashboardProjection(store, Projections.RULES);

  /** The dashboard as the portal puts it together: the caseload, then each case's item. */
  private WorkerDashboardView dashboard(String worker) {
    WorkerCaseloadView caseload =
        store.get(WorkerCaseloadView.COLLECTION, worker, WorkerCaseloadView.class);
    return WorkerDashboardView.of(
        caseload,
        caseload.caseIds().stream()
            .map(id -> store.get(CaseloadItem.COLLECTION, id, CaseloadItem.class))
            .toList());
  }

  private CaseloadItem item(String worker) {
    return dashboard(worker).cases().stream()
        .filter(c -> c.caseId().equals(CASE))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aYoungPersonsMissingChoiceShowsUntilTheyChoose() {
    Feed.all(projection, Projections.first(8));
    assertThat(item("worker").missingChoices())
        .singleElement()
        .satisfies(m -> assertThat(m.meetingId()).isEqualTo("m-icpc"));
    Feed.all(projection, Projections.first(9));
    assertThat(item("worker").missingChoices()).isEmpty();
  }

  @Test
  void aMissingChoiceSaysWhetherTheYoungPersonIsInvitedYet() {
    // Scheduled, and only the parents invited so far: Taylor cannot choose until invited.
    Feed.all(projection, Projections.first(5));
    assertThat(item("worker").missingChoices())
        .singleElement()
        .satisfies(m -> assertThat(m.invited()).isFalse());
    Feed.all(projection, Projections.first(6));
    assertThat(item("worker").missingChoices())
        .singleElement()
        .satisfies(m -> assertThat(m.invited()).isTrue());
  }

  @Test
  void theCaseMovesToTheNewWorkersDashboard() {
    Feed.all(projection, Projections.journey());
    assertThat(dashboard("worker").cases()).isEmpty();
    assertThat(item("worker-2").childName()).isEqualTo("Taylor Morgan");
  }

  @Test
  void showsUnacknowledgedPlansLateReportsClocksAndMissingWelsh() {
    Feed.all(projection, Projections.journey());
    CaseloadItem item = item("worker-2");
    assertThat(item.plansNotAcknowledged())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.version()).isEqualTo(2);
              assertThat(p.names()).containsExactly("Rhian Morgan");
            });
    assertThat(item.lateReports())
        .singleElement()
        .satisfies(r -> assertThat(r.workingDaysLate()).isEqualTo(2));
    assertThat(item.clocks()).isNotEmpty();
    assertThat(item.missingTranslations())
        .extracting(MissingTranslation::what, MissingTranslation::ref)
        .contains(
            org.assertj.core.groups.Tuple.tuple("PLAN_EXPECTATION", "e-course"),
            org.assertj.core.groups.Tuple.tuple("PLAN_CHANGE_REASON", "e-course"),
            org.assertj.core.groups.Tuple.tuple("MEETING_CANCELLED_REASON", "m-core"),
            org.assertj.core.groups.Tuple.tuple("OUTCOME_REASONS", "m-icpc"))
        .doesNotContain(org.assertj.core.groups.Tuple.tuple("PLAN_EXPECTATION", "e-fgc"));
  }

  @Test
  void redeliveringEveryEventChangesNothing() {
    Feed.all(projection, Projections.journey());
    Map<String, String> caseloads = store.all(WorkerCaseloadView.COLLECTION);
    Map<String, String> items = store.all(CaseloadItem.COLLECTION);
    Feed.all(projection, Projections.journey());
    assertThat(store.all(WorkerCaseloadView.COLLECTION)).isEqualTo(caseloads);
    assertThat(store.all(CaseloadItem.COLLECTION)).isEqualTo(items);
  }

  @Test
  void aCaseEventRewritesItsOwnItemButNotTheCaseload() {
    Feed.all(projection, Projections.first(3));
    Map<String, String> caseloads = store.all(WorkerCaseloadView.COLLECTION);
    Map<String, String> items = store.all(CaseloadItem.COLLECTION);
    Feed.all(projection, Projections.first(8));
    assertThat(store.all(WorkerCaseloadView.COLLECTION)).isEqualTo(caseloads);
    assertThat(store.all(CaseloadItem.COLLECTION)).isNotEqualTo(items);
    assertThat(dashboard("worker").cases()).extracting(CaseloadItem::caseId).containsExactly(CASE);
  }

  @Test
  void anExclusionIsFoldedIntoTheDashboardsOwnCopyOfTheCase() {
    Feed.all(
        projection,
        Projections.beforeTheConferenceThen(
            Projections.excluded(
                DemoJourney.ALEX,
                ExclusionScope.PART_OF_MEETING,
                BilingualText.en("Taylor wants to talk alone."),
                10)));
    DashboardCase copy = store.get(DashboardCase.COLLECTION, CASE, DashboardCase.class);
    assertThat(copy.overview().meetings().get(0).exclusions())
        .singleElement()
        .satisfies(x -> assertThat(x.personId()).isEqualTo(DemoJourney.ALEX));
    assertThat(item("worker").lastSequence()).isEqualTo(12);
    // The reason has no Welsh yet: a task for the worker, as other worker-written text is.
    assertThat(item("worker").missingTranslations())
        .contains(
            new MissingTranslation(
                "EXCLUSION_REASON",
                DemoJourney.ICPC,
                DemoJourney.ALEX,
                null,
                "Taylor wants to talk alone."));
  }

  @Test
  void aRedactionReasonWithNoWelshIsATranslationToAddAndOneWithWelshIsNot() {
    Feed.all(
        projection,
        Projections.beforeTheConferenceThen(
            Projections.redacted(
                Projections.REPORT,
                DemoJourney.RHIAN,
                BilingualText.en("The part about where Alex now lives is held back."),
                10),
            Projections.redacted(
                Projections.REPORT,
                DemoJourney.ALEX,
                new BilingualText(
                    "A phone number is held back.", "Mae rhif ffôn wedi’i gadw’n ôl."),
                11)));
    assertThat(item("worker").missingTranslations())
        .contains(
            new MissingTranslation(
                "REDACTION_REASON",
                DemoJourney.ICPC,
                DemoJourney.RHIAN,
                Projections.REPORT,
                "The part about where Alex now lives is held back."))
        .extracting(MissingTranslation::english)
        .doesNotContain("A phone number is held back.");
  }

  @Test
  void aWithdrawnExclusionLeavesNoTranslationToDo() {
    Feed.all(
        projection,
        Projections.beforeTheConferenceThen(
            Projections.excluded(
                DemoJourney.ALEX,
                ExclusionScope.PART_OF_MEETING,
                BilingualText.en("Taylor wants to talk alone."),
                10),
            Projections.withdrawn(DemoJourney.ALEX, 11)));
    assertThat(item("worker").missingTranslations())
        .extracting(MissingTranslation::what)
        .doesNotContain("EXCLUSION_REASON");
  }

  private static DisputeRaisedEvent rhianSaysTheReportIsWrong() {
    return Projections.disputed(
        "d-report",
        DemoJourney.RHIAN,
        DisputedItem.REPORT,
        "The report says I missed the appointment.",
        null,
        9);
  }

  @Test
  void aDisputeWaitsWithThePersonsNameAndItsDueDayUntilItIsAnswered() {
    DisputeRaisedEvent taylor =
        Projections.disputed(
            "d-other", DemoJourney.TAYLOR, DisputedItem.OTHER, "My school is wrong.", null, 10);
    List<DomainEventMessage<?>> events =
        Projections.journeyThen(
            rhianSaysTheReportIsWrong(),
            taylor,
            Projections.answered(
                "d-report",
                DemoJourney.RHIAN,
                DisputeAnswer.CORRECTED,
                new BilingualText("You were there.", "Roeddech chi yno."),
                9));
    Feed.all(projection, Projections.journey());
    assertThat(item("worker-2").disputesWaiting()).isEmpty();

    Feed.all(projection, events.subList(0, events.size() - 1));
    assertThat(item("worker-2").disputesWaiting())
        .containsExactly(
            new WaitingDispute(
                "d-report",
                DemoJourney.RHIAN,
                "Rhian Morgan",
                DisputedItem.REPORT,
                Instant.parse("2026-04-20T09:00:00Z"),
                LocalDate.of(2026, 5, 20),
                false),
            new WaitingDispute(
                "d-other",
                DemoJourney.TAYLOR,
                "Taylor Morgan",
                DisputedItem.OTHER,
                Instant.parse("2026-04-20T10:00:00Z"),
                LocalDate.of(2026, 5, 20),
                false));

    Feed.all(projection, events);
    assertThat(item("worker-2").disputesWaiting())
        .extracting(WaitingDispute::disputeId)
        .containsExactly("d-other");
    Map<String, String> items = store.all(CaseloadItem.COLLECTION);
    Feed.all(projection, events);
    assertThat(store.all(CaseloadItem.COLLECTION)).isEqualTo(items);
  }

  @Test
  void anAnswerWithNoWelshIsATranslationToAddUntilItIsGivenAgainWithWelsh() {
    List<DomainEventMessage<?>> events =
        Projections.journeyThen(
            rhianSaysTheReportIsWrong(),
            Projections.answered(
                "d-report",
                DemoJourney.RHIAN,
                DisputeAnswer.NOT_CHANGED,
                BilingualText.en("The nurse’s note says you did not come."),
                9),
            Projections.answered(
                "d-report",
                DemoJourney.RHIAN,
                DisputeAnswer.NOT_CHANGED,
                new BilingualText(
                    "The nurse’s note says you did not come.",
                    "Mae nodyn y nyrs yn dweud na ddaethoch chi."),
                15));
    Feed.all(projection, events.subList(0, events.size() - 1));
    assertThat(item("worker-2").missingTranslations())
        .contains(
            new MissingTranslation(
                "DISPUTE_ANSWER", "d-report", "The nurse’s note says you did not come."));
    assertThat(item("worker-2").disputesWaiting()).isEmpty();

    Feed.all(projection, events);
    assertThat(item("worker-2").missingTranslations())
        .extracting(MissingTranslation::what)
        .doesNotContain("DISPUTE_ANSWER");
  }

  @Test
  void moreTimeMovesTheDueDayAndAnEnglishOnlyReasonIsATranslationToAddUntilItIsAnswered() {
    Object[] extended = {
      rhianSaysTheReportIsWrong(),
      Projections.disputed(
          "d-other", DemoJourney.TAYLOR, DisputedItem.OTHER, "My school is wrong.", null, 10),
      Projections.extended(
          "d-report",
          DemoJourney.RHIAN,
          BilingualText.en("We need the clinic’s list, which takes six weeks."),
          10),
      Projections.extended(
          "d-other",
          DemoJourney.TAYLOR,
          new BilingualText("We need to ask your school.", "Mae angen i ni ofyn i dy ysgol."),
          11)
    };
    Feed.all(projection, Projections.journeyThen(extended));
    assertThat(item("worker-2").disputesWaiting())
        .containsExactly(
            new WaitingDispute(
                "d-report",
                DemoJourney.RHIAN,
                "Rhian Morgan",
                DisputedItem.REPORT,
                Instant.parse("2026-04-20T09:00:00Z"),
                LocalDate.of(2026, 7, 20),
                true),
            new WaitingDispute(
                "d-other",
                DemoJourney.TAYLOR,
                "Taylor Morgan",
                DisputedItem.OTHER,
                Instant.parse("2026-04-20T10:00:00Z"),
                LocalDate.of(2026, 7, 20),
                true));
    // Only the reason with no Welsh waits for a translation.
    assertThat(item("worker-2").missingTranslations())
        .filteredOn(t -> t.what().equals("DISPUTE_EXTENSION_REASON"))
        .containsExactly(
            new MissingTranslation(
                "DISPUTE_EXTENSION_REASON",
                "d-report",
                "We need the clinic’s list, which takes six weeks."));

    List<Object> answered = new java.util.ArrayList<>(List.of(extended));
    answered.add(
        Projections.answered(
            "d-report",
            DemoJourney.RHIAN,
            DisputeAnswer.CORRECTED,
            new BilingualText("You were there.", "Roeddech chi yno."),
            15));
    Feed.all(projection, Projections.journeyThen(answered.toArray()));
    assertThat(item("worker-2").missingTranslations())
        .extracting(MissingTranslation::what)
        .doesNotContain("DISPUTE_EXTENSION_REASON");
  }

  @Test
  void aCaseloadItemWrittenBeforeDisputesExistedReadsAsNoneWaiting() throws Exception {
    Feed.all(projection, Projections.journey());
    ObjectNode old =
        (ObjectNode) ViewJson.mapper().readTree(store.all(CaseloadItem.COLLECTION).get(CASE));
    old.remove("disputesWaiting");
    store.save(CaseloadItem.COLLECTION, CASE, old);
    assertThat(item("worker-2").disputesWaiting()).isNull();
    assertThat(item("worker-2").disputesWaitingOrNone()).isEmpty();
    // So does the dashboard's own copy of the case, which then takes the first one.
    ObjectNode copy =
        (ObjectNode) ViewJson.mapper().readTree(store.all(DashboardCase.COLLECTION).get(CASE));
    ((ObjectNode) copy.get("overview")).remove("disputes");
    store.save(DashboardCase.COLLECTION, CASE, copy);
    Feed.all(projection, Projections.journeyThen(rhianSaysTheReportIsWrong()));
    assertThat(item("worker-2").disputesWaiting())
        .extracting(WaitingDispute::name)
        .containsExactly("Rhian Morgan");
  }

  @Test
  void erasingTheCaseRemovesItsItemAndTakesItOffTheCaseloadAndLeavesAnotherCaseAsItWas() {
    Erasure.assertErasureLeavesTheOtherCaseAlone(projection, store);
    assertThat(dashboard("worker-2").cases())
        .extracting(CaseloadItem::caseId)
        .containsExactly(Erasure.OTHER);
    assertThat(store.all(CaseloadItem.COLLECTION)).containsOnlyKeys(Erasure.OTHER);
    assertThat(store.all("worker_dashboard_cases")).containsOnlyKeys(Erasure.OTHER);
  }

  @Test
  void anErasedCasesEventsReadAgainAfterItsErasureChangeNothing() {
    Erasure.assertRedeliveryChangesNothing(projection, store);
  }

  @Test
  void eachTextWithoutWelshIsATaskNamingWhatTheWorkerNeedsToAddIt() {
    Feed.all(projection, WelshJourney.untranslated());
    assertThat(item("worker-2").missingTranslations())
        .extracting(
            MissingTranslation::what,
            MissingTranslation::ref,
            MissingTranslation::personId,
            MissingTranslation::reportId)
        .containsExactlyInAnyOrder(
            Tuple.tuple("PLAN_EXPECTATION", "e-course", null, null),
            Tuple.tuple("PLAN_CHANGE_REASON", "e-course", null, null),
            Tuple.tuple("PLAN_HOW_WE_KNOW", "e-course", null, null),
            Tuple.tuple("PLAN_SUPPORT", "e-course", null, null),
            Tuple.tuple("MEETING_CANCELLED_REASON", DemoJourney.CORE_GROUP, null, null),
            Tuple.tuple("OUTCOME_REASONS", DemoJourney.ICPC, null, null),
            Tuple.tuple("EXCLUSION_REASON", DemoJourney.ICPC, DemoJourney.ALEX, null),
            Tuple.tuple(
                "REDACTION_REASON", DemoJourney.ICPC, DemoJourney.RHIAN, Projections.REPORT),
            Tuple.tuple("DISPUTE_ANSWER", WelshJourney.DISPUTE, null, null),
            Tuple.tuple("CASE_CLOSED_REASON", CASE, null, null));
  }

  @Test
  void eachTaskGoesWhenItsWelshIsAddedAndTheOthersStay() {
    List<WelshTextAddedEvent> welsh = WelshJourney.translations();
    for (int i = 0; i < welsh.size(); i++) {
      Feed.all(projection, WelshJourney.untranslatedThen(welsh.subList(0, i + 1).toArray()));
      List<MissingTranslation> tasks = item("worker-2").missingTranslations();
      for (int j = 0; j < welsh.size(); j++) {
        WelshTextAddedEvent e = welsh.get(j);
        boolean stillThere =
            tasks.stream()
                .anyMatch(
                    t ->
                        t.what().equals(e.kind().name())
                            && t.ref().equals(e.ref())
                            && java.util.Objects.equals(t.personId(), e.personId())
                            && java.util.Objects.equals(t.reportId(), e.reportId()));
        if (j <= i) {
          assertThat(stillThere).as("%s after its Welsh", e.kind()).isFalse();
        }
      }
      assertThat(tasks).as("after %s", welsh.get(i).kind()).hasSize(remaining(welsh, i));
    }
    assertThat(item("worker-2").missingTranslations()).isEmpty();
  }

  /**
   * The tasks of {@link #eachTextWithoutWelshIsATaskNamingWhatTheWorkerNeedsToAddIt} still open.
   */
  private static int remaining(List<WelshTextAddedEvent> welsh, int done) {
    List<String> open =
        List.of(
            "PLAN_EXPECTATION",
            "PLAN_CHANGE_REASON",
            "PLAN_HOW_WE_KNOW",
            "PLAN_SUPPORT",
            "MEETING_CANCELLED_REASON",
            "OUTCOME_REASONS",
            "EXCLUSION_REASON",
            "REDACTION_REASON",
            "DISPUTE_ANSWER",
            "CASE_CLOSED_REASON");
    return (int)
        open.stream()
            .filter(
                what ->
                    welsh.subList(0, done + 1).stream()
                        .noneMatch(e -> e.kind().name().equals(what)))
            .count();
  }

  @Test
  void welshAddedLaterLeavesTheItemAsIfItHadBeenWrittenWithTheEnglish() {
    Feed.all(projection, WelshJourney.givenAtFirst());
    CaseloadItem givenAtFirst = item("worker-2");
    DashboardCase copyGivenAtFirst = store.get(DashboardCase.COLLECTION, CASE, DashboardCase.class);
    reset();
    Feed.all(projection, WelshJourney.translated());
    assertThat(Sequences.without(item("worker-2"))).isEqualTo(Sequences.without(givenAtFirst));
    assertThat(Sequences.without(store.get(DashboardCase.COLLECTION, CASE, DashboardCase.class)))
        .isEqualTo(Sequences.without(copyGivenAtFirst));
  }

  @Test
  void onlyTheLatestResponseToTheYoungPersonIsATaskForItIsTheOneWelshCanBeAddedTo() {
    Object first =
        new ChairRespondedToViewsEvent(
            CASE,
            DemoJourney.ICPC,
            DemoJourney.TAYLOR,
            BilingualText.en("We will talk again soon."),
            Instant.parse("2026-04-02T10:00:00Z"));
    Object second =
        new ChairRespondedToViewsEvent(
            CASE,
            DemoJourney.ICPC,
            DemoJourney.TAYLOR,
            BilingualText.en("We talked to your school."),
            Instant.parse("2026-04-03T10:00:00Z"));
    Feed.all(projection, Projections.journeyThen(first, second));
    assertThat(item("worker-2").missingTranslations())
        .filteredOn(t -> t.what().equals("CHAIR_RESPONSE"))
        .containsExactly(
            new MissingTranslation(
                "CHAIR_RESPONSE",
                DemoJourney.ICPC,
                DemoJourney.TAYLOR,
                null,
                "We talked to your school."));
    Feed.all(
        projection,
        Projections.journeyThen(
            first,
            second,
            new WelshTextAddedEvent(
                CASE,
                WelshText.CHAIR_RESPONSE,
                DemoJourney.ICPC,
                DemoJourney.TAYLOR,
                null,
                "Siaradon ni â dy ysgol.",
                Instant.parse("2026-04-04T10:00:00Z"))));
    assertThat(item("worker-2").missingTranslations())
        .extracting(MissingTranslation::what)
        .doesNotContain("CHAIR_RESPONSE");
  }

  @Test
  void aNewPlanVersionAfterTheWelshBringsItsOwnTasks() {
    List<DomainEventMessage<?>> events =
        WelshJourney.untranslatedThen(
            WelshJourney.welsh(WelshText.PLAN_EXPECTATION, "Mynd i’r cwrs", 1),
            new casejourney.api.events.PlanVersionPublishedEvent(
                CASE,
                3,
                DemoJourney.planV2(),
                List.of(),
                Map.of(),
                null,
                null,
                DemoJourney.PRIYA,
                Instant.parse("2026-06-02T10:00:00Z"),
                null));
    Feed.all(projection, events.subList(0, events.size() - 1));
    assertThat(item("worker-2").missingTranslations())
        .extracting(MissingTranslation::what)
        .doesNotContain("PLAN_EXPECTATION")
        .contains("PLAN_CHANGE_REASON");
    Feed.all(projection, events);
    // Version 3 was written without it again, and has no changes to give reasons for.
    assertThat(item("worker-2").missingTranslations())
        .extracting(MissingTranslation::what)
        .contains("PLAN_EXPECTATION")
        .doesNotContain("PLAN_CHANGE_REASON");
  }

  @Test
  void welshDeliveredAgainOrForTextTheCaseDoesNotHoldOrUnreadableChangesNoTask() {
    Feed.all(projection, WelshJourney.translated());
    Map<String, String> items = store.all(CaseloadItem.COLLECTION);
    Feed.all(projection, WelshJourney.translated());
    assertThat(store.all(CaseloadItem.COLLECTION)).isEqualTo(items);

    reset();
    Feed.all(projection, WelshJourney.untranslated());
    CaseloadItem before = item("worker-2");
    Feed.all(
        projection,
        WelshJourney.untranslatedThen(
            new WelshTextAddedEvent(
                CASE, WelshText.PLAN_EXPECTATION, "e-unknown", null, null, "Cymraeg", null),
            new WelshTextAddedEvent(
                CASE,
                WelshText.EXCLUSION_REASON,
                DemoJourney.ICPC,
                "p-nobody",
                null,
                "Cymraeg",
                null),
            new WelshTextAddedEvent(
                CASE, WelshText.DISPUTE_ANSWER, "d-unknown", null, null, "Cymraeg", null)));
    assertThat(Sequences.without(item("worker-2"))).isEqualTo(Sequences.without(before));

    reset();
    Feed.all(projection, Erasure.unreadable(WelshJourney.translated()));
    assertThat(item("worker-2").missingTranslations()).isEmpty();
    assertThat(Sequences.without(item("worker-2")))
        .isEqualTo(Sequences.without(unreadableUntranslated()));
  }

  /** The item of the untranslated journey, read with the case's key destroyed. */
  private CaseloadItem unreadableUntranslated() {
    InMemoryViewStore other = new InMemoryViewStore();
    Feed.all(
        new WorkerDashboardProjection(other, Projections.RULES),
        Erasure.unreadable(WelshJourney.untranslated()));
    return other.get(CaseloadItem.COLLECTION, CASE, CaseloadItem.class);
  }

  private void reset() {
    projection.reset();
  }
}
