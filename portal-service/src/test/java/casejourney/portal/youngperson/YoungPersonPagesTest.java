package casejourney.portal.youngperson;

import static casejourney.portal.support.Users.parentA;
import static casejourney.portal.support.Users.youngPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import casejourney.portal.support.FakeCommands;
import casejourney.portal.support.Fixtures;
import casejourney.portal.support.PortalTestConfig;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

@SpringBootTest
@AutoConfigureWebTestClient
@Import(PortalTestConfig.class)
class YoungPersonPagesTest {

  @Autowired WebTestClient web;
  @Autowired FakeCommands commands;

  @BeforeEach
  void reset() {
    commands.reset();
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
