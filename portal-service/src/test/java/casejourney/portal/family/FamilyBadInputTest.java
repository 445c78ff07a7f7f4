package casejourney.portal.family;

import static casejourney.portal.support.Users.parentA;
import static casejourney.portal.support.Users.youngPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import casejourney.portal.support.FakeCommands;
import casejourney.portal.support.FakeReadModels;
import casejourney.portal.support.PortalTestConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.OidcLoginMutator;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Bad input on the family pages (portal issue, "Bad-input tests"): missing fields, over-long text,
 * markup in worker text and forged CSRF tokens. Each gets a clear error and changes no data.
 */
@SpringBootTest
@AutoConfigureWebTestClient
@Import(PortalTestConfig.class)
class FamilyBadInputTest {

  static final String TOO_LONG = "a".repeat(5_001);
  static final String LONGEST = "b".repeat(5_000);

  @Autowired WebTestClient web;
  @Autowired FakeCommands commands;
  @Autowired FakeReadModels readModels;

  @BeforeEach
  void reset() {
    commands.reset();
  }

  @AfterEach
  void fixtures() {
    readModels.reset();
  }

  private String post(OidcLoginMutator who, String path, Map<String, String> form, int status) {
    LinkedMultiValueMap<String, String> body = new LinkedMultiValueMap<>();
    form.forEach(body::add);
    return web.mutateWith(who)
        .mutateWith(csrf())
        .post()
        .uri(path)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(BodyInserters.fromFormData(body))
        .exchange()
        .expectStatus()
        .isEqualTo(status)
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }

  /** The GOV.UK error summary links to the field, and the field carries the same message. */
  private static void assertError(String html, String field, String message) {
    assertThat(html)
        .contains("There is a problem")
        .contains("<a href=\"#" + field + "\">" + message + "</a>")
        .contains("id=\"" + field + "-error\"");
  }

  @Test
  void the_plan_answer_needs_a_choice_and_a_reason_to_disagree() {
    assertError(
        post(parentA(), "/plan/respond", Map.of("version", "2", "formId", "f"), 200),
        "answer",
        "Choose if you have read the plan or you disagree");
    assertError(
        post(
            parentA(),
            "/plan/respond",
            Map.of("answer", "maybe", "version", "2", "formId", "f"),
            200),
        "answer",
        "Choose if you have read the plan or you disagree");
    assertError(
        post(
            parentA(),
            "/plan/respond",
            Map.of("answer", "disagree", "response", "  \n ", "version", "2", "formId", "f"),
            200),
        "response",
        "Tell us why you disagree");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void an_over_long_disagreement_is_refused_and_kept_for_the_parent_to_shorten() {
    String html =
        post(
            parentA(),
            "/plan/respond",
            Map.of("answer", "disagree", "response", TOO_LONG, "version", "2", "formId", "f"),
            200);
    assertError(html, "response", "Keep it to 5,000 characters or fewer");
    assertThat(html).contains(TOO_LONG);
    assertThat(commands.sent).isEmpty();

    post(
        parentA(),
        "/plan/respond",
        Map.of("answer", "disagree", "response", LONGEST, "version", "2", "formId", "f"),
        303);
    assertThat(commands.sent).hasSize(1);
  }

  @Test
  void the_welsh_page_gives_the_errors_in_welsh() {
    String html =
        post(parentA(), "/plan/respond?lang=cy", Map.of("version", "2", "formId", "f"), 200);
    assertThat(html).contains("lang=\"cy\"").doesNotContain("There is a problem");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void the_young_persons_views_need_a_way_some_words_and_who_may_see_them() {
    assertError(
        post(
            youngPerson(),
            "/young-person/views",
            Map.of("visibility", "CHAIR_AND_WORKER", "formId", "f"),
            200),
        "form",
        "Choose how you want to tell us");
    assertError(
        post(
            youngPerson(),
            "/young-person/views",
            Map.of("form", "WORDS", "words", " ", "visibility", "CHAIR_AND_WORKER", "formId", "f"),
            200),
        "words",
        "Write what you want to say");
    assertError(
        post(
            youngPerson(),
            "/young-person/views",
            Map.of("form", "THREE_HOUSES", "visibility", "EVERYONE_AT_MEETING", "formId", "f"),
            200),
        "worries",
        "Write in at least one house");
    assertError(
        post(
            youngPerson(),
            "/young-person/views",
            Map.of("form", "WORDS", "words", "hello", "formId", "f"),
            200),
        "visibility",
        "Choose who can see it");
    assertError(
        post(
            youngPerson(),
            "/young-person/views",
            Map.of("form", "WORDS", "words", "hello", "visibility", "EVERYONE", "formId", "f"),
            200),
        "visibility",
        "Choose who can see it");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void over_long_views_are_refused_in_every_box() {
    for (String field : List.of("words", "worries", "goodThings", "wishes")) {
      String html =
          post(
              youngPerson(),
              "/young-person/views",
              Map.of(
                  "form",
                  field.equals("words") ? "WORDS" : "THREE_HOUSES",
                  field,
                  TOO_LONG,
                  "visibility",
                  "CHAIR_AND_WORKER",
                  "formId",
                  "f"),
              200);
      assertError(html, field, "Keep it to 5,000 characters or fewer");
    }
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void a_made_up_way_of_taking_part_is_refused() {
    for (String choice : List.of("", "ATTEND_EVERYTHING_AND_MORE", "<script>")) {
      String html =
          post(
              youngPerson(),
              "/young-person/take-part",
              Map.of("choice", choice, "formId", "f"),
              200);
      assertError(html, "choice", "Choose how you want to take part");
      assertThat(html).doesNotContain("<script>\"");
    }
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void markup_in_what_the_young_person_typed_is_shown_back_as_text() {
    String html =
        post(
            youngPerson(),
            "/young-person/views",
            Map.of(
                "form",
                "WORDS",
                "words",
                "<script>alert('typed')</script>" + TOO_LONG,
                "visibility",
                "CHAIR_AND_WORKER",
                "formId",
                "f"),
            200);
    assertThat(html).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
  }

  /** Markup a worker might paste into any text a family member reads. */
  static final Map<String, String> HOSTILE =
      Map.of(
          "Go to the parenting course each week",
          "<img src=x onerror=alert(1)>Go to the parenting course each week",
          "The course now starts earlier",
          "<script>alert(2)</script>The course now starts earlier",
          "Civic Centre, Room 3",
          "<b onmouseover=alert(3)>Civic Centre</b>, Room 3",
          "Social work report for the conference",
          "<iframe src=javascript:alert(4)></iframe>Social work report",
          "I want to stay at my school.",
          "<script>alert(5)</script>I want to stay at my school.",
          "Thank you for your houses, Taylor.",
          "<svg onload=alert(6)></svg>Thank you for your houses.",
          "Sam Patel",
          "<a href=javascript:alert(7)>Sam Patel</a>",
          "We pay for the course and your bus fare",
          "<style>body{display:none}</style>We pay for the course",
          "Taylor is safe and well at home",
          "<script src=//evil.example/x.js></script>Taylor is safe",
          "You are right: you have a car.",
          "<img src=x onerror=alert(8)>You are right: you have a car.");

  static final List<String> EXECUTABLE =
      List.of(
          "<img src=x",
          "<script>alert",
          "<script src=",
          "<b onmouseover",
          "<iframe",
          "<svg",
          "<a href=javascript",
          "<style>body");

  @Test
  void markup_in_worker_text_is_shown_as_text_on_every_family_page_and_never_as_markup() {
    readModels.rewrite(
        json -> {
          String out = json;
          for (var e : HOSTILE.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
          }
          return out;
        });
    Map<OidcLoginMutator, List<String>> pages =
        Map.of(
            parentA(),
            List.of(
                "/updates",
                "/expected",
                "/what-changed",
                "/meeting",
                "/plan/respond",
                "/something-wrong",
                "/something-wrong/new"),
            youngPerson(),
            List.of(
                "/young-person/meeting",
                "/young-person/take-part",
                "/young-person/views",
                "/young-person/response",
                "/young-person/plan",
                "/young-person/something-wrong",
                "/young-person/something-wrong/new"));
    int escaped = 0;
    for (var who : pages.entrySet()) {
      for (String path : who.getValue()) {
        for (String lang : List.of("en", "cy")) {
          String html =
              web.mutateWith(who.getKey())
                  .get()
                  .uri(path + "?lang=" + lang)
                  .exchange()
                  .expectStatus()
                  .isOk()
                  .expectHeader()
                  .value(
                      "Content-Security-Policy",
                      csp ->
                          assertThat(csp)
                              .contains("script-src 'self'")
                              .doesNotContain("unsafe-inline")
                              .doesNotContain("unsafe-eval"))
                  .expectBody(String.class)
                  .returnResult()
                  .getResponseBody();
          assertThat(html).as(path + " " + lang).doesNotContain(EXECUTABLE.toArray(String[]::new));
          if (html.contains("&lt;")) {
            escaped++;
          }
        }
      }
    }
    // The hostile text did reach the pages (as text), so the check above means something.
    assertThat(escaped).isGreaterThanOrEqualTo(10);
  }

  @Test
  void the_json_api_gives_worker_text_as_json_strings_never_as_a_page() {
    readModels.rewrite(
        json -> json.replace("The course now starts earlier", "<script>alert(2)</script>"));
    web.mutateWith(parentA())
        .get()
        .uri("/api/family/what-changed")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
        .expectHeader()
        .valueEquals("X-Content-Type-Options", "nosniff");
  }

  @Test
  void the_json_api_with_a_bearer_token_starts_no_session() {
    // A session per API call filled the in-memory store under load, and then every request,
    // browsers' too, failed with a 500.
    for (int i = 0; i < 3; i++) {
      web.mutateWith(
              SecurityMockServerConfigurers.mockJwt()
                  .jwt(j -> j.subject("parent-a").claim("roles", List.of("PARENT")))
                  .authorities(new SimpleGrantedAuthority("ROLE_PARENT")))
          .get()
          .uri("/api/family/timeline")
          .exchange()
          .expectStatus()
          .isOk()
          .expectHeader()
          .doesNotExist("Set-Cookie");
    }
  }

  @Test
  void forged_or_missing_csrf_tokens_are_refused_and_change_nothing() {
    LinkedMultiValueMap<String, String> answer = new LinkedMultiValueMap<>();
    answer.add("answer", "read");
    answer.add("formId", "f");
    answer.add("about", "OTHER");
    answer.add("whatIsWrong", "wrong");
    for (String path :
        List.of(
            "/plan/respond",
            "/young-person/views",
            "/young-person/take-part",
            "/something-wrong/new",
            "/young-person/something-wrong/new")) {
      for (String token : new String[] {null, "forged-token", ""}) {
        LinkedMultiValueMap<String, String> body = new LinkedMultiValueMap<>(answer);
        body.add("form", "WORDS");
        body.add("words", "hi");
        body.add("visibility", "CHAIR_AND_WORKER");
        body.add("choice", "NOT_THIS_TIME");
        if (token != null) {
          body.add("_csrf", token);
        }
        web.mutateWith(path.startsWith("/young") ? youngPerson() : parentA())
            .post()
            .uri(path)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .header("X-CSRF-TOKEN", token == null ? "also-forged" : token)
            .body(BodyInserters.fromFormData(body))
            .exchange()
            .expectStatus()
            .isForbidden();
      }
    }
    // The JSON API, when the caller is signed in with the browser's session cookie.
    for (String path : List.of("/api/family/plan/responses", "/api/family/disputes")) {
      web.mutateWith(parentA())
          .post()
          .uri(path)
          .contentType(MediaType.APPLICATION_JSON)
          .header("X-CSRF-TOKEN", "forged-token")
          .bodyValue(Map.of("answer", "read", "item", "OTHER", "whatIsWrong", "wrong"))
          .exchange()
          .expectStatus()
          .isForbidden();
    }
    // Staying signed in and signing out are forms too.
    for (String path : List.of("/session/extend", "/sign-out")) {
      web.mutateWith(parentA())
          .post()
          .uri(path)
          .contentType(MediaType.APPLICATION_FORM_URLENCODED)
          .body(BodyInserters.fromFormData("_csrf", "forged-token"))
          .exchange()
          .expectStatus()
          .isForbidden();
    }
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void the_json_api_refuses_bad_answers_with_a_problem_and_sends_nothing() {
    for (Map<String, Object> bad :
        List.of(
            Map.<String, Object>of(),
            Map.<String, Object>of("answer", "maybe", "version", 2),
            Map.<String, Object>of("answer", "disagree", "version", 2),
            Map.<String, Object>of("answer", "disagree", "response", TOO_LONG, "version", 2),
            // Which version is being answered is not optional: it is never assumed.
            Map.<String, Object>of("answer", "read"),
            Map.<String, Object>of("answer", "read", "version", 0))) {
      web.mutateWith(parentA())
          .mutateWith(csrf())
          .post()
          .uri("/api/family/plan/responses")
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(bad)
          .exchange()
          .expectStatus()
          .isEqualTo(422);
    }
    web.mutateWith(parentA())
        .mutateWith(csrf())
        .post()
        .uri("/api/family/plan/responses")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{not json")
        .exchange()
        .expectStatus()
        .isBadRequest();
    assertThat(commands.sent).isEmpty();
  }

  static final String DISPUTE_TOO_LONG = "c".repeat(2_001);
  static final String DISPUTE_LONGEST = "d".repeat(2_000);

  @Test
  void saying_something_is_wrong_needs_what_and_about_what_and_each_box_has_its_limit() {
    assertError(
        post(parentA(), "/something-wrong/new", Map.of("about", "OTHER", "formId", "f"), 200),
        "whatIsWrong",
        "Tell us what is wrong");
    assertError(
        post(
            parentA(),
            "/something-wrong/new",
            Map.of("about", "OTHER", "whatIsWrong", " \n ", "formId", "f"),
            200),
        "whatIsWrong",
        "Tell us what is wrong");
    for (String about : List.of("", "REPORT:m-initial:r-nope", "<script>", "OTHER:extra")) {
      String html =
          post(
              parentA(),
              "/something-wrong/new",
              Map.of("about", about, "whatIsWrong", "wrong", "formId", "f"),
              200);
      assertError(html, "about", "Choose what is wrong");
      assertThat(html).doesNotContain("<script>\"");
    }
    String tooLong =
        post(
            parentA(),
            "/something-wrong/new",
            Map.of(
                "about",
                "OTHER",
                "whatIsWrong",
                DISPUTE_TOO_LONG,
                "whatItShouldSay",
                DISPUTE_TOO_LONG,
                "formId",
                "f"),
            200);
    assertError(tooLong, "whatIsWrong", "Keep it to 2,000 characters or fewer");
    assertError(tooLong, "whatItShouldSay", "Keep it to 2,000 characters or fewer");
    // Kept for them to shorten, not lost.
    assertThat(tooLong).contains(DISPUTE_TOO_LONG);
    assertError(
        post(
            youngPerson(),
            "/young-person/something-wrong/new",
            Map.of("about", "OTHER", "whatIsWrong", DISPUTE_TOO_LONG, "formId", "f"),
            200),
        "whatIsWrong",
        "Make it shorter: 2,000 letters at most");
    assertThat(commands.sent).isEmpty();

    post(
        parentA(),
        "/something-wrong/new",
        Map.of(
            "about",
            "OTHER",
            "whatIsWrong",
            DISPUTE_LONGEST,
            "whatItShouldSay",
            DISPUTE_LONGEST,
            "formId",
            "f"),
        303);
    assertThat(commands.sent).hasSize(1);
  }

  @Test
  void markup_in_what_a_parent_says_is_wrong_is_shown_back_as_text() {
    String html =
        post(
            parentA(),
            "/something-wrong/new",
            Map.of(
                "whatIsWrong",
                "<script>alert('typed')</script>",
                "whatItShouldSay",
                "<img src=x onerror=alert(9)>",
                "formId",
                "f"),
            200);
    assertThat(html)
        .contains("&lt;script&gt;alert(")
        .doesNotContain("<script>alert(")
        .doesNotContain("<img src=x");
  }
}
