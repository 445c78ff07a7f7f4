package casejourney.portal.youngperson;

import static casejourney.portal.support.Users.parentA;
import static casejourney.portal.support.Users.youngPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import casejourney.portal.support.FakeCommands;
import casejourney.portal.support.FakeReadModels;
import casejourney.portal.support.Fixtures;
import casejourney.portal.support.PortalTestConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.OidcLoginMutator;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

@SpringBootTest
@AutoConfigureWebTestClient
@Import(PortalTestConfig.class)
class YoungPersonPagesTest {

  @Autowired WebTestClient web;
  @Autowired FakeCommands commands;
  @Autowired FakeReadModels readModels;

  @BeforeEach
  void reset() {
    commands.reset();
  }

  /** The Spring context, and so the read models, are shared with the tests that run next. */
  @AfterEach
  void fixtures() {
    readModels.reset();
  }

  private WebTestClient.ResponseSpec postJson(
      OidcLoginMutator who, String path, Object body, String key) {
    return web.mutateWith(who)
        .mutateWith(csrf())
        .post()
        .uri(path)
        .contentType(MediaType.APPLICATION_JSON)
        .header("Idempotency-Key", key)
        .bodyValue(body)
        .exchange();
  }

  @Test
  void every_young_person_page_renders_for_the_young_person_and_is_hidden_from_parents() {
    for (String path :
        new String[] {
          "/young-person/meeting",
          "/young-person/take-part",
          "/young-person/views",
          "/young-person/response",
          "/young-person/plan"
        }) {
      web.mutateWith(youngPerson()).get().uri(path).exchange().expectStatus().isOk();
      web.mutateWith(parentA()).get().uri(path).exchange().expectStatus().isNotFound();
    }
  }

  @Test
  void the_young_person_sees_their_own_chair_only_views_and_the_chairs_response() {
    web.mutateWith(youngPerson())
        .get()
        .uri("/young-person/response")
        .exchange()
        .expectBody(String.class)
        .value(html -> assertThat(html).contains("You will stay at your school"));
  }

  @Test
  void chair_only_written_views_are_sent_to_the_next_meeting() {
    web.mutateWith(youngPerson())
        .mutateWith(csrf())
        .post()
        .uri("/young-person/views")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(
            BodyInserters.fromFormData("form", "WORDS")
                .with("words", "I want to see my gran")
                .with("visibility", "CHAIR_AND_WORKER")
                .with("formId", "v-1"))
        .exchange()
        .expectStatus()
        .is3xxRedirection();
    assertThat(commands.sent).hasSize(1);
    assertThat(commands.sent.get(0).path())
        .isEqualTo(Fixtures.MORGAN + "/meetings/" + Fixtures.REVIEW_MEETING + "/contributions");
    @SuppressWarnings("unchecked")
    Map<String, Object> body = (Map<String, Object>) commands.sent.get(0).body();
    assertThat(body).containsEntry("visibility", "CHAIR_AND_WORKER").containsEntry("form", "WORDS");
  }

  @Test
  void missing_choices_are_listed_in_the_error_summary_and_nothing_is_sent() {
    web.mutateWith(youngPerson())
        .mutateWith(csrf())
        .post()
        .uri("/young-person/views")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(BodyInserters.fromFormData("formId", "v-2"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(
            html -> assertThat(html).contains("href=\"#form\"").contains("href=\"#visibility\""));
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void choosing_how_to_take_part_sends_the_choice_and_the_advocate_wish() {
    web.mutateWith(youngPerson())
        .mutateWith(csrf())
        .post()
        .uri("/young-person/take-part")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(BodyInserters.fromFormData("choice", "ADVOCATE_SPEAKS").with("wantsAdvocate", "yes"))
        .exchange()
        .expectStatus()
        .is3xxRedirection();
    assertThat(commands.sent.get(0).body())
        .isEqualTo(Map.of("choice", "ADVOCATE_SPEAKS", "wantsAdvocate", true));
  }

  @Test
  void
      after_the_meeting_the_young_person_sees_what_they_chose_and_that_they_can_choose_again_next_time()
          throws Exception {
    String before = page("/young-person/take-part");
    assertThat(before)
        .contains("action=\"/young-person/take-part\"")
        .contains("There is no wrong answer")
        .contains("<h1 class=\"govuk-heading-l\">How do you want to take part?</h1>")
        .doesNotContain("What you chose");

    // Only the held initial conference is left: it is now their latest meeting.
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode overview =
        (ObjectNode) mapper.readTree(readModels.json("case_overviews", Fixtures.MORGAN));
    ArrayNode meetings = (ArrayNode) overview.get("meetings");
    for (int i = meetings.size() - 1; i >= 0; i--) {
      if (!"HELD".equals(meetings.get(i).path("status").asText())) {
        meetings.remove(i);
      }
    }
    readModels.put("case_overviews", Fixtures.MORGAN, mapper.writeValueAsString(overview));

    String after = page("/young-person/take-part");
    assertThat(after)
        .doesNotContain("action=\"/young-person/take-part\"")
        .doesNotContain("There is no wrong answer")
        .contains("The meeting has happened, so you cannot change your choice now.")
        .contains("<h1 class=\"govuk-heading-l\">How you chose to take part</h1>")
        .contains("What you chose")
        .contains("Send what I think in writing or a drawing")
        .contains("You asked for an advocate.");
    assertThat(page("/young-person/take-part?lang=cy"))
        .contains("Mae&#39;r cyfarfod wedi bod")
        .contains("Beth ddewisaist ti")
        .contains("Sut dewisaist ti gymryd rhan")
        .contains("Gofynnaist ti am eiriolwr.");
  }

  @Test
  void the_welsh_plan_says_its_english_only_lists_are_in_english_for_now_and_marks_them_english() {
    String cy = page("/young-person/plan?lang=cy");
    assertThat(cy)
        .contains("Mae&#39;r ddwy restr hyn yn Saesneg am y tro.")
        .containsPattern("<li lang=\"en\">[^<]+</li>");
    assertThat(page("/young-person/plan?lang=en")).doesNotContain("in English for now");
  }

  @Test
  void a_client_app_chooses_and_sends_views_for_the_young_person_as_the_pages_do() {
    postJson(
            youngPerson(),
            "/api/family/young-person/participation",
            Map.of("choice", "SEND_WRITTEN_VIEWS_OR_DRAWING", "wantsAdvocate", true),
            "k-choice")
        .expectStatus()
        .isOk();
    assertThat(commands.sent.get(0).path())
        .isEqualTo(Fixtures.MORGAN + "/meetings/" + Fixtures.REVIEW_MEETING + "/participation");
    assertThat(commands.sent.get(0).body())
        .isEqualTo(Map.of("choice", "SEND_WRITTEN_VIEWS_OR_DRAWING", "wantsAdvocate", true));
    assertThat(commands.sent.get(0).idempotencyKey()).isEqualTo("k-choice");

    commands.reset();
    postJson(
            youngPerson(),
            "/api/family/young-person/contributions",
            Map.of(
                "form", "THREE_HOUSES",
                "worries", " Shouting ",
                "wishes", "Football",
                "visibility", "CHAIR_AND_WORKER"),
            "k-views")
        .expectStatus()
        .isOk();
    assertThat(commands.sent.get(0).path())
        .isEqualTo(Fixtures.MORGAN + "/meetings/" + Fixtures.REVIEW_MEETING + "/contributions");
    @SuppressWarnings("unchecked")
    Map<Object, Object> sent = (Map<Object, Object>) commands.sent.get(0).body();
    assertThat(sent)
        .containsEntry("form", "THREE_HOUSES")
        .containsEntry("worries", "Shouting")
        .containsEntry("goodThings", null)
        .containsEntry("visibility", "CHAIR_AND_WORKER");
  }

  @Test
  void a_client_app_is_told_what_to_fix_in_the_young_persons_language_and_nothing_is_sent() {
    postJson(
            youngPerson(), "/api/family/young-person/participation", Map.of("choice", "MAYBE"), "k")
        .expectStatus()
        .isEqualTo(422)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("choice")
        .jsonPath("$.errors[0].message")
        .isEqualTo("Choose how you want to take part");
    postJson(
            youngPerson(),
            "/api/family/young-person/contributions?lang=cy",
            Map.of("form", "WORDS", "visibility", "CHAIR_AND_WORKER"),
            "k")
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("words")
        .jsonPath("$.errors[0].message")
        .isEqualTo("Ysgrifenna beth rwyt ti eisiau ei ddweud")
        .jsonPath("$.detail")
        .value(detail -> assertThat((String) detail).startsWith("Nothing was saved."));
    assertThat(commands.sent).isEmpty();
  }

  private String page(String path) {
    return web.mutateWith(youngPerson())
        .get()
        .uri(path)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }

  @Test
  void a_meeting_to_come_is_described_ahead_and_the_young_person_is_listed_as_you() {
    String html = page("/young-person/meeting");
    assertThat(html)
        .contains("<h1 class=\"govuk-heading-l\">Your next meeting</h1>")
        .contains("Who will be there?")
        .contains("What happens")
        .contains("Choose how you want to take part")
        .contains("<li>You</li>")
        .doesNotContain("<li>Taylor Morgan</li>");
  }

  @Test
  void once_the_meeting_has_started_the_page_speaks_of_it_in_the_past() {
    readModels.rewrite(json -> json.replace(Fixtures.REVIEW_AT, "2020-05-01T10:00:00"));
    String html = page("/young-person/meeting");
    assertThat(html)
        .contains("<title>Your last meeting – Case Journey</title>")
        .contains("<h1 class=\"govuk-heading-l\">Your last meeting</h1>")
        .contains("Who was asked to come?")
        .contains("What happened to my views")
        .doesNotContain("What happens")
        .doesNotContain("Choose how you want to take part");
    assertThat(page("/young-person/meeting?lang=cy")).contains("Dy gyfarfod diwethaf");
  }

  @Test
  void once_the_meeting_has_started_a_client_app_can_neither_choose_nor_send() {
    readModels.rewrite(json -> json.replace(Fixtures.REVIEW_AT, "2020-05-01T10:00:00"));
    postJson(
            youngPerson(),
            "/api/family/young-person/participation",
            Map.of("choice", "ATTEND_ALL"),
            "k")
        .expectStatus()
        .isEqualTo(409)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    postJson(
            youngPerson(),
            "/api/family/young-person/contributions",
            Map.of("form", "WORDS", "words", "Hello", "visibility", "CHAIR_AND_WORKER"),
            "k")
        .expectStatus()
        .isEqualTo(409);
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void the_json_api_never_gives_a_parent_the_chair_only_views() {
    web.mutateWith(parentA())
        .get()
        .uri("/api/family/meeting")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(
            json ->
                assertThat(json)
                    .contains("I want to stay at my school")
                    .doesNotContain("SECRET-HOUSES")
                    .doesNotContain("k1")
                    .doesNotContain("Thank you for your houses"));
  }
}
