package casejourney.portal.staff;

import static casejourney.portal.staff.StaffTestSupport.chair;
import static casejourney.portal.staff.StaffTestSupport.get;
import static casejourney.portal.staff.StaffTestSupport.html;
import static casejourney.portal.staff.StaffTestSupport.patient;
import static casejourney.portal.staff.StaffTestSupport.post;
import static casejourney.portal.staff.StaffTestSupport.worker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import casejourney.api.BilingualText;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.support.FakeAudit;
import casejourney.portal.support.FakeCommands;
import casejourney.portal.support.FakeReadModels;
import casejourney.portal.support.Fixtures;
import casejourney.portal.support.PortalTestConfig;
import casejourney.portal.support.Users;
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

/**
 * The worker sees what the family say is wrong, on the case page and the caseload, and answers it
 * (docs/adr/0015): the correction they will see, or why the record stays as it is.
 */
@SpringBootTest
@AutoConfigureWebTestClient
@Import(PortalTestConfig.class)
class DisputeAnswerTest {

  static final String CASE = "/staff/cases/" + Fixtures.MORGAN;
  static final String PAGE = CASE + "/disputes/d-rhian-report/answer";
  static final String CORRECTION =
      "You were right: the clinic's list shows you at the appointment on 3 March.";

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

  @Test
  void the_case_page_lists_what_the_family_say_is_wrong_beside_what_it_is_about() {
    String html = get(worker(web), CASE);
    assertThat(html)
        .contains("Things the family say are wrong")
        .doesNotContain("??")
        .contains("id=\"dispute-d-rhian-report\"")
        .contains("Rhian Morgan says this is wrong:")
        .contains("href=\"#meeting-m-initial\"")
        .contains("id=\"meeting-m-initial\"")
        .contains("RHIAN-DISPUTE")
        .contains("That I went to the appointment on 3 March.")
        // Due 21 May 2026, and not answered.
        .contains("21 May 2026")
        .contains("Overdue")
        .contains("href=\"" + PAGE + "\"")
        // Alex's plan dispute, answered: the correction and who wrote it, and a link to change it.
        .contains("href=\"#plan-version-2\"")
        .contains("The correction, from Sam Patel")
        .contains("You are right: you have a car.")
        .contains("Change the answer")
        // Taylor's, kept as it is.
        .contains("Why the record stays as it is, from Sam Patel")
        // Beside the report itself, and the plan version.
        .contains(
            "<a class=\"govuk-link\" href=\"#dispute-d-rhian-report\">Rhian Morgan says this is wrong</a>")
        .contains(
            "<a class=\"govuk-link\" href=\"#dispute-d-alex-plan\">Alex Morgan says this is wrong</a>");
    // Something else on the record, not yet due: no overdue tag of its own.
    String other = html.substring(html.indexOf("id=\"dispute-d-alex-other\""));
    other = other.substring(0, other.indexOf("</dl>"));
    assertThat(other).contains("something else on the record").doesNotContain("Overdue");
  }

  @Test
  void the_worker_answers_with_a_correction_and_is_refused_without_one() {
    String page = get(worker(web), PAGE);
    assertThat(page)
        .contains("<title>Answer what the family say is wrong – Case Journey</title>")
        .doesNotContain("??")
        .contains("RHIAN-DISPUTE")
        .contains("The record was wrong — write the correction they will see")
        .contains("The record stays as it is — say why");
    assertThat(html(post(worker(web), PAGE, "formId", "f-a")))
        .contains("<a href=\"#answer\">Choose whether the record was wrong</a>")
        .contains("<a href=\"#reason\">Write the correction, or why the record stays as it is.");
    assertThat(html(post(worker(web), PAGE, "answer", "CORRECTED", "reason", " ", "formId", "f-a")))
        .contains("<a href=\"#reason\">");
    assertThat(commands.sent).isEmpty();

    post(
            worker(web),
            PAGE,
            "answer",
            "CORRECTED",
            "reason",
            " " + CORRECTION + " ",
            "reasonCy",
            "",
            "formId",
            "f-a")
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", CASE + "?done=disputeAnswered");
    FakeCommands.Sent sent = commands.sent.get(0);
    assertThat(sent.path()).isEqualTo(Fixtures.MORGAN + "/disputes/d-rhian-report/answers");
    assertThat(sent.idempotencyKey()).isEqualTo("f-a");
    assertThat((Map<Object, Object>) (Map<?, ?>) sent.body())
        .containsEntry("answer", "CORRECTED")
        .containsEntry("explanation", new BilingualText(CORRECTION, null));
    assertThat(get(worker(web), CASE + "?done=disputeAnswered"))
        .contains("It is recorded. They will be told your answer.");
  }

  @Test
  void case_service_s_refusal_of_the_same_answer_again_is_shown_against_the_reason() {
    commands.next =
        new CommandOutcome.Refused(
            422,
            "",
            List.of(
                new CommandOutcome.FieldError(
                    "explanation", "this answer is already recorded: change it")));
    assertThat(
            html(
                post(
                    worker(web),
                    CASE + "/disputes/d-alex-plan/answer",
                    "answer",
                    "CORRECTED",
                    "reason",
                    "You are right: you have a car.",
                    "formId",
                    "f-b")))
        .contains("<a href=\"#reason\">this answer is already recorded: change it</a>");
  }

  @Test
  void a_closed_case_can_still_be_answered() {
    readModels.rewrite(json -> json.replace("\"open\":true", "\"open\":false"));
    assertThat(get(worker(web), PAGE)).contains("name=\"answer\"");
    post(worker(web), PAGE, "answer", "NOT_CHANGED", "reason", "It is right.", "formId", "f-c")
        .expectStatus()
        .is3xxRedirection();
    assertThat(commands.sent).hasSize(1);
  }

  @Test
  void only_the_allocated_worker_answers_and_the_chair_sees_disputes_about_their_meetings() {
    chair(web).get().uri(PAGE).exchange().expectStatus().isNotFound();
    worker(web).get().uri(CASE + "/disputes/d-nope/answer").exchange().expectStatus().isNotFound();
    patient(web).mutateWith(Users.parentA()).get().uri(PAGE).exchange().expectStatus().isNotFound();
    String chair = get(chair(web), CASE);
    assertThat(chair)
        .contains("RHIAN-DISPUTE", "TAYLOR-DISPUTE")
        // Not about a meeting they chair.
        .doesNotContain("ALEX-DISPUTE", "ALEX-OTHER", "/answer\"");
    // The chair's try at the worker's page left no "viewed" entry for a view that never happened.
    assertThat(audit.entries)
        .doesNotContain(new FakeAudit.Entry("chair", "dispute-answer", Fixtures.MORGAN));
  }

  @Test
  void the_caseload_lists_disputes_waiting_with_their_day_and_the_welsh_to_add() {
    String html = get(worker(web), "/staff");
    assertThat(html)
        .contains("Things the family say are wrong")
        .contains("Rhian Morgan: a report")
        .contains("Alex Morgan: something else")
        .contains("answer by 21 May 2026")
        .contains("answer by 1 February 2099")
        .contains("href=\"" + PAGE + "\"")
        .contains("Answer to something the family said is wrong");
    String rhian = html.substring(html.indexOf("Rhian Morgan: a report") - 300);
    assertThat(rhian.substring(0, 300)).contains("Overdue");
    String alex = html.substring(html.indexOf("Alex Morgan: something else") - 300);
    assertThat(alex.substring(0, 300)).doesNotContain("Overdue");
    assertThat(get(worker(web), "/staff?lang=cy"))
        .contains("Pethau mae’r teulu’n dweud sy’n anghywir")
        .contains("Ateb i rywbeth mae’r teulu wedi dweud sy’n anghywir");
    worker(web)
        .get()
        .uri("/api/staff/dashboard")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.cases[0].disputesWaiting[0].waiting.disputeId")
        .isEqualTo("d-rhian-report")
        .jsonPath("$.cases[0].disputesWaiting[0].overdue")
        .isEqualTo(true)
        .jsonPath("$.cases[0].disputesWaiting[1].overdue")
        .isEqualTo(false);
  }

  @Test
  void the_json_route_relays_the_worker_s_answer() {
    Map<String, Object> body =
        Map.of("answer", "NOT_CHANGED", "explanation", Map.of("en", "It is right."));
    String uri = "/api/staff/cases/" + Fixtures.MORGAN + "/disputes/d-rhian-report/answers";
    worker(web)
        .mutateWith(csrf())
        .post()
        .uri(uri)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isOk();
    assertThat(commands.sent.get(0).path())
        .isEqualTo(Fixtures.MORGAN + "/disputes/d-rhian-report/answers");
    assertThat(commands.sent.get(0).body()).isEqualTo(body);
    for (WebTestClient nobody : List.of(chair(web), patient(web).mutateWith(Users.parentA()))) {
      nobody
          .mutateWith(csrf())
          .post()
          .uri(uri)
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(body)
          .exchange()
          .expectStatus()
          .isNotFound();
    }
    // The case as JSON carries each dispute with what it is about.
    worker(web)
        .get()
        .uri("/api/staff/cases/" + Fixtures.MORGAN)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.disputes[0].dispute.disputeId")
        .isEqualTo("d-rhian-report")
        .jsonPath("$.disputes[0].report.reportId")
        .isEqualTo("r1");
  }

  static final String OTHER = CASE + "/disputes/d-alex-other/answer";
  static final String MORE_TIME = CASE + "/disputes/d-alex-other/more-time";
  static final String MORE_TIME_REASON = "We need to ask the registry office, which takes weeks.";

  @Test
  void the_worker_takes_more_time_with_a_reason_and_is_refused_without_one() {
    String page = get(worker(web), OTHER);
    assertThat(page)
        .doesNotContain("??")
        .contains("Need more time to answer?")
        .contains("the answer would be due by 1 April 2099 instead of 1 February 2099")
        .contains("action=\"" + MORE_TIME + "\"")
        .contains("id=\"extensionReason\"")
        .contains("id=\"extensionReasonCy\"");
    assertThat(html(post(worker(web), MORE_TIME, "extensionReason", " ", "formId", "f-m")))
        .contains(
            "<a href=\"#extensionReason\">Write why you need more time. They will read it.</a>")
        .contains("id=\"extensionReason-error\"");
    assertThat(commands.sent).isEmpty();

    post(
            worker(web),
            MORE_TIME,
            "extensionReason",
            " " + MORE_TIME_REASON + " ",
            "extensionReasonCy",
            "",
            "formId",
            "f-m")
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", CASE + "?done=disputeExtended");
    FakeCommands.Sent sent = commands.sent.get(0);
    assertThat(sent.path()).isEqualTo(Fixtures.MORGAN + "/disputes/d-alex-other/extensions");
    assertThat(sent.idempotencyKey()).isEqualTo("f-m");
    assertThat((Map<Object, Object>) (Map<?, ?>) sent.body())
        .containsExactly(Map.entry("reason", new BilingualText(MORE_TIME_REASON, null)));
    assertThat(get(worker(web), CASE + "?done=disputeExtended"))
        .contains("It is recorded. They will be told the new day and why.");
  }

  @Test
  void case_service_s_refusal_of_more_time_is_shown_against_the_reason() {
    commands.next =
        new CommandOutcome.Refused(
            422,
            "",
            List.of(
                new CommandOutcome.FieldError(
                    "disputeId",
                    "the time to answer has already been extended to 2099-04-01: it can be"
                        + " extended only once")));
    assertThat(html(post(worker(web), MORE_TIME, "extensionReason", "More.", "formId", "f-n")))
        .contains("<a href=\"#extensionReason\">the time to answer has already been extended")
        .contains("id=\"extensionReason\"");
  }

  @Test
  void more_time_is_not_offered_once_late_answered_or_already_taken() {
    // Rhian's is past its day; Alex's plan dispute is answered.
    assertThat(get(worker(web), PAGE)).doesNotContain("Need more time", "extensionReason");
    assertThat(get(worker(web), CASE + "/disputes/d-alex-plan/answer"))
        .doesNotContain("Need more time", "extensionReason");
    readModels.rewrite(Fixtures::rhianGivenMoreTime);
    assertThat(get(worker(web), PAGE))
        .doesNotContain("Need more time", "extensionReason")
        .doesNotContain("Overdue")
        .contains("Extended to 21 July 2099 (it was due by 21 May 2099).")
        .contains("EXTENSION-REASON");
    post(chair(web), MORE_TIME, "extensionReason", "More.", "formId", "f-c")
        .expectStatus()
        .isNotFound();
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void the_case_page_and_the_caseload_say_a_dispute_is_extended_and_to_when() {
    readModels.rewrite(Fixtures::rhianGivenMoreTime);
    String html = get(worker(web), CASE);
    assertThat(html)
        .contains("Extended to 21 July 2099 (it was due by 21 May 2099).")
        .contains("Why more time")
        .contains("EXTENSION-REASON We need to ask the clinic who came that day.")
        // Beside the report itself.
        .contains("extended to 21 July 2099");
    String rhian = html.substring(html.indexOf("id=\"dispute-d-rhian-report\""));
    assertThat(rhian.substring(0, rhian.indexOf("</dl>"))).doesNotContain("Overdue");
    String caseload = get(worker(web), "/staff");
    assertThat(caseload).contains("extended to 21 July 2099");
    String item = caseload.substring(caseload.indexOf("Rhian Morgan: a report") - 300);
    assertThat(item.substring(0, 300)).doesNotContain("Overdue");
    assertThat(get(worker(web), CASE + "?lang=cy"))
        .contains("Wedi’i ymestyn i 21 Gorffennaf 2099")
        .contains("<span lang=\"en\">EXTENSION-REASON");
  }

  @Test
  void the_json_route_relays_the_worker_s_reason_for_more_time() {
    Map<String, Object> body = Map.of("reason", Map.of("en", MORE_TIME_REASON));
    String uri = "/api/staff/cases/" + Fixtures.MORGAN + "/disputes/d-alex-other/extensions";
    worker(web)
        .mutateWith(csrf())
        .post()
        .uri(uri)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isOk();
    assertThat(commands.sent.get(0).path())
        .isEqualTo(Fixtures.MORGAN + "/disputes/d-alex-other/extensions");
    assertThat(commands.sent.get(0).body()).isEqualTo(body);
    for (WebTestClient nobody : List.of(chair(web), patient(web).mutateWith(Users.parentA()))) {
      nobody
          .mutateWith(csrf())
          .post()
          .uri(uri)
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(body)
          .exchange()
          .expectStatus()
          .isNotFound();
    }
  }
}
