package casejourney.caseservice.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

/** Bad input gets a problem that says what to fix, never a 500, and stores nothing. */
class BadInputIT extends ApiTestSupport {

  private Journey journey;
  private long before;

  @BeforeEach
  void aCaseWithAMeeting() {
    clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
    journey =
        new Journey(this)
            .open()
            .strategyDiscussion("2026-03-02")
            .scheduleInitialConference(LocalDateTime.of(2026, 3, 16, 10, 0));
    before = storedEvents(journey.caseId);
  }

  private void nothingStored() {
    assertThat(storedEvents(journey.caseId)).isEqualTo(before);
  }

  @Test
  void malformed_json_is_a_400_that_says_where() {
    post("worker", journey.cases() + "/meetings", "{\"type\": \"CORE_GROUP\", ")
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat((String) d).contains("not valid JSON"));
    nothingStored();
  }

  @Test
  void missing_fields_are_a_400_naming_each_field() {
    post("worker", journey.cases() + "/meetings", "{}")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[?(@.field == 'type')]")
        .exists()
        .jsonPath("$.errors[?(@.field == 'startsAt')]")
        .exists();
    nothingStored();
  }

  @Test
  void over_long_text_is_a_400_naming_the_field() {
    String words = "a".repeat(5_001);
    post("worker", journey.meeting() + "/cancel", "{\"reason\": {\"en\": \"" + words + "\"}}")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .value(f -> assertThat((String) f).startsWith("reason"));
    nothingStored();
  }

  @Test
  void an_unknown_field_or_enum_value_is_a_400_that_lists_what_is_accepted() {
    post(
            "worker",
            journey.cases() + "/meetings",
            "{\"type\": \"TEA_PARTY\", \"startsAt\": \"2026-03-20T10:00:00\"}")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat((String) d).contains("INITIAL_CONFERENCE"));
    post(
            "worker",
            journey.cases() + "/strategy-discussions",
            "{\"heldOn\": \"2026-03-02\", \"x\": 1}")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat((String) d).contains("Unknown field 'x'"));
    nothingStored();
  }

  @Test
  void an_unknown_case_or_meeting_is_a_404() {
    post("worker", "/api/cases/no-such-case/closure", "{\"reason\": {\"en\": \"Done\"}}")
        .expectStatus()
        .isNotFound();
    post(
            "worker",
            journey.cases() + "/meetings/no-such-meeting/cancel",
            "{\"reason\": {\"en\": \"Not needed\"}}")
        .expectStatus()
        .isNotFound();
    nothingStored();
  }

  @Test
  void a_stale_version_is_a_409_and_the_current_version_works() {
    post(
            "worker",
            journey.meeting() + "/invitations",
            "{\"participantId\": \"p-alex\", \"kind\": \"FAMILY_MEMBER\"}",
            "If-Match",
            "\"0\"")
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat((String) d).contains("version 0"));
    nothingStored();
    post(
            "worker",
            journey.meeting() + "/invitations",
            "{\"participantId\": \"p-alex\", \"kind\": \"FAMILY_MEMBER\"}",
            "If-Match",
            "\"" + (before - 1) + "\"")
        .expectStatus()
        .isCreated()
        .expectHeader()
        .valueEquals("ETag", "\"" + before + "\"");
  }

  @Test
  void a_repeated_command_id_returns_the_first_answer_and_stores_one_event() {
    String body = "{\"participantId\": \"p-rhian\", \"kind\": \"FAMILY_MEMBER\"}";
    var type = new ParameterizedTypeReference<Map<String, Object>>() {};
    Map<String, Object> first =
        post("worker", journey.meeting() + "/invitations", body, "Idempotency-Key", "inv-1")
            .expectStatus()
            .isCreated()
            .expectBody(type)
            .returnResult()
            .getResponseBody();
    Map<String, Object> again =
        post("worker", journey.meeting() + "/invitations", body, "Idempotency-Key", "inv-1")
            .expectStatus()
            .isOk()
            .expectBody(type)
            .returnResult()
            .getResponseBody();
    assertThat(again).containsEntry("replayed", true);
    assertThat(again.get("version")).isEqualTo(first.get("version"));
    assertThat(storedEvents(journey.caseId)).isEqualTo(before + 1);

    post(
            "worker",
            journey.meeting() + "/invitations",
            "{\"participantId\": \"p-alex\", \"kind\": \"FAMILY_MEMBER\"}",
            "Idempotency-Key",
            "inv-1")
        .expectStatus()
        .isEqualTo(422);
    assertThat(storedEvents(journey.caseId)).isEqualTo(before + 1);
  }

  @Test
  void a_flagged_plan_change_without_a_reason_is_refused_naming_the_item() {
    clock.set(LocalDateTime.of(2026, 3, 16, 15, 0));
    journey.conferenceHeld("2026-03-16").publishFirstPlan();
    long planned = storedEvents(journey.caseId);
    post("worker", journey.cases() + "/plan-versions", Journey.plan("2026-05-29", "{}", null))
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("reasonsByExpectationId[e-course]")
        .jsonPath("$.errors[0].message")
        .value(m -> assertThat((String) m).contains("Go to the parenting course"));
    assertThat(storedEvents(journey.caseId)).isEqualTo(planned);
  }

  @Test
  void a_plan_written_from_an_older_version_is_a_409_that_names_the_new_one() {
    clock.set(LocalDateTime.of(2026, 3, 16, 15, 0));
    journey.conferenceHeld("2026-03-16").publishFirstPlan();
    long planned = storedEvents(journey.caseId);
    String fromNothing =
        Journey.plan("2026-07-31", "{}", null).replaceFirst("}\\s*$", ", \"basedOnVersion\": 0}");
    post("worker", journey.cases() + "/plan-versions", fromNothing)
        .expectStatus()
        .isEqualTo(409)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("Changed since you looked")
        .jsonPath("$.errors[0].field")
        .isEqualTo("basedOnVersion")
        .jsonPath("$.errors[0].message")
        .value(m -> assertThat((String) m).contains("version 1 of the plan was published"));
    assertThat(storedEvents(journey.caseId)).isEqualTo(planned);
    String fromCurrent = fromNothing.replace("\"basedOnVersion\": 0", "\"basedOnVersion\": 1");
    post("worker", journey.cases() + "/plan-versions", fromCurrent).expectStatus().isCreated();
  }
}
