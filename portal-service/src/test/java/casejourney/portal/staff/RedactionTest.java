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
 * The worker records what was held back from one person's copy of a report, and only that person is
 * told, with the reason (DOMAIN.md: each redaction is recorded with its safeguarding reason).
 */
@SpringBootTest
@AutoConfigureWebTestClient
@Import(PortalTestConfig.class)
class RedactionTest {

  static final String CASE = "/staff/cases/" + Fixtures.MORGAN;
  static final String PAGE = CASE + "/meetings/m-initial/reports/r1/redaction";
  static final String REASON =
      "The part about where Alex now lives is held back, to keep Alex safe.";

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

  /** Rhian's copy of the conference report had parts held back. */
  private void rhiansCopyHeldBack() {
    readModels.rewrite(
        json ->
            json.replace(
                "\"respondedAt\":\"2026-04-21T09:00:00Z\"}]},",
                "\"respondedAt\":\"2026-04-21T09:00:00Z\"}],\"redactions\":[{\"reportId\":\"r1\","
                    + "\"personId\":\"p-rhian\",\"reason\":{\"en\":\""
                    + REASON
                    + "\",\"cy\":null},\"redactedAt\":\"2026-04-19T09:00:00Z\"}]},"));
  }

  @Test
  void the_worker_chooses_whose_copy_and_says_why() {
    assertThat(get(worker(web), CASE)).contains("href=\"" + PAGE + "\"");
    String page = get(worker(web), PAGE);
    assertThat(page)
        .contains("<title>Record what was held back from a copy – Case Journey</title>")
        .doesNotContain("??")
        .contains("The rest of the family is not told.")
        .contains("value=\"p-alex\"")
        .contains("value=\"p-rhian\"")
        // Taylor was not given this report, so there is no copy of theirs to record.
        .doesNotContain("value=\"p-taylor\"");
    post(
            worker(web),
            PAGE,
            "personId",
            "p-rhian",
            "reason",
            " " + REASON + " ",
            "reasonCy",
            "",
            "formId",
            "f-r")
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", CASE + "?done=redacted");
    FakeCommands.Sent sent = commands.sent.get(0);
    assertThat(sent.path())
        .isEqualTo(Fixtures.MORGAN + "/meetings/m-initial/reports/r1/redactions");
    assertThat(sent.idempotencyKey()).isEqualTo("f-r");
    assertThat((Map<Object, Object>) (Map<?, ?>) sent.body())
        .containsEntry("personId", "p-rhian")
        .containsEntry("reason", new BilingualText(REASON, null));
    assertThat(get(worker(web), CASE + "?done=redacted"))
        .contains("They will be told that parts were held back, with your reason.");
  }

  @Test
  void nothing_is_sent_without_whose_copy_and_a_reason() {
    assertThat(html(post(worker(web), PAGE, "formId", "f")))
        .contains("href=\"#personId\"")
        .contains("Choose whose copy had parts held back")
        .contains("href=\"#reason\"")
        .contains("Say why parts were held back.");
    assertThat(
            html(post(worker(web), PAGE, "personId", "p-taylor", "reason", REASON, "formId", "f")))
        .contains("href=\"#personId\"");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void only_the_allocated_worker_reaches_it_and_an_unknown_report_is_not_found() {
    chair(web).get().uri(PAGE).exchange().expectStatus().isNotFound();
    worker(web)
        .get()
        .uri(CASE + "/meetings/m-initial/reports/r-nope/redaction")
        .exchange()
        .expectStatus()
        .isNotFound();
    patient(web).mutateWith(Users.parentA()).get().uri(PAGE).exchange().expectStatus().isNotFound();
  }

  @Test
  void only_the_person_whose_copy_it_is_is_told_and_staff_see_it() {
    rhiansCopyHeldBack();
    assertThat(get(worker(web), CASE))
        .contains("Parts held back from Rhian Morgan:")
        .contains(REASON);
    assertThat(get(worker(web), PAGE)).contains("Held back so far").contains(REASON);
    WebTestClient rhian = patient(web).mutateWith(Users.user("parent-b", "PARENT"));
    assertThat(get(rhian, "/meeting?lang=en"))
        .contains("Held back from your copy")
        .contains("Some parts were held back from your copy to keep people safe.")
        .contains(REASON);
    WebTestClient alex = patient(web).mutateWith(Users.parentA());
    assertThat(get(alex, "/meeting"))
        .doesNotContain("Held back from your copy")
        .doesNotContain(REASON);
    assertThat(get(alex, "/api/family/meeting")).doesNotContain(REASON);
    assertThat(get(rhian, "/api/family/meeting")).contains(REASON);
  }

  @Test
  void the_json_route_relays_the_worker_s_record() {
    Map<String, Object> body = Map.of("personId", "p-rhian", "reason", Map.of("en", REASON));
    String uri =
        "/api/staff/cases/" + Fixtures.MORGAN + "/meetings/m-initial/reports/r1/redactions";
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
        .isEqualTo(Fixtures.MORGAN + "/meetings/m-initial/reports/r1/redactions");
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
