package casejourney.portal.staff;

import static casejourney.portal.staff.StaffTestSupport.get;
import static casejourney.portal.staff.StaffTestSupport.html;
import static casejourney.portal.staff.StaffTestSupport.post;
import static casejourney.portal.staff.StaffTestSupport.worker;
import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.BilingualText;
import casejourney.api.plan.Expectation;
import casejourney.api.plan.PlanContent;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.support.FakeCommands;
import casejourney.portal.support.FakeReadModels;
import casejourney.portal.support.Fixtures;
import casejourney.portal.support.PortalTestConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest
@AutoConfigureWebTestClient
@Import(PortalTestConfig.class)
class PlanPublishingTest {

  static final String PLAN = "/staff/cases/" + Fixtures.MORGAN + "/plan/new";

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

  /** Version 2 with the course deadline moved to {@code courseBy}, plus extra fields. */
  private static String[] plan(String courseBy, String... extra) {
    List<String> f =
        new ArrayList<>(
            List.of(
                "formId", "f-plan",
                "outcomes", "Taylor is safe and well at home\nTaylor keeps going to school",
                "strengths", "Taylor goes to school every day",
                "risks", "Arguments at home at night",
                "expectations[0].expectationId", "e-course",
                "expectations[0].who", "FAMILY_MEMBER:p-alex",
                "expectations[0].name", "Alex",
                "expectations[0].what", "Go to the parenting course each week",
                "expectations[0].byWhen", courseBy,
                "expectations[0].howWeKnow", "The course leader tells us you went each week",
                "expectations[0].support", "We pay for the course and your bus fare",
                "expectations[1].expectationId", "e-fgc",
                "expectations[1].who", "COUNCIL",
                "expectations[1].name", "Sam Patel",
                "expectations[1].what", "Arrange a family group conference",
                "expectations[1].byWhen", "2026-06-15",
                "expectations[1].howWeKnow", "A date is agreed with the family",
                "expectations[2].expectationId", "e-new1"));
    f.addAll(Arrays.asList(extra));
    return f.toArray(String[]::new);
  }

  @Test
  void the_form_is_prefilled_from_the_current_version_with_room_for_one_more_expectation() {
    String html = get(worker(web), PLAN);
    assertThat(html)
        .contains("<title>Publish a plan version – Case Journey</title>")
        .contains("Current version: 2")
        .contains("Go to the parenting course each week")
        .contains("value=\"2026-06-03\"")
        .contains("Add another expectation (optional)")
        .contains("name=\"expectations[2].what\"");
  }

  @Test
  void preview_flags_a_tightened_deadline_asks_for_its_reason_and_scores_the_text() {
    String html =
        html(
            post(
                worker(web),
                PLAN,
                plan(
                    "2026-05-20",
                    "action",
                    "preview",
                    "expectations[1].support",
                    "The core group will check it")));
    assertThat(html)
        .contains("What changes for the family")
        .contains("Deadline brought forward")
        .contains("Harder for the family")
        .contains("id=\"reason-e-course\"")
        .contains("name=\"reasons[e-course]\"")
        .contains("Reading ease")
        .contains("href=\"/glossary#core-group\"")
        .contains("Publish this version");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void publishing_without_a_reason_is_refused_with_a_summary_linked_to_the_reason() {
    String html = html(post(worker(web), PLAN, plan("2026-05-20", "action", "publish")));
    assertThat(html)
        .contains("There is a problem")
        .contains("href=\"#reason-e-course\"")
        .contains("Give the reason for this change");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void publishing_with_the_reason_sends_the_version_with_the_reason_for_that_expectation() {
    post(
            worker(web),
            PLAN,
            plan(
                "2026-05-20",
                "action",
                "publish",
                "reasons[e-course]",
                "The course starts sooner."))
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", "/staff/cases/" + Fixtures.MORGAN + "?done=published");
    FakeCommands.Sent sent = commands.sent.get(0);
    assertThat(sent.path()).isEqualTo(Fixtures.MORGAN + "/plan-versions");
    assertThat(sent.idempotencyKey()).isEqualTo("f-plan");
    Map<?, ?> body = (Map<Object, Object>) (Map<?, ?>) sent.body();
    assertThat((Map<Object, Object>) (Map<?, ?>) body.get("reasonsByExpectationId"))
        .isEqualTo(Map.of("e-course", new BilingualText("The course starts sooner.", null)));
    assertThat(body.get("content").toString()).contains("2026-05-20").doesNotContain("e-new1");
    assertThat(body.get("basedOnVersion")).isEqualTo(2);
  }

  static final String KNOW_CY =
      "Bydd arweinydd y cwrs yn dweud wrthym eich bod wedi mynd bob wythnos";
  static final String SUPPORT_CY = "Rydyn ni’n talu am y cwrs a’ch tocyn bws";

  @Test
  void the_form_offers_each_text_s_welsh_beside_it_prefilled_from_the_current_version() {
    String html = get(worker(web), PLAN);
    assertThat(html)
        .contains("How we will know it is done, in Welsh (optional)")
        .contains("Help we give, in Welsh (optional)")
        .contains("What happens if it is not done, in Welsh (optional)")
        .containsPattern(
            "lang=\"cy\"[^>]*id=\"expectations-0-howWeKnowCy\""
                + " name=\"expectations\\[0\\].howWeKnowCy\"[^>]*>"
                + KNOW_CY
                + "</textarea>")
        .containsPattern(
            "id=\"expectations-0-supportCy\" name=\"expectations\\[0\\].supportCy\"[^>]*>"
                + SUPPORT_CY
                + "</textarea>")
        .containsPattern(
            "<label class=\"govuk-label govuk-label--s\" for=\"expectations-1-consequenceCy\">");
    assertThat(get(worker(web), PLAN + "?lang=cy"))
        .contains("Help rydyn ni’n ei roi, yn Gymraeg (dewisol)")
        .doesNotContain("??");
  }

  @Test
  void republishing_keeps_the_welsh_of_how_we_will_know_and_the_help() {
    post(
            worker(web),
            PLAN,
            plan(
                "2026-06-03",
                "action",
                "publish",
                "expectations[0].whatCy",
                "Mynd i’r cwrs rhianta bob wythnos",
                "expectations[0].howWeKnowCy",
                " " + KNOW_CY + " ",
                "expectations[0].supportCy",
                SUPPORT_CY,
                "expectations[0].consequenceCy",
                "  "))
        .expectStatus()
        .is3xxRedirection();
    PlanContent content = (PlanContent) ((Map<?, ?>) commands.sent.get(0).body()).get("content");
    Expectation course = content.expectations().get(0);
    assertThat(course.whatCy()).isEqualTo("Mynd i’r cwrs rhianta bob wythnos");
    assertThat(course.howWeKnowCy()).isEqualTo(KNOW_CY);
    assertThat(course.supportCy()).isEqualTo(SUPPORT_CY);
    assertThat(course.consequenceCy()).isNull();
    Expectation fgc = content.expectations().get(1);
    assertThat(fgc.howWeKnowCy()).isNull();
    assertThat(fgc.supportCy()).isNull();
    // On the wire as the contract names them, and left out when there is no Welsh.
    assertThat(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .findAndRegisterModules()
                .valueToTree(course)
                .toString())
        .contains("\"howWeKnowCy\":\"" + KNOW_CY + "\"")
        .contains("\"supportCy\":\"" + SUPPORT_CY + "\"")
        .doesNotContain("consequenceCy");
  }

  @Test
  void
      welsh_left_as_it_was_for_english_that_was_reworded_is_not_published_and_the_preview_says_so() {
    String[] reworded =
        plan(
            "2026-06-03",
            "expectations[0].howWeKnow",
            "The course leader emails us after each session",
            "expectations[0].howWeKnowCy",
            KNOW_CY,
            "expectations[0].supportCy",
            SUPPORT_CY,
            "reasons[e-course]",
            "The course now reports by email.");
    String preview = html(post(worker(web), PLAN, with(reworded, "action", "preview")));
    assertThat(preview)
        .contains("You changed the English of these, but not their Welsh.")
        .containsPattern(
            "<span>How we will know it is done</span>: <span lang=\"en\">The course leader emails"
                + " us after each session</span>")
        .doesNotContain("<span>Help we give</span>:");
    assertThat(commands.sent).isEmpty();

    post(worker(web), PLAN, with(reworded, "action", "publish")).expectStatus().is3xxRedirection();
    PlanContent content = (PlanContent) ((Map<?, ?>) commands.sent.get(0).body()).get("content");
    Expectation course = content.expectations().get(0);
    assertThat(course.howWeKnow()).isEqualTo("The course leader emails us after each session");
    assertThat(course.howWeKnowCy()).as("Welsh of the old words").isNull();
    assertThat(course.supportCy()).as("its English did not change").isEqualTo(SUPPORT_CY);

    // Welsh the worker rewrote with the English is theirs, and is published.
    commands.reset();
    post(
            worker(web),
            PLAN,
            with(
                reworded,
                "action",
                "publish",
                "expectations[0].howWeKnowCy",
                "Mae arweinydd y cwrs yn anfon e-bost atom ar ôl pob sesiwn"))
        .expectStatus()
        .is3xxRedirection();
    Expectation rewritten =
        ((PlanContent) ((Map<?, ?>) commands.sent.get(0).body()).get("content"))
            .expectations()
            .get(0);
    assertThat(rewritten.howWeKnowCy())
        .isEqualTo("Mae arweinydd y cwrs yn anfon e-bost atom ar ôl pob sesiwn");
  }

  @Test
  void welsh_for_help_that_is_not_there_or_too_long_is_refused_beside_it() {
    String html =
        html(
            post(
                worker(web),
                PLAN,
                plan(
                    "2026-06-03",
                    "action",
                    "publish",
                    "expectations[0].consequenceCy",
                    "Byddwn yn siarad eto",
                    "expectations[1].howWeKnowCy",
                    "a".repeat(5_001))));
    assertThat(html)
        .contains(
            "<a href=\"#expectations-0-consequenceCy\">Enter the English first, or leave the Welsh"
                + " empty</a>")
        .contains("id=\"expectations-0-consequenceCy-error\"")
        .contains("aria-describedby=\"expectations-0-consequenceCy-error\"")
        .contains(
            "<a href=\"#expectations-1-howWeKnowCy\">Keep it to 5,000 characters or fewer</a>")
        .contains("Byddwn yn siarad eto</textarea>");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void a_form_filled_from_an_older_version_is_previewed_again_against_the_new_one_not_sent() {
    assertThat(get(worker(web), PLAN)).contains("name=\"basedOnVersion\" value=\"2\"");
    String[] fromVersion1 =
        plan(
            "2026-05-20",
            "action",
            "publish",
            "reasons[e-course]",
            "The course starts sooner.",
            "basedOnVersion",
            "1");
    String html = html(post(worker(web), PLAN, fromVersion1));
    assertThat(html)
        .contains("There is a problem")
        .contains("href=\"#preview\"")
        .contains("Someone published a new version of the plan while you were writing")
        .contains("What changes for the family")
        .contains("Deadline brought forward")
        .contains("name=\"basedOnVersion\" value=\"2\"");
    assertThat(commands.sent).isEmpty();

    fromVersion1[fromVersion1.length - 1] = "2";
    post(worker(web), PLAN, fromVersion1).expectStatus().is3xxRedirection();
    assertThat(((Map<?, ?>) commands.sent.get(0).body()).get("basedOnVersion")).isEqualTo(2);
  }

  @Test
  void case_service_refusing_because_a_version_came_first_shows_the_preview_again() {
    commands.next =
        new CommandOutcome.Refused(
            409,
            "version 3 of the plan was published after version 2",
            List.of(
                new CommandOutcome.FieldError(
                    "basedOnVersion", "version 3 of the plan was published after version 2")));
    String html =
        html(
            post(
                worker(web),
                PLAN,
                plan("2026-05-20", "action", "publish", "reasons[e-course]", "Sooner.")));
    assertThat(html)
        .contains("href=\"#preview\"")
        .contains("Someone published a new version of the plan while you were writing")
        .contains("What changes for the family");
  }

  @Test
  void the_worker_who_published_the_current_version_can_publish_a_correction_of_it() {
    assertThat(get(worker(web), PLAN))
        .contains("id=\"corrects\"")
        .contains("This corrects a mistake in version 2, which you published");
    post(
            worker(web),
            PLAN,
            plan(
                "2026-05-20",
                "action",
                "publish",
                "reasons[e-course]",
                "The date was typed wrongly.",
                "corrects",
                "yes"))
        .expectStatus()
        .is3xxRedirection();
    Map<?, ?> body = (Map<?, ?>) commands.sent.get(0).body();
    assertThat(body.get("correctsVersion")).isEqualTo(2);

    commands.reset();
    post(
            worker(web),
            PLAN,
            plan("2026-05-20", "action", "publish", "reasons[e-course]", "The course is sooner."))
        .expectStatus()
        .is3xxRedirection();
    assertThat(((Map<?, ?>) commands.sent.get(0).body()).containsKey("correctsVersion")).isFalse();
  }

  @Test
  void a_late_welsh_outline_plan_asks_the_worker_why_before_it_is_sent() {
    // The Morgans' conference of 20 April has no outline plan yet: it was due by 27 April.
    readModels.rewrite(
        json ->
            json.replace(
                "{\"kind\":\"CORE_GROUP\"",
                "{\"kind\":\"OUTLINE_PLAN\",\"meetingId\":\"m-initial\",\"due\":\"2026-04-27\","
                    + "\"stoppedOn\":null},{\"kind\":\"CORE_GROUP\""));
    assertThat(get(worker(web), PLAN))
        .contains("id=\"outlinePlanLateReason\"")
        .contains(
            "The outline plan was due by 27 April 2026: 5 working days after the conference.");
    String[] late =
        plan(
            "2026-05-20",
            "action",
            "publish",
            "reasons[e-course]",
            "The course starts sooner.",
            "outlinePlanLateReason",
            "");
    assertThat(html(post(worker(web), PLAN, late)))
        .contains("href=\"#outlinePlanLateReason\"")
        .contains("Say why the outline plan comes after the day it was due");
    assertThat(commands.sent).isEmpty();

    late[late.length - 1] = "The family asked for more time.";
    post(worker(web), PLAN, late).expectStatus().is3xxRedirection();
    assertThat(((Map<?, ?>) commands.sent.get(0).body()).get("outlinePlanLateReason"))
        .isEqualTo("The family asked for more time.");
  }

  @Test
  void a_version_someone_else_published_is_not_offered_for_correction_and_cannot_be_corrected() {
    readModels.rewrite(
        json ->
            json.replace(
                "\"publishedBy\":{\"subject\":\"worker\",\"name\":\"Sam Patel\"}",
                "\"publishedBy\":{\"subject\":\"former-worker\",\"name\":\"Priya Shah\"}"));
    assertThat(get(worker(web), PLAN)).doesNotContain("id=\"corrects\"");
    String html =
        html(
            post(
                worker(web),
                PLAN,
                plan(
                    "2026-05-20",
                    "action",
                    "publish",
                    "reasons[e-course]",
                    "x",
                    "corrects",
                    "yes")));
    assertThat(html)
        .contains("href=\"#corrects\"")
        .contains("Only the worker who published the current version can correct it");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void case_service_refusing_for_a_missing_reason_is_shown_against_that_reason() {
    commands.next =
        new CommandOutcome.Refused(
            422,
            "",
            List.of(
                new CommandOutcome.FieldError(
                    "reasonsByExpectationId[e-course]", "Give a reason for the change")));
    String html =
        html(
            post(
                worker(web),
                PLAN,
                plan("2026-05-20", "action", "publish", "reasons[e-course]", "x")));
    assertThat(html).contains("href=\"#reason-e-course\"").contains("Give a reason for the change");
  }

  @Test
  void a_reason_case_service_asks_for_that_the_preview_did_not_flag_gets_its_own_box() {
    commands.next =
        new CommandOutcome.Refused(
            422,
            "",
            List.of(
                new CommandOutcome.FieldError(
                    "reasonsByExpectationId[e-fgc]", "Give a reason for the change")));
    String html = html(post(worker(web), PLAN, plan("2026-06-03", "action", "publish")));
    assertThat(html)
        .contains("href=\"#reason-e-fgc\"")
        .contains("name=\"reasons[e-fgc]\"")
        .contains("Give a reason for the change");

    commands.reset();
    post(
            worker(web),
            PLAN,
            plan("2026-06-03", "action", "publish", "reasons[e-fgc]", "The date was agreed."))
        .expectStatus()
        .is3xxRedirection();
    Map<?, ?> body = (Map<?, ?>) commands.sent.get(0).body();
    assertThat(body.get("reasonsByExpectationId").toString()).contains("The date was agreed.");
  }

  @Test
  void an_expectation_without_a_date_or_measure_is_refused_before_preview() {
    String html =
        html(
            post(
                worker(web),
                PLAN,
                plan("", "action", "preview", "expectations[2].what", "Keep the house tidy")));
    assertThat(html)
        .contains("href=\"#expectations-0-byWhen\"")
        .contains("href=\"#expectations-2-howWeKnow\"")
        .contains("href=\"#expectations-2-who\"")
        .doesNotContain("What changes for the family");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void worker_text_with_markup_is_shown_as_text() {
    String html =
        html(
            post(
                worker(web),
                PLAN,
                plan(
                    "2026-06-03",
                    "action",
                    "preview",
                    "expectations[2].what",
                    "<script>x()</script>",
                    "expectations[2].who",
                    "COUNCIL",
                    "expectations[2].byWhen",
                    "2026-06-01",
                    "expectations[2].howWeKnow",
                    "We tell you")));
    assertThat(html).contains("&lt;script&gt;x()&lt;/script&gt;").doesNotContain("<script>x()");
  }

  /** The form with some fields replaced (or added), each once. */
  private static String[] with(String[] form, String... overrides) {
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    for (int i = 0; i < form.length; i += 2) {
      fields.put(form[i], form[i + 1]);
    }
    for (int i = 0; i < overrides.length; i += 2) {
      fields.put(overrides[i], overrides[i + 1]);
    }
    return fields.entrySet().stream()
        .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
        .toArray(String[]::new);
  }

  @Test
  void two_rows_with_one_id_are_refused_before_preview_and_nothing_is_sent() {
    String html =
        html(
            post(
                worker(web),
                PLAN,
                with(
                    plan("2026-06-03", "action", "publish"),
                    "expectations[1].expectationId",
                    "e-course")));
    assertThat(html)
        .contains("There is a problem")
        .contains("href=\"#expectations-1-what\"")
        .contains("This row is a copy of another row");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void a_task_moved_to_a_family_member_carries_their_name_not_the_councils() {
    post(
            worker(web),
            PLAN,
            with(
                plan("2026-06-03", "action", "publish", "reasons[e-fgc]", "Alex asked to do it."),
                "expectations[1].who",
                "FAMILY_MEMBER:p-alex",
                // Left in the box from when the council held it.
                "expectations[1].name",
                "Sam Patel"))
        .expectStatus()
        .is3xxRedirection();
    String content = commands.sent.get(0).body().toString();
    assertThat(content)
        .contains("expectationId=e-fgc, responsible=Responsible[party=FAMILY_MEMBER")
        .doesNotContain("name=Sam Patel");
  }

  @Test
  void a_task_moved_to_the_council_with_a_family_members_name_is_refused() {
    String html =
        html(
            post(
                worker(web),
                PLAN,
                with(
                    plan("2026-06-03", "action", "publish"),
                    "expectations[0].who",
                    "COUNCIL",
                    "expectations[0].name",
                    "Alex Morgan")));
    assertThat(html)
        .contains("href=\"#expectations-0-name\"")
        .contains("not a family member&#39;s name");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void the_json_preview_refuses_a_draft_it_cannot_compare_with_a_problem() {
    Map<String, Object> row =
        Map.of(
            "expectationId", "e-course",
            "responsible", Map.of("party", "FAMILY_MEMBER", "personId", "p-alex"),
            "what", "Go to the parenting course each week",
            "byWhen", "2026-05-20",
            "howWeKnow", "The course leader tells us you went each week");
    Map<String, Object> noOne = new java.util.HashMap<>(row);
    noOne.put("expectationId", "e-other");
    noOne.remove("responsible");
    for (var draft :
        List.of(
            Map.of("expectations", List.of(row, row)),
            Map.of("expectations", List.of(row, noOne)))) {
      worker(web)
          .mutateWith(
              org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers
                  .csrf())
          .post()
          .uri("/api/staff/cases/" + Fixtures.MORGAN + "/plan-versions/preview")
          .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
          .bodyValue(draft)
          .exchange()
          .expectStatus()
          .isEqualTo(422)
          .expectBody()
          .jsonPath("$.detail")
          .value(d -> assertThat(d.toString()).contains("expectations[1]"));
    }
  }

  @Test
  void the_json_preview_gives_the_same_comparison() {
    worker(web)
        .mutateWith(
            org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers
                .csrf())
        .post()
        .uri("/api/staff/cases/" + Fixtures.MORGAN + "/plan-versions/preview")
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "expectations",
                List.of(
                    Map.of(
                        "expectationId", "e-course",
                        "responsible", Map.of("party", "FAMILY_MEMBER", "personId", "p-alex"),
                        "what", "Go to the parenting course each week",
                        "byWhen", "2026-05-20",
                        "howWeKnow", "The course leader tells us you went each week",
                        "support", "We pay for the course and your bus fare",
                        "consequence", ""),
                    Map.of(
                        "expectationId", "e-fgc",
                        "responsible", Map.of("party", "COUNCIL", "name", "Sam Patel"),
                        "what", "Arrange a family group conference",
                        "byWhen", "2026-06-15",
                        "howWeKnow", "A date is agreed with the family",
                        "support", "",
                        "consequence", ""))))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.changes[0].kind")
        .isEqualTo("DEADLINE_BROUGHT_FORWARD")
        .jsonPath("$.needsReason[0]")
        .isEqualTo("e-course")
        .jsonPath("$.currentVersion")
        .isEqualTo(2);
  }
}
