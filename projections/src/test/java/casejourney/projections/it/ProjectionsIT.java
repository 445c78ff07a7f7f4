package casejourney.projections.it;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.BilingualText;
import casejourney.api.DisputeAnswer;
import casejourney.api.DisputedItem;
import casejourney.api.WelshText;
import casejourney.api.events.DisputeAnswerExtendedEvent;
import casejourney.api.events.DisputeAnsweredEvent;
import casejourney.api.events.DisputeRaisedEvent;
import casejourney.api.events.ExpectationMetEvent;
import casejourney.api.events.PlanVersionPublishedEvent;
import casejourney.api.events.WelshTextAddedEvent;
import casejourney.api.personal.JdbcCaseKeys;
import casejourney.api.views.AccessView;
import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.ExpectationLedgerView;
import casejourney.api.views.PlanHistoryView;
import casejourney.api.views.StatutoryClocksView;
import casejourney.api.views.TimelineView;
import casejourney.api.views.ViewJson;
import casejourney.api.views.WorkerCaseloadView;
import casejourney.api.views.WorkerDashboardView.CaseloadItem;
import casejourney.api.views.WorkerDashboardView.MissingTranslation;
import casejourney.infra.embedded.EmbeddedStack;
import casejourney.projections.ProcessingGroups;
import casejourney.projections.erasure.ErasedCases;
import casejourney.projections.ops.DeadLetterGauges;
import casejourney.projections.ops.ProcessorLag;
import casejourney.projections.ops.ProjectionInterceptor;
import casejourney.projections.support.DemoJourney;
import casejourney.projections.support.Erasure;
import casejourney.projections.support.ReadModelProbe;
import casejourney.projections.support.SealingKeys;
import casejourney.projections.support.TopicPublisher;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.common.utils.Utils;
import org.assertj.core.groups.Tuple;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The real embedded Kafka broker and MongoDB wire server: journeys published as case-service
 * publishes them come out as read models, redelivery and replay change nothing, an erased case
 * leaves nothing behind, and a failing case waits in the dead-letter queue while other cases flow.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
// Metrics are exported in tests too, so /actuator/prometheus is served as in production.
@AutoConfigureObservability(tracing = false)
@Import(ProjectionsIT.Poison.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProjectionsIT {

  static final EmbeddedStack STACK = EmbeddedStack.shared();
  static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  static final String TOPIC = "casejourney.case-events.it-" + RUN;
  static final int PARTITIONS = 3;
  static final String CASE_A = "case-a-" + RUN;
  static final String CASE_B = "case-b-" + RUN;
  static final String POISON = "case-poison-" + RUN;
  static final String CASE_C = "case-c-" + RUN;
  // The words of the disputes that follow each journey (see journey).
  static final String RHIAN_SAYS = "Mae’r adroddiad yn dweud fy mod i wedi colli’r apwyntiad.";
  static final String KEPT_BECAUSE = "The nurse’s note says you did not come.";
  static final List<String> VIEWS =
      List.of(
          TimelineView.COLLECTION,
          PlanHistoryView.COLLECTION,
          ExpectationLedgerView.COLLECTION,
          StatutoryClocksView.COLLECTION,
          WorkerCaseloadView.COLLECTION,
          CaseloadItem.COLLECTION,
          CaseOverviewView.COLLECTION,
          AccessView.COLLECTION,
          "timeline_cases",
          "worker_dashboard_cases");
  static final String OPERATOR = STACK.tokenClient().bearer("operator");
  // Sealed as case-service seals them (ADR 0011), with keys in the stack's PostgreSQL.
  static final JdbcCaseKeys KEYS = SealingKeys.in(STACK);
  static final TopicPublisher PUBLISHER =
      new TopicPublisher(STACK.kafkaBootstrapServers(), TOPIC, KEYS);

  @TestConfiguration
  static class Poison {
    @Bean
    PoisonHandler poisonHandler() {
      return new PoisonHandler();
    }
  }

  @DynamicPropertySource
  static void stack(DynamicPropertyRegistry registry) {
    STACK.kafka().createTopic(TOPIC, PARTITIONS);
    registry.add("spring.data.mongodb.uri", () -> STACK.mongoConnectionString());
    registry.add("spring.data.mongodb.database", () -> "projections_it_" + RUN);
    registry.add("axon.kafka.bootstrap-servers", STACK::kafkaBootstrapServers);
    registry.add("axon.kafka.default-topic", () -> TOPIC);
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", STACK::issuer);
    registry.add("casejourney.keys.jdbc-url", STACK::jdbcUrl);
    // Asked on every value, so the replay below sees the key destroyed at once.
    registry.add("casejourney.keys.remember", () -> "PT0S");
    registry.add("casejourney.lag-interval", () -> "PT0.2S");
  }

  @Autowired MongoDatabase db;
  @Autowired WebTestClient web;
  @Autowired MeterRegistry meters;
  @Autowired PoisonHandler poison;

  @AfterAll
  static void closePublisher() {
    PUBLISHER.close();
  }

  @Test
  @Order(1)
  void aJourneyOnTheTopicBuildsEveryReadModelAndAnUnknownEventTypeIsSkipped() {
    PUBLISHER.publishUnknownType(
        DemoJourney.messages("case-future-" + RUN).get(0),
        "casejourney.api.events.SomethingNewEvent");
    PUBLISHER.publish(journey(CASE_A));
    awaitCaseComplete(CASE_A, journey(CASE_A));

    TimelineView alex =
        view(
            TimelineView.COLLECTION,
            TimelineView.familyId(CASE_A, DemoJourney.ALEX),
            TimelineView.class);
    assertThat(alex.entries())
        .extracting(e -> e.kind())
        .contains("PLAN_UPDATED", "REPORT_SHARED", "WORKER_CHANGED");
    assertThat(alex.entries()).noneMatch(e -> e.links().containsKey("contributionId"));
    assertDisputes(CASE_A);
    assertWelshAddedLater(CASE_A);
    PlanHistoryView plans = view(PlanHistoryView.COLLECTION, CASE_A, PlanHistoryView.class);
    assertThat(plans.versions().get(1).changes())
        .anySatisfy(
            c -> {
              assertThat(c.flagged()).isTrue();
              assertThat(c.reason().en()).isNotBlank();
            });
    assertThat(view(ExpectationLedgerView.COLLECTION, CASE_A, ExpectationLedgerView.class).family())
        .hasSize(1);
    assertThat(view(StatutoryClocksView.COLLECTION, CASE_A, StatutoryClocksView.class).missed())
        .hasSize(2);
    assertThat(view(WorkerCaseloadView.COLLECTION, "worker-2", WorkerCaseloadView.class).caseIds())
        .contains(CASE_A);
    assertThat(view(CaseloadItem.COLLECTION, CASE_A, CaseloadItem.class).childName()).isNotBlank();
    assertThat(view(AccessView.COLLECTION, "parent-b", AccessView.class).cases())
        .anySatisfy(c -> assertThat(c.caseId()).isEqualTo(CASE_A));
    // Groups whose handlers all take concrete event types never receive it (Axon filters by type);
    // the others skip it in ProjectionInterceptor and count it.
    await(Duration.ofSeconds(20), () -> unknownCounted("timelines") >= 1);
    // Caught up, every group has nothing left on the topic: exactly 0, not one per partition.
    for (String group : ProcessingGroups.ALL) {
      await(Duration.ofSeconds(20), () -> lag(group) == 0);
    }
  }

  private double lag(String group) {
    var gauge = meters.find(ProcessorLag.LAG).tag("group", group).gauge();
    return gauge == null ? Double.NaN : gauge.value();
  }

  @Test
  @Order(2)
  void handlersRunWithoutAPerHandlerTimerButUnderTheirBatchTimer() {
    await(Duration.ofSeconds(20), () -> !poison.callers.get().isEmpty());
    // Axon's per-handler timer captures the whole stack on every call (ADR 0007, sixth pass); a
    // stuck handler must still be caught, by the timer on its batch.
    assertThat(poison.callers.get())
        .doesNotContain("org.axonframework.messaging.timeout.TimeoutWrappedMessageHandlingMember")
        .contains("org.axonframework.messaging.timeout.UnitOfWorkTimeoutInterceptor");
  }

  @Test
  @Order(3)
  void deliveringEveryEventTwiceChangesNoDocument() {
    Map<String, String> before = snapshot(CASE_A);
    PUBLISHER.publish(journey(CASE_A));
    PUBLISHER.publish(journey(CASE_B));
    awaitCaseComplete(CASE_B, journey(CASE_B));
    assertThat(snapshot(CASE_A)).isEqualTo(before);
  }

  @Test
  @Order(4)
  void erasingACaseRemovesEveryDocumentOfItAndLeavesTheOtherCaseAsItWas() {
    Map<String, String> other = snapshot(CASE_B);
    assertThat(snapshot(CASE_A)).isNotEmpty();
    PUBLISHER.publish(List.of(erasure(CASE_A, journey(CASE_A).size())));
    await(Duration.ofSeconds(30), () -> erasureRecorded(CASE_A) == ProcessingGroups.ALL.size());
    assertThat(snapshot(CASE_A)).isEmpty();
    assertThat(mentioning(CASE_A)).isEmpty();
    assertThat(snapshot(CASE_B)).isEqualTo(other);
    assertThat(view(AccessView.COLLECTION, "parent-a", AccessView.class).cases())
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.caseId()).isEqualTo(CASE_B));
    assertThat(view(WorkerCaseloadView.COLLECTION, "worker-2", WorkerCaseloadView.class).caseIds())
        .containsExactly(CASE_B);
  }

  @Test
  @Order(5)
  void theErasureOrTheErasedCasesEventsDeliveredAgainChangeNothing() {
    Map<String, String> before = everything();
    PUBLISHER.publish(List.of(erasure(CASE_A, journey(CASE_A).size())));
    PUBLISHER.publish(journey(CASE_A));
    // Handled after them: the same partition, and nobody else's sign-ins.
    String later = samePartitionAs(CASE_A);
    DemoJourney.Cast cast = DemoJourney.Cast.team(1, later);
    PUBLISHER.publish(DemoJourney.messages(later, cast));
    await(Duration.ofSeconds(60), () -> probe().journeyComplete(later, cast));
    Map<String, String> after = everything();
    assertThat(after).containsAllEntriesOf(before);
    assertThat(mentioning(CASE_A)).isEmpty();
  }

  @Test
  @Order(6)
  void aFullReplayReproducesTheSameDocumentsAndTheErasedCaseStaysGone() {
    Map<String, String> before = everything();
    // As case-service does after the erasure: the erased case's sealed fields now read as null.
    assertThat(KEYS.destroy(CASE_A)).isTrue();
    web.post()
        .uri("/actuator/replay/all")
        .header("Authorization", OPERATOR)
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
    await(Duration.ofSeconds(90), () -> everything().equals(before));
    assertThat(everything()).isEqualTo(before);
    assertThat(mentioning(CASE_A)).isEmpty();
  }

  @Test
  @Order(7)
  void aHandlerFailingOnOneCaseDeadLettersItWhileOtherCasesKeepUpdating() {
    poison.poisonedCase.set(POISON);
    List<org.axonframework.eventhandling.DomainEventMessage<?>> bad = DemoJourney.messages(POISON);
    List<org.axonframework.eventhandling.DomainEventMessage<?>> good = DemoJourney.messages(CASE_C);
    PUBLISHER.publish(bad.subList(0, 5));
    PUBLISHER.publish(good);
    PUBLISHER.publish(bad.subList(5, bad.size()));
    awaitCaseComplete(CASE_C, good);
    await(Duration.ofSeconds(30), () -> deadLetters() == bad.size());
    // The same count, as a monitoring system scrapes it.
    web.get()
        .uri("/actuator/prometheus")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(
            text ->
                assertThat(text)
                    .containsPattern(
                        "casejourney_projections_dead_letters\\{[^}]*group=\"case-overviews\"[^}]*}"
                            + " "
                            + bad.size()
                            + "\\.0"));
    assertThat(
            db.getCollection(CaseOverviewView.COLLECTION).find(Filters.eq("_id", POISON)).first())
        .isNull();
    assertThat(
            view(TimelineView.COLLECTION, TimelineView.workerId(POISON), TimelineView.class)
                .lastSequence())
        .isEqualTo(bad.size() - 1);
    web.get()
        .uri("/actuator/deadletters")
        .header("Authorization", OPERATOR)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$['case-overviews'].count")
        .isEqualTo(bad.size())
        .jsonPath("$['case-overviews'].sequences[0].sequenceId")
        .isEqualTo(POISON)
        .jsonPath("$['case-overviews'].sequences[0].letters[0].eventId")
        .isEqualTo(POISON + "-ev-0");

    poison.poisonedCase.set(null);
    web.post()
        .uri("/actuator/deadletters/case-overviews/retry")
        .header("Authorization", OPERATOR)
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
    await(
        Duration.ofSeconds(30),
        () -> lastSequence(CaseOverviewView.COLLECTION, POISON) == bad.size() - 1);
    assertThat(deadLetters()).isZero();
  }

  @Test
  @Order(8)
  void onlyAnOperatorMayReplayOrSeeDeadLetters() {
    String worker = STACK.tokenClient().bearer("worker");
    for (String path : List.of("/actuator/deadletters", "/actuator/nothing-here")) {
      web.get().uri(path).exchange().expectStatus().isUnauthorized();
    }
    web.post()
        .uri("/actuator/replay/all")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType("application/problem+json");
    web.post()
        .uri("/actuator/replay/all")
        .header("Authorization", worker)
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("Only an operator may replay read models or see dead letters.");
    web.get()
        .uri("/actuator/deadletters")
        .header("Authorization", worker)
        .exchange()
        .expectStatus()
        .isForbidden();
    web.get()
        .uri("/actuator/deadletters")
        .header("Authorization", "Bearer not-a-token")
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  @Test
  @Order(9)
  void healthIsUpWhenMongoKafkaAndTheKeyDatabaseAnswer() {
    web.get()
        .uri("/actuator/health")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP")
        .jsonPath("$.components.mongo.status")
        .isEqualTo("UP")
        .jsonPath("$.components.kafka.status")
        .isEqualTo("UP")
        .jsonPath("$.components.caseKeys.status")
        .isEqualTo("UP");
  }

  @Test
  @Order(10)
  void anErasureRemovesTheCasesDeadLettersInsteadOfWaitingBehindThem() {
    String stuck = "case-stuck-" + RUN;
    deadLettered(stuck);
    // Nobody retried them before the record reached the end of its retention. The erasure itself
    // does not fail: without the removal it would wait behind them all the same.
    PUBLISHER.publish(List.of(erasure(stuck, DemoJourney.events(stuck).size())));
    await(
        Duration.ofSeconds(30),
        () -> erasureRecorded(stuck) == ProcessingGroups.ALL.size() && deadLetters() == 0);
    assertThat(mentioning(stuck)).isEmpty();
  }

  @Test
  @Order(11)
  void aReplayClearsTheGroupsDeadLettersAndRebuildsTheirCases() {
    String fixedLater = "case-fixed-" + RUN;
    int events = deadLettered(fixedLater);
    // The fault is fixed; the operator replays the group instead of retrying.
    web.post()
        .uri("/actuator/replay/case-overviews")
        .header("Authorization", OPERATOR)
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
    await(
        Duration.ofSeconds(60),
        () ->
            deadLetters() == 0
                && lastSequence(CaseOverviewView.COLLECTION, fixedLater) == events - 1);
  }

  /**
   * Publishes a whole journey for {@code caseId} while its case-overviews handler fails, waits
   * until every event is dead-lettered, then lets the handler work again.
   *
   * @return how many events were dead-lettered
   */
  private int deadLettered(String caseId) {
    poison.poisonedCase.set(caseId);
    List<DomainEventMessage<?>> events = DemoJourney.messages(caseId);
    PUBLISHER.publish(events);
    await(Duration.ofSeconds(30), () -> deadLetters() == events.size());
    poison.poisonedCase.set(null);
    return events.size();
  }

  /** The case's erasure, numbered after its {@code sequence} events. */
  private static DomainEventMessage<?> erasure(String caseId, int sequence) {
    return DemoJourney.message(caseId, sequence, Erasure.erased(caseId));
  }

  /**
   * The demo journey, then Rhian says something in the conference's report is wrong, in Welsh; the
   * worker keeps it as it is, in English only; and Taylor says something else is wrong, which the
   * worker takes more time to answer, saying why in English only. Their words are sealed, carried
   * and opened as every other event's are.
   */
  static List<DomainEventMessage<?>> journey(String caseId) {
    List<DomainEventMessage<?>> all = new ArrayList<>(DemoJourney.messages(caseId));
    Instant raised = Instant.parse("2026-04-20T09:00:00Z");
    Object[] disputes = {
      new DisputeRaisedEvent(
          caseId,
          "d-report",
          DemoJourney.RHIAN,
          DisputedItem.REPORT,
          DemoJourney.ICPC,
          "r-1",
          null,
          RHIAN_SAYS,
          null,
          raised,
          LocalDate.of(2026, 5, 20)),
      new DisputeAnsweredEvent(
          caseId,
          "d-report",
          DemoJourney.RHIAN,
          DisputeAnswer.NOT_CHANGED,
          BilingualText.en(KEPT_BECAUSE),
          DemoJourney.PRIYA,
          raised.plus(Duration.ofDays(7))),
      new DisputeRaisedEvent(
          caseId,
          "d-other",
          DemoJourney.TAYLOR,
          DisputedItem.OTHER,
          null,
          null,
          null,
          "It says I go to Ysgol Bryn. I go to Ysgol Glan.",
          "Ysgol Glan.",
          raised.plus(Duration.ofDays(8)),
          LocalDate.of(2026, 5, 28)),
      new DisputeAnswerExtendedEvent(
          caseId,
          "d-other",
          DemoJourney.TAYLOR,
          BilingualText.en(MORE_TIME_BECAUSE),
          LocalDate.of(2026, 7, 28),
          raised.plus(Duration.ofDays(9)))
    };
    for (Object dispute : disputes) {
      all.add(DemoJourney.message(caseId, all.size(), dispute));
    }
    Instant added = raised.plus(Duration.ofDays(10));
    Object[] welsh = {
      new WelshTextAddedEvent(
          caseId, WelshText.PLAN_CHANGE_REASON, "e-course", null, null, COURSE_CY, added),
      new WelshTextAddedEvent(
          caseId, WelshText.OUTCOME_REASONS, DemoJourney.ICPC, null, null, OUTCOME_CY, added),
      new WelshTextAddedEvent(
          caseId,
          WelshText.DISPUTE_EXTENSION_REASON,
          "d-other",
          null,
          null,
          MORE_TIME_CY,
          added.plusSeconds(60))
    };
    for (Object event : welsh) {
      all.add(DemoJourney.message(caseId, all.size(), event));
    }
    return all;
  }

  // The Welsh the worker adds later (ADR 0018), sealed and carried as the rest is.
  static final String COURSE_CY =
      "Mae’r cwrs yn dechrau’n gynt nawr, felly mae’n gorffen erbyn 31 Mai.";
  static final String OUTCOME_CY = "Mae angen mwy o help ar Taylor gartref.";
  static final String MORE_TIME_CY = "Mae angen i ni ofyn i’r ddwy ysgol, sy’n cymryd wythnosau.";

  /**
   * The Welsh added later reads as if given with the English: in the plan's current version and the
   * ledger, the meeting's outcome and the worker's and invited family's entries for it, the dispute
   * and Taylor's entry for more time; and the worker's tasks for them go.
   */
  private void assertWelshAddedLater(String caseId) {
    PlanHistoryView plans = view(PlanHistoryView.COLLECTION, caseId, PlanHistoryView.class);
    assertThat(plans.versions().get(1).changes().get(0).reason().cy()).isEqualTo(COURSE_CY);
    assertThat(plans.versions().get(0).changes()).isEmpty();
    ExpectationLedgerView ledger =
        view(ExpectationLedgerView.COLLECTION, caseId, ExpectationLedgerView.class);
    assertThat(ledger.family().get(0).lastChangeReason().cy()).isEqualTo(COURSE_CY);
    CaseOverviewView overview = view(CaseOverviewView.COLLECTION, caseId, CaseOverviewView.class);
    assertThat(overview.meetings().get(0).outcome().reasons().cy()).isEqualTo(OUTCOME_CY);
    assertThat(overview.disputes().get(1).extension().reason().cy()).isEqualTo(MORE_TIME_CY);
    for (String id :
        List.of(TimelineView.workerId(caseId), TimelineView.familyId(caseId, DemoJourney.RHIAN))) {
      TimelineView timeline = view(TimelineView.COLLECTION, id, TimelineView.class);
      assertThat(timeline.entries())
          .as(id)
          .filteredOn(e -> e.kind().equals("MEETING_HELD"))
          .singleElement()
          .satisfies(
              e ->
                  assertThat(e.quotes())
                      .extracting(q -> q.label(), q -> q.lang(), q -> q.text())
                      .containsSubsequence(
                          Tuple.tuple("reasons", "en", "Taylor needs more help at home."),
                          Tuple.tuple("reasons", "cy", OUTCOME_CY)));
    }
    CaseloadItem item = view(CaseloadItem.COLLECTION, caseId, CaseloadItem.class);
    assertThat(item.missingTranslations())
        .extracting(MissingTranslation::what)
        .doesNotContain("PLAN_CHANGE_REASON", "OUTCOME_REASONS", "DISPUTE_EXTENSION_REASON")
        .contains("PLAN_EXPECTATION", "DISPUTE_ANSWER");
  }

  private static final String MORE_TIME_BECAUSE = "We need to ask both schools, which takes weeks.";

  /**
   * The overview keeps both disputes and the latest answer; Rhian reads hers and its answer, no one
   * else in the family does; the dashboard waits on Taylor's to its extended day and asks for the
   * answer in Welsh (the reason for more time has its Welsh, added later).
   */
  private void assertDisputes(String caseId) {
    CaseOverviewView overview = view(CaseOverviewView.COLLECTION, caseId, CaseOverviewView.class);
    assertThat(overview.disputes())
        .extracting(
            CaseOverviewView.Dispute::disputeId,
            CaseOverviewView.Dispute::whatIsWrong,
            CaseOverviewView.Dispute::answer)
        .containsExactly(
            Tuple.tuple("d-report", RHIAN_SAYS, DisputeAnswer.NOT_CHANGED),
            Tuple.tuple("d-other", "It says I go to Ysgol Bryn. I go to Ysgol Glan.", null));
    assertThat(overview.disputes().get(0).explanation().en()).isEqualTo(KEPT_BECAUSE);

    TimelineView rhian =
        view(
            TimelineView.COLLECTION,
            TimelineView.familyId(caseId, DemoJourney.RHIAN),
            TimelineView.class);
    assertThat(rhian.entries().subList(0, 2))
        .extracting(e -> e.kind(), e -> e.title().get("cy"), e -> e.links().get("disputeId"))
        .containsExactly(
            Tuple.tuple(
                "DISPUTE_ANSWERED",
                "Wnaeth eich gweithiwr cymdeithasol ddim newid eich cofnod",
                "d-report"),
            Tuple.tuple(
                "DISPUTE_RAISED",
                "Dywedoch wrthym fod rhywbeth yn eich cofnod yn anghywir",
                "d-report"));
    assertThat(rhian.entries().get(0).quotes())
        .extracting(q -> q.label(), q -> q.lang(), q -> q.text())
        .containsExactly(
            Tuple.tuple("report", "en", "Social work report"),
            Tuple.tuple("whatIsWrong", "cy", RHIAN_SAYS),
            Tuple.tuple("reason", "en", KEPT_BECAUSE));
    for (String other : List.of(DemoJourney.ALEX, DemoJourney.TAYLOR)) {
      TimelineView timeline =
          view(TimelineView.COLLECTION, TimelineView.familyId(caseId, other), TimelineView.class);
      assertThat(timeline.entries())
          .as(other)
          .noneMatch(e -> "d-report".equals(e.links().get("disputeId")));
    }

    CaseloadItem item = view(CaseloadItem.COLLECTION, caseId, CaseloadItem.class);
    assertThat(item.disputesWaiting())
        .extracting(d -> d.disputeId(), d -> d.name(), d -> d.answerDue(), d -> d.extended())
        .containsExactly(Tuple.tuple("d-other", "Taylor Morgan", LocalDate.of(2026, 7, 28), true));
    // The answer waits for its Welsh; the reason for more time has had it added since.
    assertThat(item.missingTranslations())
        .contains(new MissingTranslation("DISPUTE_ANSWER", "d-report", KEPT_BECAUSE));
    assertThat(overview.disputes().get(1).extension().firstAnswerDue())
        .isEqualTo(LocalDate.of(2026, 5, 28));
    assertThat(overview.disputes().get(1).extension().reason().en()).isEqualTo(MORE_TIME_BECAUSE);
    TimelineView taylor =
        view(
            TimelineView.COLLECTION,
            TimelineView.familyId(caseId, DemoJourney.TAYLOR),
            TimelineView.class);
    assertThat(taylor.entries().get(0).kind()).isEqualTo("DISPUTE_EXTENDED");
    assertThat(taylor.entries().get(0).quotes())
        .extracting(q -> q.label(), q -> q.lang(), q -> q.text())
        .endsWith(
            Tuple.tuple("reason", "en", MORE_TIME_BECAUSE),
            Tuple.tuple("reason", "cy", MORE_TIME_CY));
  }

  /** A new case id whose records go to the same partition as {@code caseId}'s. */
  private static String samePartitionAs(String caseId) {
    for (int i = 0; ; i++) {
      String candidate = "case-late-" + RUN + "-" + i;
      if (partition(candidate) == partition(caseId)) {
        return candidate;
      }
    }
  }

  /** As the producer's default partitioner places a record with this key. */
  private static int partition(String key) {
    return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
  }

  /** How many processing groups have recorded the case as erased. */
  private int erasureRecorded(String caseId) {
    int groups = 0;
    for (String group : ProcessingGroups.ALL) {
      if (db.getCollection(ErasedCases.collection(group)).find(Filters.eq("_id", caseId)).first()
          != null) {
        groups++;
      }
    }
    return groups;
  }

  /**
   * Every document of every collection the projections write, as JSON by collection and id: the
   * read models, the processors' own copies and their records of erased cases (not Axon's tokens
   * and dead letters).
   */
  private Map<String, String> everything() {
    Map<String, String> all = new TreeMap<>();
    for (String collection : db.listCollectionNames()) {
      if (collection.startsWith("projection_") || collection.startsWith("system.")) {
        continue;
      }
      for (Document doc : db.getCollection(collection).find()) {
        all.put(collection + "/" + doc.get("_id"), doc.toJson());
      }
    }
    return all;
  }

  /** The documents that name the case, but the records that it was erased. */
  private Map<String, String> mentioning(String caseId) {
    Map<String, String> found = new TreeMap<>(everything());
    found
        .entrySet()
        .removeIf(
            d ->
                d.getKey().startsWith("erased_")
                    || !(d.getKey().contains(caseId) || d.getValue().contains(caseId)));
    return found;
  }

  private double deadLetters() {
    var gauge = meters.find(DeadLetterGauges.DEAD_LETTERS).tag("group", "case-overviews").gauge();
    return gauge == null ? -1 : gauge.value();
  }

  private double unknownCounted(String group) {
    var counter = meters.find(ProjectionInterceptor.UNKNOWN_EVENTS).tag("group", group).counter();
    return counter == null ? 0 : counter.count();
  }

  /** Until every read model has the case's {@code events}. */
  private void awaitCaseComplete(String caseId, List<DomainEventMessage<?>> events) {
    long planLast =
        events.stream()
            .filter(m -> planEvent(m.getPayload()))
            .mapToLong(DomainEventMessage::getSequenceNumber)
            .max()
            .orElse(-1);
    await(
        Duration.ofSeconds(60),
        () -> probe().complete(caseId, DemoJourney.Cast.DEMO, events.size() - 1, planLast));
  }

  /** An event both the plan histories and the expectation ledgers write for. */
  private static boolean planEvent(Object event) {
    return event instanceof PlanVersionPublishedEvent
        || event instanceof ExpectationMetEvent
        || (event instanceof WelshTextAddedEvent e
            && (e.kind() == WelshText.PLAN_EXPECTATION
                || e.kind() == WelshText.PLAN_CHANGE_REASON));
  }

  private long lastSequence(String collection, String id) {
    return probe().lastSequence(collection, id);
  }

  private ReadModelProbe probe() {
    return new ReadModelProbe(db);
  }

  private <T> T view(String collection, String id, Class<T> type) {
    Document doc = db.getCollection(collection).find(Filters.eq("_id", id)).first();
    assertThat(doc).as(collection + " " + id).isNotNull();
    return ViewJson.fromMap(doc, type);
  }

  /** Every read-model document (of one case, or all when null), as JSON by collection and id. */
  private Map<String, String> snapshot(String caseId) {
    Map<String, String> all = new TreeMap<>();
    for (String collection : VIEWS) {
      for (Document doc : db.getCollection(collection).find()) {
        String id = String.valueOf(doc.get("_id"));
        if (caseId == null || id.startsWith(caseId)) {
          all.put(collection + "/" + id, doc.toJson());
        } else if (collection.equals(AccessView.COLLECTION)) {
          ViewJson.fromMap(doc, AccessView.class).cases().stream()
              .filter(c -> c.caseId().equals(caseId))
              .forEach(c -> all.put(collection + "/" + id + "/" + caseId, ViewJson.write(c)));
        } else if (collection.equals(WorkerCaseloadView.COLLECTION)
            && ViewJson.fromMap(doc, WorkerCaseloadView.class).caseIds().contains(caseId)) {
          all.put(collection + "/" + id + "/" + caseId, "on the caseload");
        }
      }
    }
    return all;
  }

  private static void await(Duration timeout, BooleanSupplier condition) {
    ReadModelProbe.await(timeout, Duration.ofMillis(100), condition);
  }
}
