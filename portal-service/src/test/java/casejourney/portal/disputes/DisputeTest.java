package casejourney.portal.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.support.FakeCommands;
import casejourney.portal.support.FakeReadModels;
import casejourney.portal.support.Fixtures;
import casejourney.portal.support.PortalTestConfig;
import casejourney.portal.support.Users;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * A parent, carer or the young person says something in the record is wrong, and reads the answer
 * (docs/adr/0015): what they can choose, what is sent as theirs, and what each of them sees of
 * their own disputes, never another's.
 */
@SpringBootTest
@AutoConfigureWebTestClient
@Import(PortalTestConfig.class)
class DisputeTest {

  static final String REPORT = "REPORT:m-initial:r1";
  static final String WORDS = "The report says I missed the appointment. I was there.";

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

  private WebTestClient as(OidcLoginMutator who) {
    return web.mutate().responseTimeout(Duration.ofSeconds(30)).build().mutateWith(who);
  }

  private String get(OidcLoginMutator who, String path) {
    return as(who)
        .get()
        .uri(path)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }

  private WebTestClient.ResponseSpec post(OidcLoginMutator who, String path, String... pairs) {
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      form.add(pairs[i], pairs[i + 1]);
    }
    return as(who)
        .mutateWith(csrf())
        .post()
        .uri(path)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(BodyInserters.fromFormData(form))
        .exchange();
  }

  private static String html(WebTestClient.ResponseSpec response) {
    return response.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
  }

  private static OidcLoginMutator rhian() {
    return Users.user("parent-b", "PARENT");
  }

  /** The radio values offered, in order. */
  private static List<String> choices(String html) {
    Matcher m = Pattern.compile("name=\"about\" type=\"radio\" value=\"([^\"]+)\"").matcher(html);
    return m.results().map(r -> r.group(1)).toList();
  }

  @Test
  void a_parent_is_offered_only_what_they_can_see_and_what_they_send_is_theirs() {
    String form = get(Users.parentA(), "/something-wrong/new");
    assertThat(form)
        .contains("<title>Tell us what is wrong – Case Journey</title>")
        .doesNotContain("??");
    // What the held conference decided and the report shared with Alex for it, then each plan
    // version, newest first, then anything else. The review has not been held: nothing decided.
    assertThat(choices(form))
        .containsExactly(
            "MEETING_OUTCOME:m-initial", REPORT, "PLAN_VERSION:2", "PLAN_VERSION:1", "OTHER");
    assertThat(form).doesNotContain("MEETING_OUTCOME:" + Fixtures.REVIEW_MEETING);

    // The report's own link chooses it; an id of something they cannot see chooses nothing.
    assertThat(get(Users.parentA(), "/something-wrong/new?about=" + REPORT))
        .containsPattern("value=\"" + REPORT + "\"[^>]*checked");
    assertThat(get(Users.parentA(), "/something-wrong/new?about=REPORT:m-initial:r-secret"))
        .doesNotContain("checked");

    post(
            Users.parentA(),
            "/something-wrong/new",
            "about",
            REPORT,
            "whatIsWrong",
            "  " + WORDS + "  ",
            "whatItShouldSay",
            " ",
            "formId",
            "f-d1")
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", "/something-wrong?sent=1");
    assertThat(commands.sent).hasSize(1);
    FakeCommands.Sent sent = commands.sent.get(0);
    assertThat(sent.subject()).isEqualTo("parent-a");
    assertThat(sent.path()).isEqualTo(Fixtures.MORGAN + "/disputes");
    // The form's id is the dispute's and the idempotency key: a second click is the same request.
    assertThat(sent.idempotencyKey()).isEqualTo("f-d1");
    assertThat((Map<Object, Object>) (Map<?, ?>) sent.body())
        .containsExactly(
            Map.entry("disputeId", "f-d1"),
            Map.entry("item", "REPORT"),
            Map.entry("meetingId", "m-initial"),
            Map.entry("reportId", "r1"),
            Map.entry("whatIsWrong", WORDS));
    assertThat(get(Users.parentA(), "/something-wrong?sent=1"))
        .contains("govuk-notification-banner--success")
        .contains("We have sent it to your social worker.")
        .contains("They must answer within one month.");
  }

  @Test
  void a_second_click_of_the_same_form_sends_the_same_dispute_so_case_service_stores_it_once() {
    for (int i = 0; i < 2; i++) {
      post(
              Users.parentA(),
              "/something-wrong/new",
              "about",
              "OTHER",
              "whatIsWrong",
              WORDS,
              "formId",
              "f-twice")
          .expectStatus()
          .is3xxRedirection();
    }
    // case-service answers a repeated Idempotency-Key with the same body by replaying the first
    // answer, and would refuse a second dispute with the same id anyway.
    assertThat(commands.sent)
        .extracting(FakeCommands.Sent::idempotencyKey)
        .containsExactly("f-twice", "f-twice");
    assertThat(commands.sent.get(0).body()).isEqualTo(commands.sent.get(1).body());
    // A fresh form is a fresh dispute.
    String first = formId(get(Users.parentA(), "/something-wrong/new"));
    String second = formId(get(Users.parentA(), "/something-wrong/new"));
    assertThat(first).isNotEqualTo(second).matches("[0-9a-f-]{36}");
  }

  private static String formId(String html) {
    Matcher m = Pattern.compile("name=\"formId\" value=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void nothing_is_sent_without_what_it_is_about_and_what_is_wrong() {
    String html = html(post(Users.parentA(), "/something-wrong/new", "formId", "f-d2"));
    assertThat(html)
        .contains("There is a problem")
        .contains("<a href=\"#about\">Choose what is wrong</a>")
        .contains("<a href=\"#whatIsWrong\">Tell us what is wrong</a>")
        .contains("id=\"about-error\"")
        .contains("id=\"whatIsWrong-error\"")
        // The same form: nothing was sent, so the same id stays with it.
        .contains("name=\"formId\" value=\"f-d2\"");
    // Something the parent cannot see is refused here, before case-service is asked.
    assertThat(
            html(
                post(
                    Users.parentA(),
                    "/something-wrong/new",
                    "about",
                    "MEETING_OUTCOME:" + Fixtures.REVIEW_MEETING,
                    "whatIsWrong",
                    WORDS,
                    "formId",
                    "f-d3")))
        .contains("<a href=\"#about\">Choose what is wrong</a>");
    assertThat(html(post(Users.parentA(), "/something-wrong/new?lang=cy", "formId", "f-d4")))
        .contains("Dewiswch beth sy’n anghywir")
        .doesNotContain("There is a problem");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void a_refusal_is_shown_against_the_field_and_the_form_gets_a_new_id() {
    commands.next =
        new CommandOutcome.Refused(
            422,
            "Nothing was saved.",
            List.of(new CommandOutcome.FieldError("whatIsWrong", "what is wrong is too long")));
    String html =
        html(
            post(
                Users.parentA(),
                "/something-wrong/new",
                "about",
                "OTHER",
                "whatIsWrong",
                WORDS,
                "formId",
                "f-d5"));
    assertThat(html)
        .contains("<a href=\"#whatIsWrong\">what is wrong is too long</a>")
        .contains(WORDS)
        .containsPattern("value=\"OTHER\"[^>]*checked")
        .doesNotContain("value=\"f-d5\"");
    assertThat(commands.sent).hasSize(1);
  }

  @Test
  void each_parent_reads_only_their_own_and_what_state_each_is_in() {
    String alex = get(Users.parentA(), "/something-wrong");
    assertThat(alex)
        .contains("<title>Tell us if something is wrong – Case Journey</title>")
        .doesNotContain("??")
        .contains("ALEX-DISPUTE")
        .contains("Version 2 of the plan, from 22 April 2026")
        .contains("Corrected")
        .contains("On 24 April 2026, Sam Patel agreed it was wrong and wrote this correction:")
        .contains("You are right: you have a car.")
        .contains("The correction is kept next to what was written before.")
        .contains("ALEX-OTHER")
        .contains("Waiting for an answer")
        .contains("Your social worker must answer by 1 February 2099.")
        .doesNotContain("RHIAN-DISPUTE", "TAYLOR-DISPUTE");
    // Newest first.
    assertThat(alex.indexOf("ALEX-OTHER")).isLessThan(alex.indexOf("ALEX-DISPUTE"));
    String rhian = get(rhian(), "/something-wrong?lang=en");
    assertThat(rhian)
        .contains("RHIAN-DISPUTE")
        .contains("The report:")
        .contains("Social work report for the conference")
        .contains("That I went to the appointment on 3 March.")
        // Its day to answer, 21 May 2026, has passed.
        .contains("The answer is late. It was due by 21 May 2026.")
        .doesNotContain("ALEX-DISPUTE", "ALEX-OTHER", "TAYLOR-DISPUTE");
    assertThat(get(rhian(), "/something-wrong?lang=cy"))
        .contains("Mae’r ateb yn hwyr")
        .contains("RHIAN-DISPUTE");
  }

  @Test
  void a_record_kept_as_it_is_says_their_words_stay_and_how_to_complain() {
    readModels.rewrite(
        json ->
            json.replace(
                "\"answer\":null,\"explanation\":null,\"answeredBy\":null,\"answeredAt\":null},\n"
                    + "  {\"disputeId\":\"d-alex-plan\"",
                "\"answer\":\"NOT_CHANGED\",\"explanation\":{\"en\":\"KEPT-REASON The clinic has"
                    + " no record of the visit.\",\"cy\":null},\"answeredBy\":{\"subject\":"
                    + "\"worker\",\"name\":\"Sam Patel\"},\"answeredAt\":\"2026-05-01T10:00:00Z\"},\n"
                    + "  {\"disputeId\":\"d-alex-plan\""));
    String html = get(rhian(), "/something-wrong?lang=en");
    assertThat(html)
        .contains("Not changed")
        .contains("On 1 May 2026, Sam Patel decided to keep it as it is. This is why:")
        .contains("KEPT-REASON")
        .contains("Your words stay on the record, next to what you said is wrong.")
        .contains("you can complain to the council")
        .contains("href=\"https://ico.org.uk/make-a-complaint/\"")
        .contains("the Information Commissioner&#39;s Office")
        .doesNotContain("The answer is late");
    // In Welsh, the English reason is marked as English until a Welsh one is written.
    assertThat(get(rhian(), "/something-wrong?lang=cy"))
        .contains("<span lang=\"en\">KEPT-REASON")
        .contains("Swyddfa’r Comisiynydd Gwybodaeth");
  }

  @Test
  void more_time_to_answer_is_told_with_the_new_day_and_why_and_not_to_the_other_parent() {
    readModels.rewrite(Fixtures::rhianGivenMoreTime);
    String rhian = get(rhian(), "/something-wrong?lang=en");
    assertThat(rhian)
        .doesNotContain("??")
        .contains("More time needed")
        .contains("Your social worker needs more time to answer. They will answer by 21 July 2099.")
        .contains("This is why they need more time:")
        .contains("EXTENSION-REASON We need to ask the clinic who came that day.")
        .doesNotContain("The answer is late");
    // Rhian reads Welsh: the reason is English until the worker writes it in Welsh.
    assertThat(get(rhian(), "/something-wrong?lang=cy"))
        .contains("Angen mwy o amser")
        .contains("Byddan nhw’n ateb erbyn 21 Gorffennaf 2099.")
        .contains("<span lang=\"en\">EXTENSION-REASON")
        .contains("(Fersiwn Gymraeg ar y ffordd)");
    // Beside the report itself.
    assertThat(get(rhian(), "/meeting?lang=en"))
        .contains(
            "You told us this is wrong on 21 April 2026. Your social worker needs more time. They"
                + " will answer by 21 July 2099.")
        .contains(
            "<q lang=\"en\">EXTENSION-REASON We need to ask the clinic who came that day.</q>");
    // Alex had the same report, and is not told.
    assertThat(get(Users.parentA(), "/meeting"))
        .doesNotContain("EXTENSION-REASON", "needs more time");
    assertThat(get(Users.parentA(), "/something-wrong")).doesNotContain("EXTENSION-REASON");
    String json =
        as(rhian())
            .get()
            .uri("/api/family/disputes")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(json)
        .contains("\"answerDue\":\"2099-07-21\"")
        .contains("\"firstAnswerDue\":\"2099-05-21\"")
        .contains("EXTENSION-REASON");
    assertThat(
            as(Users.parentA())
                .get()
                .uri("/api/family/disputes")
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody())
        .doesNotContain("EXTENSION-REASON");
  }

  @Test
  void the_meeting_and_plan_pages_show_what_was_said_beside_the_item_and_link_to_say_more() {
    String rhian = get(rhian(), "/meeting?lang=en");
    assertThat(rhian)
        .contains("What was decided")
        .contains("A plan is needed.")
        .contains("href=\"/something-wrong/new?about=REPORT%3Am-initial%3Ar1\"")
        .contains("Is something wrong in this report? Tell us")
        .contains("href=\"/something-wrong/new?about=MEETING_OUTCOME%3Am-initial\"")
        .contains("You told us this is wrong on 21 April 2026. The answer was due by 21 May 2026.");
    // Alex had the same report, and is not told what Rhian said about it.
    String alex = get(Users.parentA(), "/meeting");
    assertThat(alex)
        .contains("href=\"/something-wrong/new?about=REPORT%3Am-initial%3Ar1\"")
        .doesNotContain("You told us this is wrong", "RHIAN-DISPUTE");
    for (String path : List.of("/what-changed", "/plan/respond")) {
      assertThat(get(Users.parentA(), path))
          .as(path)
          .contains("You told us this is wrong. It was corrected on 24 April 2026.")
          .contains("href=\"/something-wrong/new?about=PLAN_VERSION%3A2\"")
          .contains("Is something wrong in this version of the plan? Tell us");
    }
    assertThat(get(rhian(), "/what-changed?lang=en")).doesNotContain("You told us this is wrong");
  }

  @Test
  void the_young_person_has_the_same_pages_in_their_own_words() {
    OidcLoginMutator taylor = Users.youngPerson();
    String form = get(taylor, "/young-person/something-wrong/new");
    assertThat(form).contains("<title>Tell us what is wrong – Case Journey</title>");
    // No report was shared with Taylor; every held meeting is about them.
    assertThat(choices(form))
        .containsExactly("MEETING_OUTCOME:m-initial", "PLAN_VERSION:2", "PLAN_VERSION:1", "OTHER");
    assertThat(form)
        .contains("What was agreed at the meeting on 20 April 2026", "My plan (version 2)");
    String list = get(taylor, "/young-person/something-wrong");
    assertThat(list)
        .contains("<title>Is something wrong? – Case Journey</title>")
        .contains("TAYLOR-DISPUTE")
        .contains("Not changed")
        .contains("did not change it. This is why:")
        .contains("What you said stays with it")
        .contains("href=\"https://ico.org.uk/make-a-complaint/\"")
        .doesNotContain("ALEX-DISPUTE", "RHIAN-DISPUTE", "??");
    // With the review cancelled, Taylor's meeting page is the held conference, with what was
    // agreed.
    readModels.rewrite(
        json -> json.replace("\"status\":\"SCHEDULED\"", "\"status\":\"CANCELLED\""));
    assertThat(get(taylor, "/young-person/meeting"))
        .contains("What was agreed")
        .contains("There will be a plan to help you.")
        .contains(
            "You told us this is wrong. On 25 April 2026 your social worker did not change it.")
        .contains("href=\"/young-person/something-wrong/new?about=MEETING_OUTCOME%3Am-initial\"")
        .contains("Is something wrong in what was agreed? Tell us");
    readModels.reset();
    assertThat(get(taylor, "/young-person/plan"))
        .contains("href=\"/young-person/something-wrong/new?about=PLAN_VERSION%3A2\"")
        .contains("Is something wrong in your plan? Tell us");

    post(
            taylor,
            "/young-person/something-wrong/new",
            "about",
            "PLAN_VERSION:2",
            "whatIsWrong",
            "It says I go to a club. I do not.",
            "formId",
            "f-yp")
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", "/young-person/something-wrong?sent=1");
    assertThat((Map<Object, Object>) (Map<?, ?>) commands.sent.get(0).body())
        .containsEntry("item", "PLAN_VERSION")
        .containsEntry("planVersion", 2)
        .doesNotContainKey("meetingId");
    assertThat(get(taylor, "/young-person/something-wrong?sent=1"))
        .contains("Thank you. We have sent it to your social worker.");
    assertThat(html(post(taylor, "/young-person/something-wrong/new", "formId", "f")))
        .contains("<a href=\"#about\">Choose what is wrong</a>");
  }

  @Test
  void the_json_api_gives_only_the_callers_own_and_sends_what_they_can_see() {
    String alex =
        as(Users.parentA())
            .get()
            .uri("/api/family/disputes")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(alex)
        .contains("ALEX-DISPUTE", "ALEX-OTHER", "\"choices\"", "\"item\":\"MEETING_OUTCOME\"")
        .doesNotContain("RHIAN-DISPUTE", "TAYLOR-DISPUTE", "p-rhian", "p-taylor");
    assertThat(
            as(Users.youngPerson())
                .get()
                .uri("/api/family/young-person/disputes")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody())
        .contains("TAYLOR-DISPUTE")
        .doesNotContain("ALEX-DISPUTE", "RHIAN-DISPUTE");

    as(Users.parentA())
        .mutateWith(csrf())
        .post()
        .uri("/api/family/disputes")
        .contentType(MediaType.APPLICATION_JSON)
        .header("Idempotency-Key", "k-api-1")
        .bodyValue(
            Map.of(
                "item", "REPORT", "meetingId", "m-initial", "reportId", "r1", "whatIsWrong", WORDS))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.disputeId")
        .isEqualTo("k-api-1");
    assertThat(commands.sent.get(0).idempotencyKey()).isEqualTo("k-api-1");
    assertThat((Map<Object, Object>) (Map<?, ?>) commands.sent.get(0).body())
        .containsEntry("disputeId", "k-api-1")
        .containsEntry("reportId", "r1");

    // Not theirs to see (a report id made up, the review's outcome), or nothing said: refused here.
    for (Map<String, Object> bad :
        List.<Map<String, Object>>of(
            Map.of(
                "item", "REPORT", "meetingId", "m-initial", "reportId", "r9", "whatIsWrong", "x"),
            Map.of(
                "item",
                "MEETING_OUTCOME",
                "meetingId",
                Fixtures.REVIEW_MEETING,
                "whatIsWrong",
                "x"),
            Map.of("item", "OTHER"),
            Map.of("item", "NOT_A_THING", "whatIsWrong", "x"),
            Map.of("item", "OTHER", "whatIsWrong", "a".repeat(2_001)))) {
      as(Users.parentA())
          .mutateWith(csrf())
          .post()
          .uri("/api/family/disputes")
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(bad)
          .exchange()
          .expectStatus()
          .isEqualTo(422)
          .expectHeader()
          .contentType("application/problem+json");
    }
    assertThat(commands.sent).hasSize(1);
  }
}
