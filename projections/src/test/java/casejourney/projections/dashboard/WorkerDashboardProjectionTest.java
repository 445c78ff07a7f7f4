package casejourney.projections.dashboard;

import static casejourney.projections.support.Projections.CASE;
import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.BilingualText;
import casejourney.api.DisputeAnswer;
import casejourney.api.DisputedItem;
import casejourney.api.ExclusionScope;
import casejourney.api.events.DisputeRaisedEvent;
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
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
                "EXCLUSION_REASON", DemoJourney.ICPC, "Taylor wants to talk alone."));
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
}
