package casejourney.portal.staff;

import static casejourney.portal.staff.StaffTestSupport.chair;
import static casejourney.portal.staff.StaffTestSupport.get;
import static casejourney.portal.staff.StaffTestSupport.worker;
import static org.assertj.core.api.Assertions.assertThat;

import casejourney.portal.support.FakeAudit;
import casejourney.portal.support.FakeCommands;
import casejourney.portal.support.FakeReadModels;
import casejourney.portal.support.Fixtures;
import casejourney.portal.support.PortalTestConfig;
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
class StaffPagesTest {

  static final String CASE = "/staff/cases/" + Fixtures.MORGAN;

  @Autowired WebTestClient web;
  @Autowired FakeCommands commands;
  @Autowired FakeAudit audit;
  @Autowired FakeReadModels readModels;

  @BeforeEach
  void reset() {
    commands.reset();
    audit.entries.clear();
  }

  @Test
  void a_young_person_not_invited_yet_is_flagged_so_the_worker_invites_them() {
    readModels.rewrite(json -> json.replace("\"invited\": true", "\"invited\": false"));
    try {
      assertThat(get(worker(web), "/staff"))
          .contains("Taylor Morgan: Review conference")
          .contains("Not invited yet: invite them so they can choose");
      assertThat(get(worker(web), "/staff?lang=cy")).contains("Heb ei wahodd eto");
    } finally {
      readModels.reset();
    }
  }

  @Test
  void the_worker_dashboard_shows_clocks_plans_choices_late_reports_and_welsh_to_add() {
    String html = get(worker(web), "/staff");
    assertThat(html)
        .contains("<title>Your caseload – Case Journey</title>")
        .contains("Taylor Morgan")
        .contains("Overdue")
        .contains("First core group meeting")
        .contains("Version 2: Alex Morgan, Rhian Morgan")
        .contains("Taylor Morgan: Review conference")
        // Invited, so nothing tells the worker to invite them.
        .doesNotContain("Not invited yet")
        .contains("Social work report for the conference: 3 working days late")
        .contains("Welsh text to add")
        .contains("href=\"/staff/cases/" + Fixtures.MORGAN + "\"");
    // The review clock is far away: neither due soon nor overdue.
    assertThat(html).doesNotContain("Review conference</span>:");
    assertThat(audit.entries).contains(new FakeAudit.Entry("worker", "dashboard", Fixtures.MORGAN));
  }

  @Test
  void counts_of_one_read_in_the_singular() {
    assertThat(get(worker(web), "/staff/cases/" + Fixtures.MORGAN))
        .contains("Read by 1 family member; no responses.")
        .contains("Read by 1 family member; 1 response.");
    readModels.rewrite(json -> json.replace("\"workingDaysLate\": 3", "\"workingDaysLate\": 1"));
    try {
      assertThat(get(worker(web), "/staff"))
          .contains("Social work report for the conference: 1 working day late");
    } finally {
      readModels.reset();
    }
  }

  @Test
  void the_chair_dashboard_lists_the_meetings_they_chair() {
    String html = get(chair(web), "/staff");
    assertThat(html)
        .contains("Meetings you chair")
        .contains("The young person has not said how they want to take part.")
        .doesNotContain("Cases allocated to you");
  }

  @Test
  void the_case_page_shows_timeline_plan_history_and_meetings_with_worker_words_as_text() {
    String html = get(worker(web), CASE);
    assertThat(html)
        .contains("<title>Case – Case Journey</title>")
        .contains("Plan history")
        .contains("Version 2, published 22 April 2026 by Sam Patel")
        .contains("Decided between meetings")
        .contains("Deadline brought forward")
        .contains("Initial conference booked")
        .contains("Social work report for the conference")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)</script>")
        .doesNotContain("??")
        // Each quotation says what it is and who wrote it; staff see both languages, marked.
        .contains("In their own words, from the young person")
        .contains("The reason, from the social worker")
        .contains("<span lang=\"cy\">(Cymraeg)</span>")
        .contains("<blockquote class=\"govuk-body\" lang=\"cy\">Mae&#39;r cwrs yn dechrau&#39;n")
        .contains("href=\"" + CASE + "/plan/new\"");
    assertThat(audit.entries)
        .containsExactly(new FakeAudit.Entry("worker", "case", Fixtures.MORGAN));
  }

  @Test
  void the_case_page_is_in_welsh_with_worker_text_marked_as_english_when_untranslated() {
    String html = get(worker(web), CASE + "?lang=cy");
    assertThat(html)
        .contains("lang=\"cy\"")
        .contains("Hanes y cynllun")
        .contains("Mae&#39;r cwrs yn dechrau")
        .contains("href=\"" + CASE + "?lang=en\"");
  }

  @Test
  void a_chair_sees_the_chair_timeline_and_their_actions_but_not_the_worker_actions() {
    String html = get(chair(web), CASE);
    assertThat(html)
        .contains("Views sent by the young person")
        .contains("Respond to the young person&#39;s views")
        .doesNotContain("/plan/new")
        .doesNotContain("/invitations/new");
  }

  @Test
  void a_banner_confirms_what_a_form_did_and_ignores_anything_else() {
    assertThat(get(worker(web), CASE + "?done=published"))
        .contains("The plan version is published.");
    assertThat(get(worker(web), CASE + "?done=<b>x</b>"))
        .doesNotContain("govuk-notification-banner");
  }

  @Test
  void the_json_api_gives_the_dashboard_and_the_case() {
    worker(web)
        .get()
        .uri("/api/staff/dashboard")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.cases[0].caseId")
        .isEqualTo(Fixtures.MORGAN)
        .jsonPath("$.cases[0].clocks[0].overdue")
        .isEqualTo(true);
    chair(web)
        .get()
        .uri("/api/staff/cases/" + Fixtures.MORGAN)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.role")
        .isEqualTo("CHAIR")
        .jsonPath("$.plans[0].version")
        .isEqualTo(2);
  }

  @Test
  void the_reading_score_is_drawn_as_the_worker_types_with_jargon_linked_to_the_glossary() {
    String html =
        StaffTestSupport.html(
            StaffTestSupport.post(
                worker(web),
                "/staff/text-score",
                "field",
                "expectations-0-what",
                "text",
                "Go to the core group. <b>Now</b>."));
    assertThat(html)
        .contains("id=\"expectations-0-what-score\"")
        .contains("Reading ease")
        .contains("href=\"/glossary#core-group\"")
        .doesNotContain("<b>");
    web.mutateWith(casejourney.portal.support.Users.parentA())
        .mutateWith(
            org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers
                .csrf())
        .post()
        .uri("/staff/text-score")
        .exchange()
        .expectStatus()
        .isNotFound();
  }
}
