package casejourney.portal.family;

import static casejourney.portal.support.Users.otherParent;
import static casejourney.portal.support.Users.parentA;
import static casejourney.portal.support.Users.worker;
import static casejourney.portal.support.Users.youngPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import casejourney.api.views.PlanHistoryView;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.support.FakeCommands;
import casejourney.portal.support.FakeReadModels;
import casejourney.portal.support.Fixtures;
import casejourney.portal.support.PortalTestConfig;
import casejourney.portal.support.Users;
import casejourney.portal.web.RememberedMessages;
import casejourney.portal.web.RememberedViews;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.thymeleaf.spring6.view.reactive.ThymeleafReactiveViewResolver;

@SpringBootTest
@AutoConfigureWebTestClient
@Import(PortalTestConfig.class)
class ParentPagesTest {

  @Autowired WebTestClient web;
  @Autowired FakeCommands commands;
  @Autowired FakeReadModels readModels;

  @BeforeEach
  void reset() {
    commands.reset();
  }

  @AfterEach
  void fixturesBack() {
    readModels.reset();
  }

  private String page(String path) {
    return web.mutateWith(parentA())
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
  void the_timeline_is_newest_first_with_worker_words_shown_as_text_never_as_markup() {
    String html = page("/updates");
    assertThat(html).contains("<title>Your updates – Case Journey</title>");
    assertThat(html.indexOf("Plan updated")).isLessThan(html.indexOf("Meeting booked"));
    assertThat(html).contains("&lt;script&gt;alert").doesNotContain("<script>alert");
    assertThat(html).contains("href=\"/glossary#initial-conference\"");
    assertThat(html).doesNotContain("JONES-SECRET");
  }

  @Test
  void a_timeline_that_fits_on_one_page_has_no_page_links() {
    assertThat(page("/updates")).doesNotContain("govuk-pagination").doesNotContain("Older updates");
  }

  @Test
  void a_long_timeline_is_shown_twenty_updates_a_page_newest_first_with_links_between_pages() {
    givenParentTimelineOf(45);

    String first = page("/updates");
    assertThat(first)
        .contains("Updates 1 to 20 of 45")
        .contains("Update 44 of the test")
        .contains("Update 25 of the test")
        .doesNotContain("Update 24 of the test")
        .contains("rel=\"next\" href=\"/updates?show=all&amp;page=2\"")
        .contains("aria-label=\"Page 1\" aria-current=\"page\"")
        .doesNotContain("Newer updates");
    assertThat(first.indexOf("Update 44 of")).isLessThan(first.indexOf("Update 43 of"));

    String last = page("/updates?page=3");
    assertThat(last)
        .contains("Updates 41 to 45 of 45")
        .contains("Update 4 of the test")
        .contains("Update 0 of the test")
        .doesNotContain("Update 5 of the test")
        .contains("rel=\"prev\" href=\"/updates?show=all&amp;page=2\"")
        .contains("aria-label=\"Page 3\" aria-current=\"page\"")
        .doesNotContain("Older updates");
  }

  @Test
  void a_page_number_past_the_end_shows_the_oldest_page_and_nonsense_shows_the_newest() {
    givenParentTimelineOf(45);

    assertThat(page("/updates?page=99")).contains("Updates 41 to 45 of 45");
    assertThat(page("/updates?page=0")).contains("Updates 1 to 20 of 45");
    assertThat(page("/updates?page=two")).contains("Updates 1 to 20 of 45");
    assertThat(page("/updates?page=-3")).contains("Updates 1 to 20 of 45");
  }

  @Test
  void a_very_long_timeline_links_the_first_last_and_nearby_pages_with_gaps_between() {
    givenParentTimelineOf(200);

    String html = page("/updates?page=5");
    assertThat(html)
        .contains("Updates 81 to 100 of 200")
        .contains("aria-label=\"Page 1\"")
        .contains("aria-label=\"Page 4\"")
        .contains("aria-label=\"Page 6\"")
        .contains("aria-label=\"Page 10\"")
        .doesNotContain("aria-label=\"Page 3\"")
        .doesNotContain("aria-label=\"Page 8\"");
    assertThat(html.split("govuk-pagination__item--ellipses", -1)).hasSize(3);
  }

  @Test
  void page_links_keep_the_filter_and_the_welsh_page_words_them_in_welsh() {
    givenParentTimelineOf(45);

    assertThat(page("/updates?show=plans&page=2&lang=cy"))
        .contains("Diweddariadau 21 i 40 o 45")
        .contains("Diweddariadau hŷn")
        .contains("Diweddariadau mwy newydd")
        .contains("aria-label=\"Tudalennau o ddiweddariadau\"")
        .contains("rel=\"next\" href=\"/updates?show=plans&amp;page=3\"")
        .contains("rel=\"prev\" href=\"/updates?show=plans&amp;page=1\"");
  }

  /** Parent A's timeline with {@code count} plan updates, one a day, numbered oldest first. */
  private void givenParentTimelineOf(int count) {
    ObjectMapper json = new ObjectMapper();
    readModels.rewrite(
        document -> {
          try {
            ObjectNode timeline = (ObjectNode) json.readTree(document);
            if (!"p-alex".equals(timeline.path("personId").asText()) || !timeline.has("entries")) {
              return document;
            }
            ObjectNode model = (ObjectNode) timeline.get("entries").get(0);
            ArrayNode entries = timeline.putArray("entries");
            for (int i = 0; i < count; i++) {
              ObjectNode entry = model.deepCopy();
              entry.put("entryId", "t" + i);
              entry.put("category", "PLANS");
              entry.put(
                  "at", Instant.parse("2026-01-01T10:00:00Z").plus(Duration.ofDays(i)).toString());
              entry
                  .putObject("title")
                  .put("en", "Update " + i + " of the test")
                  .put("cy", "Diweddariad " + i);
              entries.add(entry);
            }
            return json.writeValueAsString(timeline);
          } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @Test
  void the_timeline_filter_shows_only_reports() {
    String html = page("/updates?show=reports");
    assertThat(html).contains("Report shared late").doesNotContain("Plan updated");
  }

  @Test
  void what_changed_shows_the_flagged_change_its_reason_and_that_it_was_decided_between_meetings() {
    String html = page("/what-changed?from=1&to=2");
    assertThat(html)
        .contains("Needs doing sooner")
        .contains("This makes things harder for you.")
        .contains("The course now starts earlier")
        .contains("This was decided between meetings")
        .contains("Sam Patel");
  }

  @Test
  void what_changed_shows_a_changed_measure_in_welsh_where_that_version_has_it() {
    String history = readModels.json(PlanHistoryView.COLLECTION, Fixtures.MORGAN);
    readModels.put(
        PlanHistoryView.COLLECTION,
        Fixtures.MORGAN,
        history
            .replace(
                "\"byWhen\":\"2026-06-03\",\"howWeKnow\":\"The course leader tells us you went"
                    + " each week\"",
                "\"byWhen\":\"2026-06-03\",\"howWeKnow\":\"The course leader tells us you went"
                    + " to every session\"")
            .replace("wedi mynd bob wythnos\"", "wedi mynd i bob sesiwn\""));
    String welsh = page("/what-changed?from=1&to=2&lang=cy");
    // Version 1's measure was never given Welsh; version 2's was.
    assertThat(welsh)
        .containsPattern(
            "<span lang=\"en\">The course leader tells us you went each week</span>\\s*<span"
                + " class=\"cj-pending\">")
        .contains(
            "<span lang=\"cy\">Bydd arweinydd y cwrs yn dweud wrthym eich bod wedi mynd i bob"
                + " sesiwn</span>")
        .doesNotContain("you went to every session");
    assertThat(page("/what-changed?from=1&to=2"))
        .contains("<span lang=\"en\">The course leader tells us you went to every session</span>")
        .doesNotContain("i bob sesiwn");
  }

  @Test
  void what_changed_says_when_a_version_puts_right_a_mistake_in_an_earlier_one() {
    assertThat(page("/what-changed?from=1&to=2")).doesNotContain("puts right a mistake");
    // Version 2, the last in the history, made a correction of version 1.
    readModels.rewrite(
        json ->
            json.replaceAll(
                "(?s)\"correctsVersion\":null(?!.*\"correctsVersion\")", "\"correctsVersion\":1"));
    assertThat(page("/what-changed?from=1&to=2"))
        .contains("Version 2 puts right a mistake in version 1.");
    assertThat(page("/what-changed?from=1&to=2&lang=cy"))
        .contains("Mae fersiwn 2 yn cywiro camgymeriad yn fersiwn 1.");
  }

  @Test
  void what_changed_ignores_nonsense_versions_rather_than_failing() {
    assertThat(page("/what-changed?from=abc&to=99")).contains("From version 1 to version 2");
  }

  @Test
  void the_meeting_page_shows_shared_reports_and_views_but_never_chair_only_views() {
    String html = page("/meeting");
    assertThat(html)
        .contains("Social work report for the conference")
        .contains("Civic Centre, Room 3")
        .doesNotContain("SECRET-HOUSES");
  }

  @Test
  void a_report_shared_on_the_day_or_after_says_so_not_zero_days_before() {
    assertThat(page("/meeting"))
        .contains("Reports should be shared 3 working days before the meeting.")
        .contains("This one was shared on the day of the meeting.");
    assertThat(page("/meeting?lang=cy")).contains("Cafodd hwn ei rannu ar ddiwrnod y cyfarfod.");
    readModels.rewrite(
        json -> json.replace("\"workingDaysBeforeMeeting\":0", "\"workingDaysBeforeMeeting\":-2"));
    assertThat(page("/meeting")).contains("This one was shared after the meeting.");
    readModels.rewrite(
        json -> json.replace("\"workingDaysBeforeMeeting\":0", "\"workingDaysBeforeMeeting\":1"));
    assertThat(page("/meeting")).contains("This one was shared 1 working day before.");
  }

  @Test
  void the_parent_is_listed_among_those_invited_as_you() {
    assertThat(page("/meeting")).contains("<li>You</li>").doesNotContain("<li>Alex Morgan</li>");
  }

  @Test
  void a_meeting_named_inside_a_sentence_is_not_capitalised() {
    assertThat(page("/something-wrong/new"))
        .contains("What was decided at the first meeting about the plan (initial conference) on");
  }

  @Test
  void the_ledger_puts_the_council_beside_the_family() {
    assertThat(page("/expected"))
        .contains("What you need to do")
        .contains("What the council will do")
        .contains("Arrange a family group conference")
        .contains("Changed");
  }

  @Test
  void each_parent_reads_what_they_must_do_first_and_what_the_other_parent_must_do_apart()
      throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode ledger =
        (ObjectNode) mapper.readTree(readModels.json("expectation_ledgers", Fixtures.MORGAN));
    ObjectNode rhians = ((ObjectNode) ledger.withArray("family").get(0)).deepCopy();
    rhians.put("expectationId", "e-school-run");
    rhians.put("what", "Take Taylor to school every morning");
    ((ObjectNode) rhians.get("responsible")).put("personId", "p-rhian").put("name", "Rhian");
    ledger.withArray("family").add(rhians);
    readModels.put("expectation_ledgers", Fixtures.MORGAN, mapper.writeValueAsString(ledger));

    String alex = page("/expected");
    assertThat(alex.indexOf("What you need to do"))
        .isPositive()
        .isLessThan(alex.indexOf("Go to the parenting course"));
    assertThat(alex.indexOf("What others in your family need to do"))
        .isGreaterThan(alex.indexOf("Go to the parenting course"))
        .isLessThan(alex.indexOf("Take Taylor to school every morning"));
    assertThat(alex).contains("<dd class=\"govuk-summary-list__value\">You</dd>");
    // The help promised to Rhian is not help Alex gets.
    String others = alex.substring(alex.indexOf("What others in your family need to do"));
    assertThat(others).contains("Help given").doesNotContain("Help you get");

    String rhian =
        web.mutateWith(Users.user("parent-b", "PARENT"))
            .get()
            .uri("/expected?lang=cy")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(rhian.indexOf("Beth sydd angen i chi ei wneud"))
        .isPositive()
        .isLessThan(rhian.indexOf("Take Taylor to school every morning"));
    assertThat(rhian.indexOf("Beth sydd angen i eraill yn eich teulu ei wneud"))
        .isGreaterThan(rhian.indexOf("Take Taylor to school every morning"))
        .isLessThan(rhian.indexOf("Go to the parenting course"));
  }

  @Test
  void
      the_welsh_ledger_shows_the_welsh_of_how_we_will_know_and_the_help_and_says_when_it_is_coming() {
    String welsh = page("/expected?lang=cy");
    assertThat(welsh)
        .contains(
            "<span lang=\"cy\">Bydd arweinydd y cwrs yn dweud wrthym eich bod wedi mynd bob"
                + " wythnos</span>")
        .contains("<span lang=\"cy\">Rydyn ni’n talu am y cwrs a’ch tocyn bws</span>")
        .doesNotContain("The course leader tells us")
        .doesNotContain("We pay for the course");
    // The council's task has no Welsh for its measure yet: English, marked so, saying so.
    String council = welsh.substring(welsh.indexOf("Arrange a family group conference"));
    assertThat(council)
        .containsPattern(
            "<span lang=\"en\">A date is agreed with the family</span>\\s*<span"
                + " class=\"cj-pending\">\\(Fersiwn Gymraeg ar y ffordd\\)</span>");

    String english = page("/expected");
    assertThat(english)
        .contains("<span lang=\"en\">The course leader tells us you went each week</span>")
        .contains("<span lang=\"en\">We pay for the course and your bus fare</span>")
        .doesNotContain("Bydd arweinydd")
        .doesNotContain("(Welsh version on its way)");
  }

  @Test
  void the_json_ledger_carries_the_welsh_beside_the_english() {
    web.mutateWith(parentA())
        .get()
        .uri("/api/family/expected")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.family[0].howWeKnow")
        .isEqualTo("The course leader tells us you went each week")
        .jsonPath("$.family[0].howWeKnowCy")
        .isEqualTo("Bydd arweinydd y cwrs yn dweud wrthym eich bod wedi mynd bob wythnos")
        .jsonPath("$.family[0].supportCy")
        .isEqualTo("Rydyn ni’n talu am y cwrs a’ch tocyn bws")
        .jsonPath("$.council[0].howWeKnowCy")
        .doesNotExist();
  }

  @Test
  void welsh_is_offered_and_used_with_lang_attributes() {
    String html = page("/updates?lang=cy");
    assertThat(html)
        .contains("lang=\"cy\"")
        .contains("Eich diweddariadau")
        .contains("<span lang=\"cy\">Cynllun wedi")
        .contains("href=\"/updates?lang=en\"");
  }

  @Test
  void worker_reasons_are_introduced_in_words_and_shown_once_in_the_pages_language() {
    String english = page("/updates");
    assertThat(english)
        .doesNotContain("??")
        .contains("The reason, from your social worker")
        .contains("The family group conference team is full until July.")
        .doesNotContain("Mae tîm y gynhadledd")
        .doesNotContain("(Welsh version on its way)");

    String welsh = page("/updates?lang=cy");
    assertThat(welsh)
        .doesNotContain("??")
        .contains("Y rheswm, gan eich gweithiwr cymdeithasol")
        .contains("<blockquote class=\"govuk-body\" lang=\"cy\">Mae tîm y gynhadledd")
        .doesNotContain("full until July")
        // The other reason has no Welsh yet: shown in English, saying so.
        .contains("<blockquote class=\"govuk-body\" lang=\"en\">The course now starts earlier")
        .contains("(Fersiwn Gymraeg ar y ffordd)");
  }

  @Test
  void pages_alternating_between_languages_each_keep_their_own_words(
      @Autowired ApplicationContext context) {
    // Messages are remembered once formatted (RememberedMessages), per language.
    assertThat(context.getBean("messageSource")).isInstanceOf(RememberedMessages.Remembering.class);
    // So are the views, per template and language (RememberedViews).
    assertThat(context.getBeansOfType(ViewResolver.class).values())
        .hasAtLeastOneElementOfType(RememberedViews.Remembering.class)
        .noneMatch(ThymeleafReactiveViewResolver.class::isInstance);
    for (int i = 0; i < 2; i++) {
      assertThat(page("/updates?lang=cy"))
          .contains("Neidio i&#39;r prif gynnwys")
          .doesNotContain("Skip to main content");
      assertThat(page("/updates?lang=en"))
          .contains("Skip to main content")
          .doesNotContain("Neidio i&#39;r prif gynnwys");
    }
  }

  @Test
  void acknowledging_sends_one_command_for_the_current_version_and_shows_it_back() {
    web.mutateWith(parentA())
        .mutateWith(csrf())
        .post()
        .uri("/plan/respond")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(
            BodyInserters.fromFormData("answer", "read").with("version", "2").with("formId", "f-1"))
        .exchange()
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", "/plan/respond?sent=read");
    assertThat(commands.sent).hasSize(1);
    assertThat(commands.sent.get(0).path())
        .isEqualTo(Fixtures.MORGAN + "/plan-versions/2/acknowledgements");
    assertThat(commands.sent.get(0).idempotencyKey()).isEqualTo("f-1");
  }

  @Test
  void an_answer_to_a_version_that_is_no_longer_current_is_refused_and_nothing_is_recorded() {
    // The parent read version 1; version 2 was published before they pressed Send.
    String html =
        web.mutateWith(parentA())
            .mutateWith(csrf())
            .post()
            .uri("/plan/respond")
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(
                BodyInserters.fromFormData("answer", "disagree")
                    .with("response", "The deadline is too soon")
                    .with("version", "1")
                    .with("formId", "f-3"))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(html)
        .contains("There is a problem")
        .contains("The plan changed while you were reading it")
        // Shown again for the version that is current now, with their words kept.
        .contains("name=\"version\" value=\"2\"")
        .contains("The deadline is too soon");
    assertThat(commands.sent).isEmpty();

    // The JSON API says the same with a problem, and records nothing either.
    web.mutateWith(parentA())
        .mutateWith(csrf())
        .post()
        .uri("/api/family/plan/responses")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(java.util.Map.of("answer", "read", "version", 1))
        .exchange()
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("Read version 2"));
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void disagreeing_without_a_reason_is_refused_with_an_error_summary_linked_to_the_field() {
    String html =
        web.mutateWith(parentA())
            .mutateWith(csrf())
            .post()
            .uri("/plan/respond")
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(
                BodyInserters.fromFormData("answer", "disagree")
                    .with("version", "2")
                    .with("formId", "f-2"))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(html)
        .contains("There is a problem")
        .contains("href=\"#response\"")
        .contains("Tell us why you disagree");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void over_long_text_is_refused_and_nothing_is_sent() {
    web.mutateWith(parentA())
        .mutateWith(csrf())
        .post()
        .uri("/plan/respond")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(
            BodyInserters.fromFormData("answer", "disagree")
                .with("response", "x".repeat(5001))
                .with("version", "2"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(html -> assertThat(html).contains("Keep it to 5,000 characters or fewer"));
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void a_refusal_from_case_service_is_shown_against_its_field() {
    commands.next =
        new CommandOutcome.Refused(
            422, "", List.of(new CommandOutcome.FieldError("response", "keep it shorter")));
    web.mutateWith(parentA())
        .mutateWith(csrf())
        .post()
        .uri("/plan/respond")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(
            BodyInserters.fromFormData("answer", "disagree")
                .with("response", "because")
                .with("version", "2"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(html -> assertThat(html).contains("href=\"#response\"").contains("keep it shorter"));
  }

  @Test
  void a_form_without_a_csrf_token_is_refused() {
    web.mutateWith(parentA())
        .post()
        .uri("/plan/respond")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(BodyInserters.fromFormData("answer", "read"))
        .exchange()
        .expectStatus()
        .isForbidden();
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void another_family_sees_only_their_own_case() {
    web.mutateWith(otherParent())
        .get()
        .uri("/updates")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(html -> assertThat(html).contains("JONES-SECRET").doesNotContain("Plan updated"));
  }

  @Test
  void people_without_a_parent_grant_get_not_found() {
    web.mutateWith(youngPerson()).get().uri("/updates").exchange().expectStatus().isNotFound();
    web.mutateWith(worker()).get().uri("/expected").exchange().expectStatus().isNotFound();
  }

  @Test
  void anonymous_people_are_sent_to_sign_in() {
    web.get().uri("/updates").exchange().expectStatus().is3xxRedirection();
  }
}
