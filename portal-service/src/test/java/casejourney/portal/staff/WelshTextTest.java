package casejourney.portal.staff;

import static casejourney.portal.staff.StaffTestSupport.chair;
import static casejourney.portal.staff.StaffTestSupport.get;
import static casejourney.portal.staff.StaffTestSupport.html;
import static casejourney.portal.staff.StaffTestSupport.patient;
import static casejourney.portal.staff.StaffTestSupport.post;
import static casejourney.portal.staff.StaffTestSupport.worker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import casejourney.api.views.WorkerDashboardView.CaseloadItem;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.support.FakeAudit;
import casejourney.portal.support.FakeCommands;
import casejourney.portal.support.FakeReadModels;
import casejourney.portal.support.Fixtures;
import casejourney.portal.support.PortalTestConfig;
import casejourney.portal.support.Users;
import java.util.HashMap;
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
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * A "Welsh text to add" task on the caseload is completed from its own page (docs/adr/0018): the
 * Welsh, tied to the English it was written from, by the allocated worker or the meeting's chair.
 */
@SpringBootTest
@AutoConfigureWebTestClient
@Import(PortalTestConfig.class)
class WelshTextTest {

  static final String POST = "/staff/cases/" + Fixtures.MORGAN + "/welsh-text";
  static final String PLAN = POST + "?kind=PLAN_EXPECTATION&ref=e-course";
  static final String RESPONSE = POST + "?kind=CHAIR_RESPONSE&ref=m-initial&personId=p-taylor";
  static final String ENGLISH = "Go to the parenting course each week";
  static final String WELSH = "Mynd i’r cwrs rhianta bob wythnos";
  static final String API = "/api/staff/cases/" + Fixtures.MORGAN + "/welsh-text";

  @Autowired WebTestClient web;
  @Autowired FakeCommands commands;
  @Autowired FakeReadModels readModels;
  @Autowired FakeAudit audit;

  @BeforeEach
  void reset() {
    commands.reset();
    audit.entries.clear();
  }

  @AfterEach
  void fixtures() {
    readModels.reset();
  }

  private static String[] plan(String... more) {
    List<String> pairs =
        new java.util.ArrayList<>(
            List.of("kind", "PLAN_EXPECTATION", "ref", "e-course", "english", ENGLISH));
    pairs.addAll(List.of(more));
    return pairs.toArray(String[]::new);
  }

  @Test
  void each_task_on_the_caseload_links_to_its_page_by_ids_and_says_which_text_it_is() {
    String html = get(worker(web), "/staff");
    assertThat(html)
        .contains(
            "href=\"/staff/cases/"
                + Fixtures.MORGAN
                + "/welsh-text?kind=PLAN_EXPECTATION&amp;ref=e-course\"")
        .contains(
            "href=\"/staff/cases/"
                + Fixtures.MORGAN
                + "/welsh-text?kind=REDACTION_REASON&amp;ref=m-initial&amp;personId=p-rhian"
                + "&amp;reportId=r1\"")
        .contains(
            "Add Welsh<span class=\"govuk-visually-hidden\"> to this text: Plan expectation,"
                + " “<span lang=\"en\">"
                + ENGLISH
                + "</span>”</span></a>");
    // The words themselves never go in an address.
    assertThat(html).doesNotContainPattern("href=\"[^\"]*parenting[^\"]*\"");
    assertThat(get(worker(web), "/staff?lang=cy"))
        .contains("Ychwanegu Cymraeg<span class=\"govuk-visually-hidden\"> at y testun hwn:");
    // A task from before tasks named their person: no command could find it, so no link.
    readModels.put(
        CaseloadItem.COLLECTION,
        Fixtures.MORGAN,
        readModels
            .json(CaseloadItem.COLLECTION, Fixtures.MORGAN)
            .replace("\"personId\": \"p-taylor\",", ""));
    assertThat(get(worker(web), "/staff")).doesNotContain("kind=CHAIR_RESPONSE");
  }

  @Test
  void the_page_quotes_the_english_and_asks_for_the_welsh_in_english_and_welsh() {
    String page = get(worker(web), PLAN);
    assertThat(page)
        .contains("<title>Add the Welsh version – Case Journey</title>")
        .doesNotContain("??")
        .doesNotContain("Taylor Morgan –")
        .contains("Plan expectation")
        .doesNotContain(">Expectation</dt>")
        .contains("<blockquote class=\"govuk-inset-text cj-quote\" lang=\"en\">" + ENGLISH)
        .contains("lang=\"cy\" id=\"welsh\" name=\"welsh\"")
        .contains("<input type=\"hidden\" name=\"english\" value=\"" + ENGLISH + "\">")
        .contains("name=\"_csrf\"")
        .contains("action=\"" + POST + "\"");
    assertThat(get(worker(web), PLAN + "&lang=cy"))
        .contains("<title>Ychwanegu’r fersiwn Gymraeg – Taith yr Achos</title>")
        .contains("Y fersiwn Gymraeg")
        .doesNotContain("??");
    assertThat(
            get(
                worker(web),
                POST + "?kind=REDACTION_REASON&ref=m-initial&personId=p-rhian&reportId=r1"))
        .contains("Rhian Morgan")
        .contains("Social work report for the conference");
    assertThat(audit.entries)
        .contains(new FakeAudit.Entry("worker", "welsh-text", Fixtures.MORGAN));
  }

  @Test
  void the_worker_adds_the_welsh_and_goes_back_to_the_caseload() {
    post(worker(web), POST, plan("welsh", " " + WELSH + " ", "formId", "f-w"))
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", "/staff?done=welshAdded");
    FakeCommands.Sent sent = commands.sent.get(0);
    assertThat(sent.path()).isEqualTo(Fixtures.MORGAN + "/welsh-text");
    assertThat(sent.idempotencyKey()).isEqualTo("f-w");
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PLAN_EXPECTATION");
    body.put("ref", "e-course");
    body.put("personId", null);
    body.put("reportId", null);
    body.put("english", ENGLISH);
    body.put("welsh", WELSH);
    assertThat(sent.body()).isEqualTo(body);
    assertThat(get(worker(web), "/staff?done=welshAdded")).contains("The Welsh version is saved.");
  }

  @Test
  void blank_or_over_long_welsh_is_refused_against_the_field_and_markup_stays_text() {
    assertThat(html(post(worker(web), POST, plan("welsh", "  ", "formId", "f-b"))))
        .contains("<a href=\"#welsh\">Write the Welsh version</a>")
        .contains("id=\"welsh-error\"")
        .contains("aria-describedby=\"welsh-hint welsh-error\"");
    // As case-service: a plan expectation's Welsh may be as long as plan text, a reason's not.
    String tooLong = "<script>alert(1)</script>" + "a".repeat(5_000);
    assertThat(html(post(worker(web), POST, plan("welsh", tooLong, "formId", "f-b"))))
        .contains("<a href=\"#welsh\">Keep it to 5,000 characters or fewer</a>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)");
    assertThat(
            html(
                post(
                    worker(web),
                    POST,
                    "kind",
                    "CHAIR_RESPONSE",
                    "ref",
                    "m-initial",
                    "personId",
                    "p-taylor",
                    "english",
                    "Thank you.",
                    "welsh",
                    "b".repeat(2_001),
                    "formId",
                    "f-b")))
        .contains("<a href=\"#welsh\">Keep it to 2,000 characters or fewer</a>");
    assertThat(commands.sent).isEmpty();
    post(worker(web), POST, plan("welsh", "c".repeat(5_000), "formId", "f-b"))
        .expectStatus()
        .is3xxRedirection();
  }

  @Test
  void english_that_changed_since_is_shown_to_translate_instead() {
    String newer = "Go to the parenting course every Tuesday <b>evening</b>";
    readModels.put(
        CaseloadItem.COLLECTION,
        Fixtures.MORGAN,
        readModels.json(CaseloadItem.COLLECTION, Fixtures.MORGAN).replace(ENGLISH, newer));
    commands.next =
        new CommandOutcome.Refused(
            409,
            "",
            List.of(new CommandOutcome.FieldError("english", "the text has changed since")));
    String page = html(post(worker(web), POST, plan("welsh", WELSH, "formId", "f-c")));
    assertThat(page)
        .contains("<a href=\"#welsh\">The English has changed since you opened this page.")
        .contains("lang=\"en\">Go to the parenting course every Tuesday &lt;b&gt;evening&lt;/b&gt;")
        .contains("name=\"english\" value=\"Go to the parenting course every Tuesday &lt;b&gt;")
        // The Welsh they wrote is kept, to check against the new English.
        .contains(WELSH + "</textarea>");
  }

  @Test
  void a_change_the_caseload_has_not_caught_up_with_or_a_text_now_gone_is_said_so() {
    commands.next =
        new CommandOutcome.Refused(
            409, "", List.of(new CommandOutcome.FieldError("english", "changed")));
    assertThat(html(post(worker(web), POST, plan("welsh", WELSH, "formId", "f-d"))))
        .contains("<a href=\"#welsh\">The English has changed since you opened this page. Wait");
    readModels.put(
        CaseloadItem.COLLECTION,
        Fixtures.MORGAN,
        readModels
            .json(CaseloadItem.COLLECTION, Fixtures.MORGAN)
            .replace("\"ref\": \"e-course\"", "\"ref\": \"e-done\""));
    assertThat(html(post(worker(web), POST, plan("welsh", WELSH, "formId", "f-d"))))
        .contains(
            "<a href=\"#welsh\">The English has changed since you opened this page, and there");
    readModels.reset();
    commands.next =
        new CommandOutcome.Refused(
            404, "", List.of(new CommandOutcome.FieldError("ref", "no expectation e-course")));
    assertThat(html(post(worker(web), POST, plan("welsh", WELSH, "formId", "f-d"))))
        .contains("<a href=\"#welsh\">This text is no longer on the case");
    commands.next =
        new CommandOutcome.Refused(
            400, "", List.of(new CommandOutcome.FieldError("welsh", "the Welsh is too long")));
    assertThat(html(post(worker(web), POST, plan("welsh", WELSH, "formId", "f-d"))))
        .contains("<a href=\"#welsh\">the Welsh is too long</a>");
    commands.next = new CommandOutcome.Refused(503, "", List.of());
    assertThat(html(post(worker(web), POST, plan("welsh", WELSH, "formId", "f-d"))))
        .contains("<a href=\"#welsh\">");
  }

  @Test
  void a_task_already_done_says_there_is_nothing_to_add() {
    assertThat(get(worker(web), POST + "?kind=PLAN_EXPECTATION&ref=e-meals"))
        .contains("There is no Welsh to add for this text now.")
        .doesNotContain("name=\"welsh\"");
  }

  @Test
  void the_chair_adds_welsh_to_their_meeting_s_text_only() {
    assertThat(get(chair(web), RESPONSE)).contains("Taylor Morgan").contains("name=\"welsh\"");
    post(
            chair(web),
            POST,
            "kind",
            "CHAIR_RESPONSE",
            "ref",
            "m-initial",
            "personId",
            "p-taylor",
            "english",
            "Thank you.",
            "welsh",
            "Diolch.",
            "formId",
            "f-e")
        .expectStatus()
        .is3xxRedirection();
    assertThat(commands.sent).hasSize(1);
    assertThat(commands.sent.get(0).subject()).isEqualTo("chair");
    // Not the case's other text, nor another meeting's.
    chair(web).get().uri(PLAN).exchange().expectStatus().isNotFound();
    chair(web)
        .get()
        .uri(POST + "?kind=OUTCOME_REASONS&ref=m-not-theirs")
        .exchange()
        .expectStatus()
        .isNotFound();
    post(chair(web), POST, plan("welsh", WELSH, "formId", "f-f")).expectStatus().isNotFound();
    // The worker may add Welsh to the chair's text too.
    assertThat(get(worker(web), RESPONSE)).contains("name=\"welsh\"");
    assertThat(commands.sent).hasSize(1);
  }

  static final String SUPPORT_EN = "We pay for the course and your bus fare";
  static final String SUPPORT_CY = "Rydyn ni’n talu am y cwrs a’ch tocyn bws";

  /** The caseload also asks for the Welsh of the help promised for the course. */
  private void givenASupportTask() {
    readModels.put(
        CaseloadItem.COLLECTION,
        Fixtures.MORGAN,
        readModels
            .json(CaseloadItem.COLLECTION, Fixtures.MORGAN)
            .replace(
                "\"missingTranslations\": [",
                "\"missingTranslations\": [{\"what\": \"PLAN_SUPPORT\", \"ref\": \"e-course\","
                    + " \"english\": \""
                    + SUPPORT_EN
                    + "\"},"));
  }

  @Test
  void the_help_promised_for_an_expectation_gets_its_welsh_from_the_task_s_page() {
    givenASupportTask();
    String support = POST + "?kind=PLAN_SUPPORT&ref=e-course";
    assertThat(get(worker(web), "/staff"))
        .contains("href=\"" + support.replace("&", "&amp;") + "\"")
        .contains("to this text: Plan: help given,");
    assertThat(get(worker(web), support))
        .contains("Plan: help given")
        // The same help can be promised for several expectations: which one is named.
        .contains("<dd class=\"govuk-summary-list__value\" lang=\"en\">" + ENGLISH + "</dd>")
        .contains("<blockquote class=\"govuk-inset-text cj-quote\" lang=\"en\">" + SUPPORT_EN)
        .contains("name=\"welsh\"");
    assertThat(get(worker(web), support + "&lang=cy"))
        .contains("Cynllun: yr help a roddir")
        .doesNotContain("??");
    post(
            worker(web),
            POST,
            "kind",
            "PLAN_SUPPORT",
            "ref",
            "e-course",
            "english",
            SUPPORT_EN,
            "welsh",
            SUPPORT_CY,
            "formId",
            "f-s")
        .expectStatus()
        .is3xxRedirection();
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PLAN_SUPPORT");
    body.put("ref", "e-course");
    body.put("personId", null);
    body.put("reportId", null);
    body.put("english", SUPPORT_EN);
    body.put("welsh", SUPPORT_CY);
    assertThat(commands.sent.get(0).body()).isEqualTo(body);
  }

  @Test
  void an_expectation_s_texts_are_the_worker_s_to_translate_up_to_5000_characters() {
    givenASupportTask();
    chair(web)
        .get()
        .uri(POST + "?kind=PLAN_SUPPORT&ref=e-course")
        .exchange()
        .expectStatus()
        .isNotFound();
    for (String kind : List.of("PLAN_HOW_WE_KNOW", "PLAN_SUPPORT", "PLAN_CONSEQUENCE")) {
      post(
              chair(web),
              POST,
              "kind",
              kind,
              "ref",
              "e-course",
              "english",
              SUPPORT_EN,
              "welsh",
              SUPPORT_CY,
              "formId",
              "f-t")
          .expectStatus()
          .isNotFound();
      assertThat(
              html(
                  post(
                      worker(web),
                      POST,
                      "kind",
                      kind,
                      "ref",
                      "e-course",
                      "english",
                      SUPPORT_EN,
                      "welsh",
                      "d".repeat(5_001),
                      "formId",
                      "f-t")))
          .contains("<a href=\"#welsh\">Keep it to 5,000 characters or fewer</a>");
    }
    assertThat(commands.sent).isEmpty();
    post(
            worker(web),
            POST,
            "kind",
            "PLAN_CONSEQUENCE",
            "ref",
            "e-course",
            "english",
            SUPPORT_EN,
            "welsh",
            "d".repeat(5_000),
            "formId",
            "f-u")
        .expectStatus()
        .is3xxRedirection();
    assertThat(commands.sent).hasSize(1);
  }

  @Test
  void the_chair_s_meeting_card_lists_its_text_to_translate_and_nothing_else() {
    String html = get(chair(web), "/staff");
    String card = html.substring(html.indexOf("Meetings you chair"));
    assertThat(card)
        .contains("response to views, with no Welsh yet")
        .contains(
            "href=\"/staff/cases/"
                + Fixtures.MORGAN
                + "/welsh-text?kind=CHAIR_RESPONSE&amp;ref=m-initial&amp;personId=p-taylor\"")
        .contains("kind=REDACTION_REASON")
        .doesNotContain("kind=PLAN_EXPECTATION")
        .doesNotContain("kind=DISPUTE_ANSWER");
  }

  @Test
  void nobody_else_and_no_made_up_address_reaches_it() {
    for (WebTestClient nobody :
        List.of(
            patient(web).mutateWith(Users.user("other-worker", "WORKER")),
            patient(web).mutateWith(Users.parentA()),
            patient(web).mutateWith(Users.youngPerson()))) {
      nobody.get().uri(PLAN).exchange().expectStatus().isNotFound();
      post(nobody, POST, plan("welsh", WELSH, "formId", "f-g")).expectStatus().isNotFound();
    }
    for (String made :
        List.of(
            POST,
            POST + "?kind=NOT_A_KIND&ref=e-course",
            POST + "?kind=CHAIR_RESPONSE&ref=m-initial",
            POST + "?kind=PLAN_EXPECTATION&ref=e-course&personId=p-alex",
            POST + "?kind=PLAN_EXPECTATION&ref=" + "x".repeat(101),
            "/staff/cases/" + Fixtures.JONES + "x/welsh-text?kind=PLAN_EXPECTATION&ref=e-course")) {
      worker(web).get().uri(made).exchange().expectStatus().isNotFound();
    }
    // Another case's id, with this case's text: not the other worker's to see.
    patient(web)
        .mutateWith(Users.user("other-worker", "WORKER"))
        .get()
        .uri(
            "/staff/cases/"
                + Fixtures.MORGAN
                + "/welsh-text?kind=CASE_CLOSED_REASON&ref="
                + Fixtures.MORGAN)
        .exchange()
        .expectStatus()
        .isNotFound();
    // No English to tie the Welsh to: not a form this page made.
    post(worker(web), POST, "kind", "PLAN_EXPECTATION", "ref", "e-course", "welsh", WELSH)
        .expectStatus()
        .isNotFound();
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void a_forged_or_missing_csrf_token_is_refused_and_sends_nothing() {
    for (String token : new String[] {null, "forged-token"}) {
      LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
      String[] pairs = plan("welsh", WELSH, "formId", "f-h");
      for (int i = 0; i < pairs.length; i += 2) {
        form.add(pairs[i], pairs[i + 1]);
      }
      if (token != null) {
        form.add("_csrf", token);
      }
      worker(web)
          .post()
          .uri(POST)
          .contentType(MediaType.APPLICATION_FORM_URLENCODED)
          .body(BodyInserters.fromFormData(form))
          .exchange()
          .expectStatus()
          .isForbidden();
    }
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void the_json_route_relays_the_welsh_as_the_worker_or_the_meeting_s_chair() {
    Map<String, Object> body =
        Map.of("kind", "PLAN_EXPECTATION", "ref", "e-course", "english", ENGLISH, "welsh", WELSH);
    json(worker(web), body).expectStatus().isOk();
    assertThat(commands.sent.get(0).path()).isEqualTo(Fixtures.MORGAN + "/welsh-text");
    assertThat(commands.sent.get(0).body()).isEqualTo(body);

    Map<String, Object> response =
        Map.of(
            "kind",
            "CHAIR_RESPONSE",
            "ref",
            "m-initial",
            "personId",
            "p-taylor",
            "english",
            "Thank you.",
            "welsh",
            "Diolch.");
    json(chair(web), response).expectStatus().isOk();
    json(chair(web), body).expectStatus().isNotFound();
    Map<String, Object> support =
        Map.of("kind", "PLAN_SUPPORT", "ref", "e-course", "english", "Help", "welsh", "Help");
    json(chair(web), support).expectStatus().isNotFound();
    json(patient(web).mutateWith(Users.parentA()), response).expectStatus().isNotFound();
    assertThat(commands.sent).hasSize(2);
    // An expectation's other texts go the same way, from the worker.
    json(worker(web), support).expectStatus().isOk();
    assertThat(commands.sent.get(2).body()).isEqualTo(support);

    commands.next =
        new CommandOutcome.Refused(
            409,
            "The English has changed since.",
            List.of(new CommandOutcome.FieldError("english", "The English has changed since.")));
    json(worker(web), body)
        .expectStatus()
        .isEqualTo(409)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("english");
  }

  private static WebTestClient.ResponseSpec json(WebTestClient client, Map<String, Object> body) {
    return client
        .mutateWith(csrf())
        .post()
        .uri(API)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }
}
