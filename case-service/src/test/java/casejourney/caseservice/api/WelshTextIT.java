package casejourney.caseservice.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

/**
 * POST /api/cases/{caseId}/welsh-text over HTTP: Welsh added beside the English it was written
 * from, and a problem that says what to fix for everything else, storing nothing.
 */
class WelshTextIT extends ApiTestSupport {

  private static final String REASONS = "Taylor needs more help at home.";
  private static final String WELSH = "Mae angen mwy o help gartref ar Taylor.";

  private Journey journey;
  private long before;

  @BeforeEach
  void aHeldConference() {
    clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
    journey =
        new Journey(this)
            .open()
            .strategyDiscussion("2026-03-02")
            .scheduleInitialConference(LocalDateTime.of(2026, 3, 16, 10, 0));
    clock.set(LocalDateTime.of(2026, 3, 16, 15, 0));
    journey.conferenceHeld("2026-03-16");
    before = storedEvents(journey.caseId);
  }

  private String path() {
    return journey.cases() + "/welsh-text";
  }

  private String outcomeReasons(String english, String welsh) {
    return """
        {"kind": "OUTCOME_REASONS", "ref": "%s", "english": "%s", "welsh": "%s"}
        """
        .formatted(journey.meetingId, english, welsh);
  }

  private void nothingStored() {
    assertThat(storedEvents(journey.caseId)).isEqualTo(before);
  }

  @Test
  void the_chair_adds_welsh_and_the_same_welsh_again_stores_nothing_more() {
    var type = new ParameterizedTypeReference<Map<String, Object>>() {};
    Map<String, Object> first =
        post("chair", path(), outcomeReasons(REASONS, WELSH))
            .expectStatus()
            .isOk()
            .expectHeader()
            .valueEquals("ETag", "\"" + before + "\"")
            .expectBody(type)
            .returnResult()
            .getResponseBody();
    assertThat(first).containsEntry("caseId", journey.caseId).containsEntry("replayed", false);
    assertThat(((Number) first.get("version")).longValue()).isEqualTo(before);
    assertThat(storedEvents(journey.caseId)).isEqualTo(before + 1);

    Map<String, Object> again =
        post("worker", path(), outcomeReasons(REASONS, WELSH))
            .expectStatus()
            .isOk()
            .expectBody(type)
            .returnResult()
            .getResponseBody();
    assertThat(again.get("version")).isEqualTo(first.get("version"));
    assertThat(storedEvents(journey.caseId)).isEqualTo(before + 1);
  }

  @Test
  void english_that_has_changed_since_is_a_409_naming_the_english() {
    post("chair", path(), outcomeReasons("Taylor needs help at school.", WELSH))
        .expectStatus()
        .isEqualTo(409)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("Changed since you looked")
        .jsonPath("$.errors[0].field")
        .isEqualTo("english")
        .jsonPath("$.detail")
        .value(d -> assertThat((String) d).contains("read the English again"));
    nothingStored();
  }

  @Test
  void text_the_case_does_not_have_is_a_404() {
    post(
            "worker",
            path(),
            """
            {"kind": "MEETING_CANCELLED_REASON", "ref": "%s", "english": "x", "welsh": "y"}
            """
                .formatted(journey.meetingId))
        .expectStatus()
        .isNotFound()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("ref")
        .jsonPath("$.detail")
        .value(d -> assertThat((String) d).contains("has not been cancelled"));
    post("worker", path(), outcomeReasons(REASONS, WELSH).replace(journey.meetingId, "m-none"))
        .expectStatus()
        .isNotFound();
    nothingStored();
  }

  @Test
  void an_unknown_kind_is_a_400_that_lists_the_kinds() {
    post("worker", path(), outcomeReasons(REASONS, WELSH).replace("OUTCOME_REASONS", "POEM"))
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("kind")
        .jsonPath("$.detail")
        .value(d -> assertThat((String) d).contains("CHAIR_RESPONSE", "CASE_CLOSED_REASON"));
    nothingStored();
  }

  @Test
  void malformed_json_and_unknown_fields_are_a_400() {
    post("worker", path(), "{\"kind\": \"OUTCOME_REASONS\", ")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat((String) d).contains("not valid JSON"));
    post("worker", path(), "{\"kind\": \"OUTCOME_REASONS\", \"cy\": \"y\"}")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat((String) d).contains("Unknown field 'cy'"));
    nothingStored();
  }

  @Test
  void missing_fields_are_a_400_naming_each() {
    post("worker", path(), "{}")
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("Check what you sent")
        .jsonPath("$.errors[?(@.field == 'kind')]")
        .exists()
        .jsonPath("$.errors[?(@.field == 'ref')]")
        .exists()
        .jsonPath("$.errors[?(@.field == 'english')]")
        .exists()
        .jsonPath("$.errors[?(@.field == 'welsh')]")
        .exists();
    post(
            "chair",
            path(),
            """
            {"kind": "CHAIR_RESPONSE", "ref": "%s", "english": "x", "welsh": "y"}
            """
                .formatted(journey.meetingId))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("personId");
    nothingStored();
  }

  @Test
  void a_parent_cannot_add_welsh_nor_name_another_case_in_the_body() {
    post("parent-a", path(), outcomeReasons(REASONS, WELSH))
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    post(
            "worker",
            path(),
            outcomeReasons(REASONS, WELSH).replaceFirst("\\{", "{\"caseId\": \"another\", "))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat((String) d).contains("caseId in the body"));
    nothingStored();
  }
}
