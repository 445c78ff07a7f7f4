package casejourney.caseservice.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Who may act on a case is checked against the sign-in subjects recorded on it. */
class AuthorisationIT extends ApiTestSupport {

  private Journey journey;

  @BeforeEach
  void aCaseWithAPlan() {
    clock.set(LocalDateTime.of(2026, 3, 2, 9, 0));
    journey =
        new Journey(this)
            .open()
            .strategyDiscussion("2026-03-02")
            .scheduleInitialConference(LocalDateTime.of(2026, 3, 16, 10, 0));
    clock.set(LocalDateTime.of(2026, 3, 16, 15, 0));
    journey.conferenceHeld("2026-03-16").publishFirstPlan();
  }

  @Test
  void another_familys_parent_cannot_acknowledge_the_plan_and_nothing_is_stored() {
    long before = storedEvents(journey.caseId);
    post("other-parent", journey.cases() + "/plan-versions/1/acknowledgements", "{}")
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(403)
        .jsonPath("$.detail")
        .isNotEmpty();
    assertThat(storedEvents(journey.caseId)).isEqualTo(before);
  }

  @Test
  void an_unallocated_worker_cannot_schedule_a_meeting_and_nothing_is_stored() {
    long before = storedEvents(journey.caseId);
    post(
            "other-worker",
            journey.cases() + "/meetings",
            """
            {"type": "CORE_GROUP", "startsAt": "2026-03-20T10:00:00", "location": "Room 1",
             "chair": {"subject": "chair", "name": "Jordan Hughes"}}
            """)
        .expectStatus()
        .isForbidden();
    assertThat(storedEvents(journey.caseId)).isEqualTo(before);
  }

  @Test
  void a_request_without_a_token_is_refused_and_nothing_is_stored() {
    long before = storedEvents(journey.caseId);
    post(null, journey.cases() + "/closure", "{\"reason\": {\"en\": \"Plan ended\"}}")
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(storedEvents(journey.caseId)).isEqualTo(before);
  }

  @Test
  void a_forged_token_is_refused() {
    String forged = STACK.tokenClient().accessToken("worker");
    String tampered = forged.substring(0, forged.length() - 4) + "AAAA";
    client()
        .post()
        .uri(journey.cases() + "/closure")
        .header("Authorization", "Bearer " + tampered)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"reason\": {\"en\": \"Plan ended\"}}")
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  @Test
  void a_parent_cannot_act_as_a_worker_and_a_young_person_cannot_record_an_outcome() {
    long before = storedEvents(journey.caseId);
    post("parent-a", journey.cases() + "/closure", "{\"reason\": {\"en\": \"Done\"}}")
        .expectStatus()
        .isForbidden();
    post(
            "young-person",
            journey.meeting() + "/outcome",
            "{\"heldOn\": \"2026-03-16\", \"decision\": \"NO_PLAN_NEEDED\"}")
        .expectStatus()
        .isForbidden();
    assertThat(storedEvents(journey.caseId)).isEqualTo(before);
  }
}
