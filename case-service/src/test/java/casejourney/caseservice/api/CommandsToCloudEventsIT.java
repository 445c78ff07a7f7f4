package casejourney.caseservice.api;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.EventJson;
import casejourney.api.events.PlanVersionPublishedEvent;
import casejourney.api.events.WelshTextAddedEvent;
import casejourney.api.personal.JdbcCaseKeys;
import casejourney.api.personal.PersonalData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CommandsToCloudEventsIT extends ApiTestSupport {

  private final ObjectMapper json = new ObjectMapper();
  @Autowired JdbcCaseKeys keys;

  @Test
  void a_whole_journey_sent_over_http_comes_out_of_kafka_as_cloud_events_in_order()
      throws Exception {
    clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
    Journey journey =
        new Journey(this)
            .open()
            .strategyDiscussion("2026-03-02")
            .scheduleInitialConference(LocalDateTime.of(2026, 3, 16, 10, 0))
            .inviteFamily();
    clock.set(LocalDateTime.of(2026, 3, 10, 10, 0));
    journey.shareReport(LocalDateTime.of(2026, 3, 10, 9, 0)).youngPersonSendsViewsForChairOnly();
    journey.ok(
        "chair",
        journey.meeting() + "/exclusions",
        """
        {"personId": "p-rhian", "scope": "PART_OF_MEETING",
         "reason": {"en": "Taylor wants to talk about home without a parent in the room."}}
        """);
    journey.ok(
        "chair", journey.meeting() + "/exclusion-withdrawals", "{\"personId\": \"p-rhian\"}");
    journey.ok(
        "worker",
        journey.meeting() + "/reports/" + journey.lastReportId() + "/redactions",
        """
        {"personId": "p-rhian",
         "reason": {"en": "The part about where Alex now lives is held back, to keep Alex safe."}}
        """);
    clock.set(LocalDateTime.of(2026, 3, 16, 15, 0));
    journey.conferenceHeld("2026-03-16").publishFirstPlan();

    post("worker", journey.cases() + "/plan-versions", Journey.plan("2026-05-29", "{}", null))
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("reasonsByExpectationId[e-course]");
    journey.ok(
        "worker",
        journey.cases() + "/plan-versions",
        Journey.plan(
            "2026-05-29",
            "{\"e-course\": {\"en\": \"The course has an earlier start date this term.\"}}",
            null));
    journey.ok("parent-a", journey.cases() + "/plan-versions/2/acknowledgements", "{}");
    journey.ok(
        "chair",
        journey.meeting() + "/chair-response",
        "{\"response\": {\"en\": \"We talked about your school. You will stay there.\"}}");
    journey.ok("worker", journey.meeting() + "/record-sent", "{\"sentOn\": \"2026-03-16\"}");
    journey.ok(
        "parent-a",
        journey.cases() + "/disputes",
        """
        {"disputeId": "d-1", "item": "PLAN_VERSION", "planVersion": 2,
         "whatIsWrong": "The plan says I missed the March course. I was on it."}
        """);
    post("worker", journey.cases() + "/disputes/d-1/extensions", "{\"reason\": {\"en\": \" \"}}")
        .expectStatus()
        .isEqualTo(400)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("reason.en");
    journey.ok(
        "worker",
        journey.cases() + "/disputes/d-1/extensions",
        """
        {"reason": {"en": "We need to ask the course leader, who is away until April."}}
        """);
    post(
            "worker",
            journey.cases() + "/disputes/d-1/extensions",
            "{\"reason\": {\"en\": \"More.\"}}")
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("disputeId");
    journey.ok(
        "worker",
        journey.cases() + "/disputes/d-1/answers",
        """
        {"answer": "CORRECTED",
         "explanation": {"en": "You were right: the course list shows you there."}}
        """);
    journey.ok(
        "worker",
        journey.cases() + "/welsh-text",
        """
        {"kind": "DISPUTE_ANSWER", "ref": "d-1",
         "english": "You were right: the course list shows you there.",
         "welsh": "Roeddech chi'n iawn: mae rhestr y cwrs yn dangos eich bod chi yno."}
        """);

    List<String> expectedTypes =
        List.of(
            "CaseOpenedEvent",
            "StrategyDiscussionHeldEvent",
            "MeetingScheduledEvent",
            "ParticipantInvitedEvent",
            "ParticipantInvitedEvent",
            "ParticipantInvitedEvent",
            "ReportSharedEvent",
            "ParticipationChosenEvent",
            "ContributionSubmittedEvent",
            "ParticipantExcludedEvent",
            "ParticipantExclusionWithdrawnEvent",
            "ReportRedactedEvent",
            "ConferenceOutcomeRecordedEvent",
            "PlanVersionPublishedEvent",
            "PlanVersionPublishedEvent",
            "PlanAcknowledgedEvent",
            "ChairRespondedToViewsEvent",
            "ConferenceRecordSentEvent",
            "DisputeRaisedEvent",
            "DisputeAnswerExtendedEvent",
            "DisputeAnsweredEvent",
            "WelshTextAddedEvent");
    assertThat(storedEvents(journey.caseId)).isEqualTo(expectedTypes.size());

    List<ConsumerRecord<String, byte[]>> records =
        readCase(journey.caseId, expectedTypes.size(), Duration.ofSeconds(30));

    List<String> types = new ArrayList<>();
    var ids = new HashSet<String>();
    for (ConsumerRecord<String, byte[]> record : records) {
      assertThat(record.key()).isEqualTo(journey.caseId);
      assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
      assertThat(header(record, "ce_subject")).isEqualTo(journey.caseId);
      assertThat(header(record, "ce_source")).isEqualTo("/casejourney/case-service");
      assertThat(header(record, "content-type")).isEqualTo("application/json");
      assertThat(Instant.parse(header(record, "ce_time"))).isNotNull();
      ids.add(header(record, "ce_id"));
      String type = header(record, "ce_type");
      assertThat(type).matches("org\\.casejourney\\.case\\.[A-Za-z]+Event\\.v1");
      types.add(type.substring("org.casejourney.case.".length(), type.length() - 3));
      JsonNode payload = json.readTree(new String(record.value(), StandardCharsets.UTF_8));
      assertThat(payload.get("caseId").asText()).isEqualTo(journey.caseId);
    }
    assertThat(types).containsExactlyElementsOf(expectedTypes);
    assertThat(ids).hasSize(expectedTypes.size());

    JsonNode secondPlan = json.readTree(records.get(14).value());
    assertThat(secondPlan.get("version").asInt()).isEqualTo(2);
    JsonNode change = secondPlan.get("changes").get(0);
    assertThat(change.get("expectationId").asText()).isEqualTo("e-course");
    assertThat(change.get("kind").asText()).isEqualTo("DEADLINE_BROUGHT_FORWARD");
    // The worker's reason is personal data: sealed on the topic, opened with the case's key.
    assertThat(secondPlan.at("/reasonsByExpectationId/e-course/en/$sealed").asText())
        .isEqualTo("A256GCM");
    assertThat(new String(records.get(14).value(), StandardCharsets.UTF_8))
        .doesNotContain("earlier start date");
    PlanVersionPublishedEvent opened =
        PersonalData.sealing(EventJson.mapper(), keys)
            .readValue(records.get(14).value(), PlanVersionPublishedEvent.class);
    assertThat(opened.reasonsByExpectationId().get("e-course").en())
        .isEqualTo("The course has an earlier start date this term.");
    assertThat(opened.changes().get(0).before()).isEqualTo("2026-06-30");
    assertThat(opened.changes().get(0).after()).isEqualTo("2026-05-29");
    assertThat(secondPlan.get("decidedAtMeetingId").isNull()).isTrue();
    assertThat(header(records.get(14), "axon-metadata-actorSub")).contains("worker");

    ConsumerRecord<String, byte[]> welsh = records.get(records.size() - 1);
    JsonNode welshPayload = json.readTree(welsh.value());
    assertThat(welshPayload.get("kind").asText()).isEqualTo("DISPUTE_ANSWER");
    assertThat(welshPayload.get("ref").asText()).isEqualTo("d-1");
    assertThat(welshPayload.get("personId").isNull()).isTrue();
    assertThat(welshPayload.at("/welsh/$sealed").asText()).isEqualTo("A256GCM");
    assertThat(
            PersonalData.sealing(EventJson.mapper(), keys)
                .readValue(welsh.value(), WelshTextAddedEvent.class)
                .welsh())
        .isEqualTo("Roeddech chi'n iawn: mae rhestr y cwrs yn dangos eich bod chi yno.");
  }

  /** A plain Kafka consumer, as any other consumer of the contract would use. */
  static List<ConsumerRecord<String, byte[]>> readCase(String caseId, int expected, Duration wait) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, STACK.kafkaBootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "contract-test-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(List.of(TOPIC));
      long deadline = System.nanoTime() + wait.toNanos();
      while (found.size() < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          if (caseId.equals(record.key())) {
            found.add(record);
          }
        }
      }
    }
    assertThat(found).as("events of case on Kafka").hasSize(expected);
    return found;
  }

  static String header(ConsumerRecord<String, byte[]> record, String name) {
    var header = record.headers().lastHeader(name);
    assertThat(header).as("header " + name).isNotNull();
    return new String(header.value(), StandardCharsets.UTF_8);
  }
}
