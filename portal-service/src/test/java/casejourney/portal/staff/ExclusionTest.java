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
import casejourney.api.ExclusionScope;
import casejourney.portal.commands.CommandOutcome;
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
 * The chair leaves a parent or carer out of all or part of a meeting, and only that person is told,
 * with the reason (DOMAIN.md: each exclusion is recorded with its safeguarding reason).
 */
@SpringBootTest
@AutoConfigureWebTestClient
@Import(PortalTestConfig.class)
class ExclusionTest {

  static final String CASE = "/staff/cases/" + Fixtures.MORGAN;
  static final String REVIEW = CASE + "/meetings/" + Fixtures.REVIEW_MEETING;
  static final String PAGE = REVIEW + "/exclusion";
  static final String REASON = "Taylor wants to talk about home without a parent in the room.";

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

  /** The review meeting with both parents invited and Alex left out of part of it. */
  private void aliceLeftOut() {
    readModels.rewrite(
        json ->
            json.replace(
                    "{\"participantId\":\"p-taylor\",\"kind\":\"FAMILY_MEMBER\",\"name\":\"Taylor"
                        + " Morgan\",\"roleDescription\":null,\"language\":\"EN\",\"invitedAt\":\"2026-04-25T09:00:00Z\"}],",
                    "{\"participantId\":\"p-taylor\",\"kind\":\"FAMILY_MEMBER\",\"name\":\"Taylor"
                        + " Morgan\",\"roleDescription\":null,\"language\":\"EN\",\"invitedAt\":\"2026-04-25T09:00:00Z\"},"
                        + "{\"participantId\":\"p-rhian\",\"kind\":\"FAMILY_MEMBER\",\"name\":\"Rhian"
                        + " Morgan\",\"roleDescription\":null,\"language\":\"CY\",\"invitedAt\":\"2026-04-25T09:00:00Z\"}],")
                .replace(
                    "\"outcome\":null,\"chairResponses\":[]}]}",
                    "\"outcome\":null,\"chairResponses\":[],\"exclusions\":[{\"personId\":\"p-alex\","
                        + "\"scope\":\"PART_OF_MEETING\",\"reason\":{\"en\":\""
                        + REASON
                        + "\",\"cy\":null},\"excludedAt\":\"2026-04-26T09:00:00Z\"}]}]}"));
  }

  @Test
  void the_chair_chooses_an_invited_parent_how_much_they_miss_and_why() {
    String page = get(chair(web), PAGE);
    assertThat(page)
        .contains("<title>Leave someone out of the meeting – Case Journey</title>")
        .doesNotContain("??")
        .contains("The rest of the family is not told.")
        .contains("value=\"p-alex\"")
        // The child chooses how to take part; they are never left out this way.
        .doesNotContain("value=\"p-taylor\"")
        .contains("All of the meeting")
        .contains("Part of the meeting");
    post(
            chair(web),
            PAGE,
            "personId",
            "p-alex",
            "scope",
            "PART_OF_MEETING",
            "reason",
            " " + REASON + " ",
            "reasonCy",
            "",
            "formId",
            "f-x")
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", CASE + "?done=excluded");
    assertThat(commands.sent).hasSize(1);
    FakeCommands.Sent sent = commands.sent.get(0);
    assertThat(sent.path()).isEqualTo(Fixtures.MORGAN + "/meetings/m-review/exclusions");
    assertThat(sent.idempotencyKey()).isEqualTo("f-x");
    assertThat((Map<Object, Object>) (Map<?, ?>) sent.body())
        .containsEntry("personId", "p-alex")
        .containsEntry("scope", ExclusionScope.PART_OF_MEETING)
        .containsEntry("reason", new BilingualText(REASON, null));
    assertThat(get(chair(web), CASE + "?done=excluded"))
        .contains("The person left out will be told, with your reason.");
  }

  @Test
  void nothing_is_sent_without_a_person_a_scope_and_a_reason() {
    assertThat(html(post(chair(web), PAGE, "formId", "f")))
        .contains("href=\"#personId\"")
        .contains("Choose who is to be left out")
        .contains("href=\"#scope\"")
        .contains("Choose whether they miss all of the meeting or part of it")
        .contains("href=\"#reason\"")
        .contains("Say why they are left out.");
    // The child, or someone not invited, cannot be chosen even by a forged form.
    for (String who : List.of("p-taylor", "p-jamie")) {
      assertThat(
              html(
                  post(
                      chair(web),
                      PAGE,
                      "personId",
                      who,
                      "scope",
                      "WHOLE_MEETING",
                      "reason",
                      REASON,
                      "formId",
                      "f")))
          .as(who)
          .contains("href=\"#personId\"");
    }
    assertThat(
            html(
                post(
                    chair(web),
                    PAGE,
                    "personId",
                    "p-alex",
                    "scope",
                    "SOMETIMES",
                    "reason",
                    "x".repeat(MeetingForms.SHORT_TEXT + 1),
                    "formId",
                    "f")))
        .contains("href=\"#scope\"")
        .contains("Keep it to 2,000 characters or fewer");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void case_service_s_refusal_is_shown_on_its_field() {
    commands.next =
        new CommandOutcome.Refused(
            422,
            "",
            List.of(
                new CommandOutcome.FieldError(
                    "scope",
                    "this is already recorded: change how much they miss, or the reason")));
    assertThat(
            html(
                post(
                    chair(web),
                    PAGE,
                    "personId",
                    "p-alex",
                    "scope",
                    "WHOLE_MEETING",
                    "reason",
                    REASON,
                    "formId",
                    "f")))
        .contains("href=\"#scope\"")
        .contains("this is already recorded");
  }

  @Test
  void a_held_meeting_cannot_have_anyone_left_out_and_the_worker_cannot_use_the_form() {
    String held =
        chair(web)
            .get()
            .uri(CASE + "/meetings/m-initial/exclusion")
            .exchange()
            .expectStatus()
            .isEqualTo(409)
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(held).contains("no one can be left out of it now");
    worker(web).get().uri(PAGE).exchange().expectStatus().isNotFound();
    assertThat(get(chair(web), CASE))
        .contains("href=\"" + PAGE + "\"")
        .doesNotContain("href=\"" + CASE + "/meetings/m-initial/exclusion\"");
    assertThat(get(worker(web), CASE)).doesNotContain("/exclusion\"");
  }

  @Test
  void staff_see_who_was_left_out_and_why() {
    aliceLeftOut();
    for (WebTestClient staff : List.of(chair(web), worker(web))) {
      assertThat(get(staff, CASE))
          .contains("Left out")
          .contains("Alex Morgan: Part of the meeting")
          .contains(REASON);
    }
    assertThat(get(chair(web), PAGE)).contains("Left out so far").contains(REASON);
  }

  @Test
  void only_the_parent_left_out_is_told_and_the_rest_of_the_family_is_not() {
    aliceLeftOut();
    WebTestClient alex = patient(web).mutateWith(Users.parentA());
    assertThat(get(alex, "/meeting"))
        .contains("You will not be at part of this meeting")
        .contains("The chair decided this to keep everyone safe.")
        .contains(REASON);
    WebTestClient rhian = patient(web).mutateWith(Users.user("parent-b", "PARENT"));
    assertThat(get(rhian, "/meeting?lang=en"))
        .contains("Civic Centre, Room 3")
        .doesNotContain("You will not be at")
        .doesNotContain(REASON);
    assertThat(get(rhian, "/api/family/meeting"))
        .doesNotContain(REASON)
        .doesNotContain("p-alex\",\"scope");
    assertThat(get(alex, "/api/family/meeting")).contains(REASON);
    WebTestClient taylor = patient(web).mutateWith(Users.youngPerson());
    assertThat(get(taylor, "/api/family/young-person/meeting")).doesNotContain(REASON);
  }

  @Test
  void the_json_route_relays_the_chair_s_decision() {
    Map<String, Object> body =
        Map.of("personId", "p-alex", "scope", "WHOLE_MEETING", "reason", Map.of("en", REASON));
    chair(web)
        .mutateWith(csrf())
        .post()
        .uri("/api/staff/cases/" + Fixtures.MORGAN + "/meetings/m-review/exclusions")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isOk();
    assertThat(commands.sent.get(0).path())
        .isEqualTo(Fixtures.MORGAN + "/meetings/m-review/exclusions");
    assertThat(commands.sent.get(0).body()).isEqualTo(body);
    worker(web)
        .mutateWith(csrf())
        .post()
        .uri("/api/staff/cases/" + Fixtures.MORGAN + "/meetings/m-review/exclusions")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void the_chair_lets_someone_left_out_come_to_all_of_the_meeting() {
    aliceLeftOut();
    String page = get(chair(web), PAGE);
    assertThat(page)
        .contains("Let Alex Morgan come to all of the meeting</button>")
        .contains("action=\"" + PAGE + "/withdrawal\"");
    String key = "p-alex-back-" + java.time.Instant.parse("2026-04-26T09:00:00Z").toEpochMilli();
    assertThat(page).contains("value=\"" + key + "\"");
    post(chair(web), PAGE + "/withdrawal", "personId", "p-alex", "formId", key)
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", CASE + "?done=exclusionWithdrawn");
    assertThat(commands.sent).hasSize(1);
    assertThat(commands.sent.get(0).path())
        .isEqualTo(Fixtures.MORGAN + "/meetings/m-review/exclusion-withdrawals");
    assertThat((Map<Object, Object>) (Map<?, ?>) commands.sent.get(0).body())
        .containsExactlyEntriesOf(Map.of("personId", "p-alex"));
    assertThat(commands.sent.get(0).idempotencyKey()).isEqualTo(key);
    // Someone not left out: nothing to withdraw, said on the page, nothing sent.
    commands.reset();
    assertThat(html(post(chair(web), PAGE + "/withdrawal", "personId", "p-rhian", "formId", "f")))
        .contains("href=\"#withdraw\"")
        .contains("not left out of this meeting now");
    assertThat(commands.sent).isEmpty();
    worker(web)
        .mutateWith(csrf())
        .post()
        .uri(PAGE + "/withdrawal")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .bodyValue("personId=p-alex&formId=f")
        .exchange()
        .expectStatus()
        .isNotFound();
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void a_parent_not_invited_to_an_upcoming_meeting_is_asked_about_on_the_case_page() {
    // The review meeting invites Alex and Taylor, not Rhian; the held conference asks nothing.
    String page = get(worker(web), CASE);
    assertThat(page).contains("Not invited yet").contains("ask the chair to record why");
    assertThat(page.split("Not invited yet", -1)).hasSize(2);
    String row = page.substring(page.indexOf("Not invited yet"));
    assertThat(row.substring(0, row.indexOf("</dd>")))
        .contains("Rhian Morgan")
        .doesNotContain("Alex Morgan")
        .doesNotContain("Taylor Morgan");
    aliceLeftOut();
    assertThat(get(worker(web), CASE)).doesNotContain("Not invited yet");
  }
}
