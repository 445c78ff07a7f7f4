package casejourney.portal.staff;

import static casejourney.portal.staff.StaffTestSupport.chair;
import static casejourney.portal.staff.StaffTestSupport.get;
import static casejourney.portal.staff.StaffTestSupport.html;
import static casejourney.portal.staff.StaffTestSupport.post;
import static casejourney.portal.staff.StaffTestSupport.worker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;

import casejourney.api.BilingualText;
import casejourney.api.FamilyMember;
import casejourney.api.FamilyRole;
import casejourney.api.Language;
import casejourney.api.Nation;
import casejourney.api.StaffMember;
import casejourney.api.Visibility;
import casejourney.api.views.AccessView;
import casejourney.api.views.CaseOverviewView;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.support.FakeAudit;
import casejourney.portal.support.FakeCommands;
import casejourney.portal.support.FakeReadModels;
import casejourney.portal.support.FakeStaffDirectory;
import casejourney.portal.support.Fixtures;
import casejourney.portal.support.PortalTestConfig;
import casejourney.portal.support.Users;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The worker closes a case, hands it on or opens a new one, and the chair changes who may see a
 * young person's views: what is sent, what is refused before sending, case-service's refusals on
 * their fields, and who may not do any of it.
 */
@SpringBootTest
@AutoConfigureWebTestClient
@Import(PortalTestConfig.class)
class StaffCaseLifecycleTest {

  static final String CASE = "/staff/cases/" + Fixtures.MORGAN;
  static final String CLOSE = CASE + "/close";
  static final String HAND_ON = CASE + "/worker";
  static final String VIEWS = CASE + "/meetings/m-initial/views-response";
  static final String K1 = CASE + "/meetings/m-initial/contributions/k1/visibility";
  static final String OPEN = "/staff/cases/new";
  static final String API = "/api/staff/cases/" + Fixtures.MORGAN;

  /** A form id of the kind the page hands out; the case and person ids are made from it. */
  static final String FORM = "6a3c2e1e-3f1b-4c55-9d7e-2b8f1f6d0a11";

  @Autowired WebTestClient web;
  @Autowired FakeCommands commands;
  @Autowired FakeReadModels readModels;
  @Autowired FakeAudit audit;
  @Autowired FakeStaffDirectory directory;

  @BeforeEach
  void reset() {
    commands.reset();
    audit.entries.clear();
  }

  /** The Spring context, and so the read models, are shared with the tests that run next. */
  @AfterEach
  void fixtures() {
    readModels.reset();
    directory.reset();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> sentBody() {
    assertThat(commands.sent).hasSize(1);
    return (Map<String, Object>) commands.sent.get(0).body();
  }

  private static void refuse(FakeCommands commands, int status, String field, String message) {
    commands.next =
        new CommandOutcome.Refused(
            status,
            "",
            field == null ? List.of() : List.of(new CommandOutcome.FieldError(field, message)));
  }

  private static void closed(FakeReadModels readModels) {
    readModels.rewrite(
        json -> json.replace("\"open\":true,\"closedReason\"", "\"open\":false,\"closedReason\""));
  }

  /** The 409 page that says why the form cannot be used. */
  private static String notPossible(WebTestClient.ResponseSpec response) {
    return response
        .expectStatus()
        .isEqualTo(409)
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }

  // The case page

  @Test
  void the_worker_s_case_page_links_to_handing_on_and_closing_and_the_chair_s_does_not() {
    assertThat(get(worker(web), CASE))
        .contains("href=\"" + HAND_ON + "\"")
        .contains("href=\"" + CLOSE + "\"");
    assertThat(get(chair(web), CASE)).doesNotContain(HAND_ON).doesNotContain(CLOSE);
    closed(readModels);
    assertThat(get(worker(web), CASE)).doesNotContain(HAND_ON).doesNotContain(CLOSE);
  }

  // Closing the case

  @Test
  void closing_the_case_sends_the_reason_in_both_languages_and_confirms_it() {
    assertThat(get(worker(web), CLOSE))
        .contains("<title>Close the case – Case Journey</title>")
        .doesNotContain("??")
        .contains("The plan ends.")
        .contains("The family is told that the case is closed, with your reason.")
        .contains("You cannot undo this.")
        .doesNotContain("Taylor Morgan –");
    post(
            worker(web),
            CLOSE,
            "reason",
            " The family has done everything in the plan. ",
            "reasonCy",
            "Mae’r teulu wedi gwneud popeth.",
            "formId",
            "f-close")
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", CASE + "?done=closed");
    assertThat(commands.sent.get(0).path()).isEqualTo(Fixtures.MORGAN + "/closure");
    assertThat(commands.sent.get(0).idempotencyKey()).isEqualTo("f-close");
    assertThat(sentBody())
        .containsEntry(
            "reason",
            new BilingualText(
                "The family has done everything in the plan.", "Mae’r teulu wedi gwneud popeth."))
        .hasSize(1);
    assertThat(get(worker(web), CASE + "?done=closed"))
        .contains("The case is closed. The family will be told, with your reason.");
    assertThat(get(worker(web), CASE + "?done=closed&lang=cy")).contains("Mae’r achos wedi’i gau.");
  }

  @Test
  void a_closure_needs_a_reason_and_a_welsh_one_that_is_not_too_long() {
    assertThat(html(post(worker(web), CLOSE, "reason", " ", "formId", "f")))
        .contains("There is a problem")
        .contains("href=\"#reason\"")
        .contains("id=\"reason-error\"")
        .contains("Enter why the case is closing");
    assertThat(html(post(worker(web), CLOSE + "?lang=cy", "reason", " ", "formId", "f")))
        .contains("Rhowch y rheswm pam mae’r achos yn cau");
    String tooLong = "x".repeat(MeetingForms.SHORT_TEXT + 1);
    assertThat(html(post(worker(web), CLOSE, "reason", "Done.", "reasonCy", tooLong)))
        .contains("href=\"#reasonCy\"")
        .contains("Keep it to 2,000 characters or fewer");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void case_service_refusing_the_closure_is_shown_on_the_page() {
    refuse(commands, 422, "reason.cy", "keep it to 2,000 characters or fewer (you wrote 2,001)");
    assertThat(html(post(worker(web), CLOSE, "reason", "Done.", "formId", "f")))
        .contains("href=\"#reasonCy\"")
        .contains("keep it to 2,000 characters or fewer (you wrote 2,001)");
    refuse(commands, 422, "caseId", "This case is closed");
    assertThat(html(post(worker(web), CLOSE, "reason", "Done.", "formId", "f")))
        .contains("href=\"#reason\"")
        .contains("This case is closed");
    refuse(commands, 409, null, null);
    assertThat(html(post(worker(web), CLOSE, "reason", "Done.", "formId", "f")))
        .contains("href=\"#reason\"")
        .contains("Someone else changed this case at the same moment, so nothing was saved.");
  }

  @Test
  void a_closed_case_cannot_be_closed_or_handed_on_again() {
    closed(readModels);
    assertThat(notPossible(worker(web).get().uri(CLOSE).exchange()))
        .contains("This case is closed");
    assertThat(notPossible(post(worker(web), CLOSE, "reason", "Again.", "formId", "f")))
        .contains("This case is closed");
    assertThat(
            notPossible(
                post(worker(web), HAND_ON, "newWorkerSubject", "other-worker", "formId", "f")))
        .contains("This case is closed");
    assertThat(commands.sent).isEmpty();
  }

  // Handing the case on

  @Test
  void handing_the_case_on_sends_the_worker_chosen_with_the_name_the_directory_has() {
    assertThat(get(worker(web), HAND_ON))
        .contains("<title>Hand the case to another social worker – Case Journey</title>")
        .doesNotContain("??")
        .contains(
            "<select class=\"govuk-select\" id=\"newWorkerSubject\" name=\"newWorkerSubject\"")
        .contains("<option value=\"other-worker\">Priya Shah (signs in as other-worker)</option>")
        // You cannot hand a case to yourself, and a chair cannot hold a case.
        .doesNotContain("<option value=\"worker\">")
        .doesNotContain("<option value=\"chair\">")
        .contains("Only people who have signed in to Case Journey are listed.")
        .contains("aria-describedby=\"newWorkerSubject-hint\"")
        .contains("You will not be able to see it any more.")
        .contains("Hand the case on</button>");
    post(
            worker(web),
            HAND_ON,
            "newWorkerSubject",
            " other-worker ",
            // A name from an older form is not used: families see the name the directory has.
            "newWorkerName",
            "Ceri Jones",
            "formId",
            "f-hand")
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", "/staff?done=handedOn");
    assertThat(commands.sent.get(0).path()).isEqualTo(Fixtures.MORGAN + "/worker");
    assertThat(commands.sent.get(0).idempotencyKey()).isEqualTo("f-hand");
    assertThat(sentBody())
        .containsEntry("newWorker", new StaffMember("other-worker", "Priya Shah"))
        .hasSize(1);
    assertThat(get(worker(web), "/staff?done=handedOn"))
        .contains("govuk-notification-banner--success")
        .contains("The case is handed to the new social worker.");
    assertThat(get(worker(web), "/staff?done=nonsense"))
        .doesNotContain("govuk-notification-banner");
  }

  @Test
  void the_new_worker_must_be_chosen_from_the_directory_and_not_be_you() {
    assertThat(html(post(worker(web), HAND_ON, "formId", "f")))
        .contains("href=\"#newWorkerSubject\"")
        .contains("Choose the social worker taking the case on");
    assertThat(html(post(worker(web), HAND_ON, "newWorkerSubject", " worker ", "formId", "f")))
        .contains("href=\"#newWorkerSubject\"")
        .contains("You already hold this case.");
    // Typed by hand, or someone who has never signed in: the case would leave every caseload.
    for (String nobody : List.of("ceri.jones", "chair", "x".repeat(MeetingForms.ID + 1))) {
      assertThat(html(post(worker(web), HAND_ON, "newWorkerSubject", nobody, "formId", "f")))
          .as(nobody)
          .contains("href=\"#newWorkerSubject\"")
          .contains("Choose a social worker from the list")
          .contains("class=\"govuk-select govuk-select--error\"");
    }
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void with_no_one_else_in_the_directory_the_page_says_how_someone_gets_there() {
    directory.clear();
    directory.signedIn("worker", "Sam Patel", List.of("WORKER")).block();
    assertThat(get(worker(web), HAND_ON))
        .contains("No one can be chosen yet.")
        .contains("Ask them to sign in once")
        .doesNotContain("Hand the case on</button>");
    // Someone who signs in as a worker is offered from then on.
    directory.signedIn("ceri.jones", "Ceri Jones", List.of("WORKER")).block();
    assertThat(get(worker(web), HAND_ON))
        .contains("<option value=\"ceri.jones\">Ceri Jones (signs in as ceri.jones)</option>")
        .contains("Hand the case on</button>");
  }

  @Test
  void case_service_refusing_the_new_worker_is_shown_against_the_choice() {
    refuse(
        commands,
        422,
        "newWorker.subject",
        "this social worker already holds the case: choose someone else");
    assertThat(html(post(worker(web), HAND_ON, "newWorkerSubject", "other-worker", "formId", "f")))
        .contains("href=\"#newWorkerSubject\"")
        .contains("id=\"newWorkerSubject-error\"")
        .contains("this social worker already holds the case: choose someone else");
    refuse(commands, 400, "newWorker.name", "keep it to 200 characters or fewer");
    assertThat(html(post(worker(web), HAND_ON, "newWorkerSubject", "other-worker", "formId", "f")))
        .contains("href=\"#newWorkerSubject\"")
        .contains("keep it to 200 characters or fewer");
  }

  // The chair changes who may see a contribution

  @Test
  void the_chair_s_views_page_links_each_contribution_to_changing_who_may_see_it() {
    assertThat(get(chair(web), VIEWS))
        .contains("href=\"" + K1 + "\"")
        .contains("href=\"" + CASE + "/meetings/m-initial/contributions/k2/visibility\"");
    // On a closed case nothing can change, so nothing is offered.
    closed(readModels);
    assertThat(get(chair(web), VIEWS)).doesNotContain("/visibility\"");
  }

  @Test
  void the_chair_changes_who_may_see_a_contribution_with_a_safeguarding_reason() {
    assertThat(get(chair(web), K1))
        .contains("<title>Change who may see the young person&#39;s views – Case Journey</title>")
        .doesNotContain("??")
        .contains("The young person will be told that you changed this, and your reason.")
        .contains("Only the chair and the worker may see this")
        // Nothing is chosen for the chair: the change must be a decision.
        .doesNotContain("checked=\"checked\"");
    post(
            chair(web),
            K1,
            "visibility",
            "EVERYONE_AT_MEETING",
            "safeguardingReason",
            " Your parents need to know about the shouting so that we can help. ",
            "formId",
            "f-vis")
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", CASE + "?done=visibility");
    assertThat(commands.sent.get(0).path())
        .isEqualTo(Fixtures.MORGAN + "/meetings/m-initial/contributions/k1/visibility");
    assertThat(commands.sent.get(0).idempotencyKey()).isEqualTo("f-vis");
    assertThat(sentBody())
        .containsEntry("meetingId", "m-initial")
        .containsEntry("contributionId", "k1")
        .containsEntry("visibility", Visibility.EVERYONE_AT_MEETING)
        .containsEntry(
            "safeguardingReason",
            "Your parents need to know about the shouting so that we can help.")
        .hasSize(4);
    assertThat(get(chair(web), CASE + "?done=visibility"))
        .contains("Who may see the young person&#39;s views is changed.");
  }

  @Test
  void a_change_of_visibility_needs_a_choice_another_than_now_and_a_reason() {
    String empty = html(post(chair(web), K1, "formId", "f"));
    assertThat(empty)
        .contains("href=\"#visibility\"")
        .contains("Choose who may see the views")
        .contains("href=\"#safeguardingReason\"")
        .contains("Enter the safeguarding reason");
    assertThat(
            html(
                post(
                    chair(web),
                    K1,
                    "visibility",
                    "CHAIR_AND_WORKER",
                    "safeguardingReason",
                    "To keep you safe.",
                    "formId",
                    "f")))
        .contains("href=\"#visibility\"")
        .contains("The people you chose can already see these views.");
    assertThat(
            html(
                post(
                    chair(web),
                    K1,
                    "visibility",
                    "NOBODY",
                    "safeguardingReason",
                    "To keep you safe.",
                    "formId",
                    "f")))
        .contains("Choose who may see the views");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void case_service_refusing_the_change_is_shown_on_the_page() {
    refuse(commands, 422, "visibility", "these views already have this visibility");
    assertThat(
            html(
                post(
                    chair(web),
                    K1,
                    "visibility",
                    "EVERYONE_AT_MEETING",
                    "safeguardingReason",
                    "To keep you safe.",
                    "formId",
                    "f")))
        .contains("href=\"#visibility\"")
        .contains("these views already have this visibility");
    refuse(commands, 409, null, null);
    assertThat(
            html(
                post(
                    chair(web),
                    K1,
                    "visibility",
                    "EVERYONE_AT_MEETING",
                    "safeguardingReason",
                    "To keep you safe.",
                    "formId",
                    "f")))
        .contains("Someone else changed this case at the same moment");
  }

  @Test
  void only_the_chair_of_the_meeting_may_change_it_and_only_for_a_contribution_it_has() {
    Map<String, Integer> wrong = new LinkedHashMap<>();
    List<WebTestClient> others =
        List.of(
            worker(web),
            StaffTestSupport.patient(web).mutateWith(Users.user("other-chair", "CHAIR")),
            StaffTestSupport.patient(web).mutateWith(Users.parentA()),
            StaffTestSupport.patient(web).mutateWith(Users.youngPerson()));
    for (WebTestClient who : others) {
      expect404(wrong, "GET " + others.indexOf(who), who.get().uri(K1).exchange());
      expect404(
          wrong,
          "POST " + others.indexOf(who),
          post(
              who,
              K1,
              "visibility",
              "EVERYONE_AT_MEETING",
              "safeguardingReason",
              "x",
              "formId",
              "f"));
    }
    assertThat(wrong).as("who -> status, where not 404").isEmpty();
    assertThat(commands.sent).isEmpty();
    assertThat(audit.entries).isEmpty();

    chair(web)
        .get()
        .uri(CASE + "/meetings/m-initial/contributions/k9/visibility")
        .exchange()
        .expectStatus()
        .isNotFound();
    audit.entries.clear();
    get(chair(web), K1);
    assertThat(audit.entries)
        .containsExactly(new FakeAudit.Entry("chair", "contribution-visibility", Fixtures.MORGAN));
  }

  // Opening a case

  /** A signed-in worker whose token names them, as the provider's tokens do. */
  private WebTestClient namedWorker() {
    return StaffTestSupport.patient(web)
        .mutateWith(
            mockOidcLogin()
                .idToken(
                    t ->
                        t.subject("worker")
                            .claim("roles", List.of("WORKER"))
                            .claim("name", "Sam Patel"))
                .authorities(new SimpleGrantedAuthority("ROLE_WORKER")));
  }

  private static String[] openForm(String... overrides) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("formId", FORM);
    form.put("nation", "WALES");
    form.put("childName", " Robin Evans ");
    form.put("childRole", "YOUNG_PERSON");
    form.put("childLanguage", "CY");
    form.put("childDateOfBirth", "2013-05-04");
    form.put("childSubject", " robin.e ");
    // The first row is left empty: only the rows written in are sent.
    form.put("members[0].name", " ");
    form.put("members[1].name", "Dafydd Evans");
    form.put("members[1].role", "PARENT");
    form.put("members[1].language", "CY");
    form.put("members[1].subject", "");
    form.put("members[2].name", "Gwen Evans");
    form.put("members[2].role", "CARER");
    form.put("members[2].language", "EN");
    form.put("members[2].subject", "gwen.e");
    for (int i = 0; i < overrides.length; i += 2) {
      form.put(overrides[i], overrides[i + 1]);
    }
    List<String> pairs = new ArrayList<>();
    form.forEach(
        (k, v) -> {
          pairs.add(k);
          pairs.add(v);
        });
    return pairs.toArray(String[]::new);
  }

  /** The read models as the projections write them once they have read the new case. */
  private void projected(String caseId) {
    readModels.put(
        AccessView.COLLECTION,
        "worker",
        readModels
            .json(AccessView.COLLECTION, "worker")
            .replace(
                "\"cases\":[",
                "\"cases\":[{\"caseId\":\""
                    + caseId
                    + "\",\"role\":\"WORKER\",\"personId\":null,\"meetingIds\":[],"
                    + "\"active\":true,\"lastSequence\":1},"));
    readModels.put(
        CaseOverviewView.COLLECTION,
        caseId,
        readModels
            .json(CaseOverviewView.COLLECTION, Fixtures.JONES)
            .replace(Fixtures.JONES, caseId));
  }

  @Test
  void the_caseload_links_a_worker_to_opening_a_case_and_a_chair_is_not_offered_it() {
    assertThat(get(worker(web), "/staff")).contains("href=\"" + OPEN + "\"");
    assertThat(get(chair(web), "/staff")).doesNotContain(OPEN);
  }

  @Test
  void opening_a_case_sends_the_child_the_rows_written_in_and_the_worker_then_shows_the_case() {
    assertThat(get(namedWorker(), OPEN))
        .contains("<title>Open a case – Case Journey</title>")
        // Every label has words: a missing key shows as ??key??.
        .doesNotContain("??")
        .contains("You will be the social worker for this case: Sam Patel.")
        .contains("name=\"members[2].name\"")
        .contains("type=\"date\"");
    assertThat(get(namedWorker(), OPEN + "?lang=cy"))
        .contains("<title>Agor achos – ")
        .doesNotContain("??");
    String caseId = OpenCaseForm.caseId(FORM);
    projected(caseId);
    post(namedWorker(), OPEN, openForm())
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", "/staff/cases/" + caseId + "?done=opened");
    assertThat(commands.sent.get(0).path()).isEmpty();
    assertThat(commands.sent.get(0).idempotencyKey()).isEqualTo(FORM);
    Map<String, Object> body = sentBody();
    assertThat(body)
        .containsEntry("caseId", caseId)
        .containsEntry("nation", Nation.WALES)
        .containsEntry(
            "child",
            new FamilyMember(
                OpenCaseForm.personId(FORM, "child"),
                "Robin Evans",
                FamilyRole.YOUNG_PERSON,
                Language.CY,
                "robin.e",
                LocalDate.of(2013, 5, 4)))
        .containsEntry(
            "familyMembers",
            List.of(
                new FamilyMember(
                    OpenCaseForm.personId(FORM, "member-1"),
                    "Dafydd Evans",
                    FamilyRole.PARENT,
                    Language.CY,
                    null,
                    null),
                new FamilyMember(
                    OpenCaseForm.personId(FORM, "member-2"),
                    "Gwen Evans",
                    FamilyRole.CARER,
                    Language.EN,
                    "gwen.e",
                    null)))
        .containsEntry("allocatedWorker", new StaffMember("worker", "Sam Patel"))
        .hasSize(5);
    // No personal data in the address: the ids are made, not typed.
    assertThat(caseId).matches("[0-9a-f-]{36}").isNotEqualTo(FORM);
    assertThat(get(worker(web), "/staff/cases/" + caseId + "?done=opened"))
        .contains("The case is open.");
  }

  @Test
  void the_same_form_sent_twice_sends_the_same_ids_so_case_service_answers_it_once() {
    projected(OpenCaseForm.caseId(FORM));
    post(worker(web), OPEN, openForm()).expectStatus().is3xxRedirection();
    post(worker(web), OPEN, openForm()).expectStatus().is3xxRedirection();
    assertThat(commands.sent).hasSize(2);
    assertThat(commands.sent.get(1).body()).isEqualTo(commands.sent.get(0).body());
    assertThat(commands.sent.get(1).idempotencyKey()).isEqualTo(FORM);
    // A form id that is not one the page made gets a new one, so two cases never share ids.
    commands.reset();
    post(worker(web), OPEN, openForm("formId", "")).expectStatus().is3xxRedirection();
    assertThat(commands.sent.get(0).idempotencyKey()).matches("[0-9a-f-]{36}");
  }

  @Test
  void a_case_the_read_models_do_not_show_yet_sends_the_worker_to_the_caseload_with_word_of_it() {
    post(worker(web), OPEN, openForm())
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", "/staff?done=opened");
    assertThat(get(worker(web), "/staff?done=opened"))
        .contains("The case is open. It will be in your caseload in a moment");
  }

  @Test
  void an_empty_form_says_what_is_missing_and_sends_nothing() {
    String page = html(post(worker(web), OPEN, "formId", FORM));
    assertThat(page)
        .contains("There is a problem")
        .contains("href=\"#nation\"")
        .contains("Choose England or Wales")
        .contains("href=\"#childName\"")
        .contains("Enter the child&#39;s name")
        .contains("href=\"#childRole\"")
        .contains("href=\"#childLanguage\"")
        .contains("id=\"childLanguage-error\"")
        // Three empty rows are not an error: nobody has to add a parent or carer.
        .doesNotContain("href=\"#members-");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void a_row_begun_must_be_finished_and_its_errors_name_the_person() {
    String page =
        html(
            post(
                worker(web),
                OPEN,
                openForm("members[1].role", "", "members[1].language", "", "members[2].name", "")));
    assertThat(page)
        .contains("href=\"#members-1-role\"")
        .contains("Choose whether person 2 is a parent or a carer")
        .contains("href=\"#members-1-language\"")
        .contains("Choose the language person 2 prefers")
        .contains("href=\"#members-2-name\"")
        .contains("Enter the name of person 3")
        .contains("id=\"members-2-name-error\"")
        // What was typed stays, so nothing has to be written twice.
        .contains("value=\"Dafydd Evans\"");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void a_date_of_birth_is_optional_but_must_be_a_real_day_that_has_happened() {
    for (String bad : new String[] {"2013-02-30", "2999-01-01"}) {
      assertThat(html(post(worker(web), OPEN, openForm("childDateOfBirth", bad))))
          .as(bad)
          .contains("href=\"#childDateOfBirth\"");
    }
    assertThat(commands.sent).isEmpty();
    projected(OpenCaseForm.caseId(FORM));
    post(worker(web), OPEN, openForm("childDateOfBirth", "")).expectStatus().is3xxRedirection();
    assertThat(((FamilyMember) sentBody().get("child")).dateOfBirth()).isNull();
  }

  @Test
  void case_service_refusing_the_case_is_shown_against_the_field_it_names() {
    // familyMembers[0] is the first row written in: the second on the page.
    refuse(commands, 400, "familyMembers[0].subject", "keep it to 100 characters or fewer");
    assertThat(html(post(worker(web), OPEN, openForm())))
        .contains("href=\"#members-1-subject\"")
        .contains("keep it to 100 characters or fewer");
    refuse(commands, 400, "child.subject", "keep it to 100 characters or fewer");
    assertThat(html(post(worker(web), OPEN, openForm()))).contains("href=\"#childSubject\"");
    refuse(commands, 403, "actor", "you can only open a case that is allocated to you");
    assertThat(html(post(worker(web), OPEN, openForm())))
        .contains("href=\"#nation\"")
        .contains("you can only open a case that is allocated to you");
    refuse(commands, 409, null, null);
    assertThat(html(post(worker(web), OPEN, openForm())))
        .contains("A case with this id already exists, so nothing was saved.");
  }

  @Test
  void only_a_worker_may_open_a_case() {
    Map<String, Integer> wrong = new LinkedHashMap<>();
    List<WebTestClient> others =
        List.of(
            chair(web),
            StaffTestSupport.patient(web).mutateWith(Users.parentA()),
            StaffTestSupport.patient(web).mutateWith(Users.youngPerson()));
    for (WebTestClient who : others) {
      expect404(wrong, "GET " + others.indexOf(who), who.get().uri(OPEN).exchange());
      expect404(wrong, "POST " + others.indexOf(who), post(who, OPEN, openForm()));
      expect404(
          wrong,
          "API " + others.indexOf(who),
          who.mutateWith(csrf())
              .post()
              .uri("/api/staff/cases")
              .contentType(MediaType.APPLICATION_JSON)
              .bodyValue(Map.of("nation", "WALES"))
              .exchange());
    }
    assertThat(wrong).as("who -> status, where not 404").isEmpty();
    // Any worker, not only one with cases.
    assertThat(
            get(
                StaffTestSupport.patient(web).mutateWith(Users.user("other-worker", "WORKER")),
                OPEN))
        .contains("Open the case");
    assertThat(commands.sent).isEmpty();
  }

  // JSON

  @Test
  void the_json_routes_relay_closing_and_the_chair_s_change_as_sent() {
    Map<String, Object> close = Map.of("reason", Map.of("en", "Plan ended."));
    Map<String, Object> visibility =
        Map.of("visibility", "EVERYONE_AT_MEETING", "safeguardingReason", "To keep you safe.");
    relayed(worker(web), API + "/closure", close, Fixtures.MORGAN + "/closure");
    relayed(
        chair(web),
        API + "/meetings/m-initial/contributions/k1/visibility",
        visibility,
        Fixtures.MORGAN + "/meetings/m-initial/contributions/k1/visibility");
  }

  private void relayed(WebTestClient who, String uri, Map<String, Object> body, String path) {
    commands.reset();
    who.mutateWith(csrf())
        .post()
        .uri(uri)
        .contentType(MediaType.APPLICATION_JSON)
        .header("Idempotency-Key", "k-1")
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isOk();
    assertThat(commands.sent).as(uri).hasSize(1);
    assertThat(commands.sent.get(0).path()).isEqualTo(path);
    assertThat(commands.sent.get(0).body()).isEqualTo(body);
    assertThat(commands.sent.get(0).idempotencyKey()).isEqualTo("k-1");
  }

  @Test
  void handing_on_as_json_takes_the_name_from_the_directory_and_refuses_anyone_not_in_it() {
    worker(web)
        .mutateWith(csrf())
        .post()
        .uri(API + "/worker")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("newWorker", Map.of("subject", "other-worker", "name", "Ceri")))
        .exchange()
        .expectStatus()
        .isOk();
    assertThat(commands.sent).hasSize(1);
    assertThat(sentBody())
        .containsEntry("newWorker", new StaffMember("other-worker", "Priya Shah"));
    commands.reset();
    for (String nobody : List.of("ceri.jones", "chair")) {
      worker(web)
          .mutateWith(csrf())
          .post()
          .uri(API + "/worker")
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("newWorker", Map.of("subject", nobody, "name", "Ceri")))
          .exchange()
          .expectStatus()
          .isEqualTo(422)
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.errors[0].field")
          .isEqualTo("newWorker.subject")
          .jsonPath("$.errors[0].message")
          .value(m -> assertThat(m.toString()).contains("ask them to sign in once"));
    }
    // Not the expected shape: case-service says what to fix.
    worker(web)
        .mutateWith(csrf())
        .post()
        .uri(API + "/worker")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("newWorker", "other-worker"))
        .exchange()
        .expectStatus()
        .isOk();
    assertThat(sentBody()).containsEntry("newWorker", "other-worker");
  }

  @Test
  void opening_a_case_as_json_for_someone_not_in_the_directory_is_refused() {
    worker(web)
        .mutateWith(csrf())
        .post()
        .uri("/api/staff/cases")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "nation",
                "ENGLAND",
                "allocatedWorker",
                Map.of("subject", "ceri.jones", "name", "Ceri Jones")))
        .exchange()
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("allocatedWorker.subject");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void opening_a_case_as_json_fills_in_the_ids_and_the_worker_and_answers_with_the_case() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("nation", "ENGLAND");
    body.put("child", Map.of("name", "Riley", "role", "CHILD", "language", "EN"));
    body.put(
        "familyMembers",
        List.of(Map.of("name", "Jo", "role", "PARENT", "language", "EN", "personId", "p-jo")));
    String caseId = OpenCaseForm.caseId("k-open");
    namedWorker()
        .mutateWith(csrf())
        .post()
        .uri("/api/staff/cases")
        .contentType(MediaType.APPLICATION_JSON)
        .header("Idempotency-Key", "k-open")
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isCreated()
        .expectHeader()
        .valueEquals("Location", "/api/staff/cases/" + caseId)
        .expectBody()
        .jsonPath("$.caseId")
        .isEqualTo(caseId)
        .jsonPath("$.version")
        .isEqualTo(1);
    Map<String, Object> sent = sentBody();
    assertThat(commands.sent.get(0).path()).isEmpty();
    assertThat(sent)
        .containsEntry("caseId", caseId)
        .containsEntry("nation", "ENGLAND")
        .containsEntry("allocatedWorker", new StaffMember("worker", "Sam Patel"));
    assertThat(((Map<?, ?>) sent.get("child")).get("personId"))
        .isEqualTo(OpenCaseForm.personId("k-open", "child"));
    // A person id the caller gave is kept.
    assertThat(((Map<?, ?>) ((List<?>) sent.get("familyMembers")).get(0)).get("personId"))
        .isEqualTo("p-jo");
  }

  @Test
  void a_json_refusal_is_a_problem_with_case_service_s_field_errors() {
    refuse(commands, 422, "newWorker.subject", "this social worker already holds the case");
    worker(web)
        .mutateWith(csrf())
        .post()
        .uri(API + "/worker")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("newWorker", Map.of("subject", "worker", "name", "Sam")))
        .exchange()
        .expectStatus()
        .isEqualTo(422)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("newWorker.subject");
    refuse(commands, 400, "child.name", "enter their name");
    worker(web)
        .mutateWith(csrf())
        .post()
        .uri("/api/staff/cases")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("nation", "WALES"))
        .exchange()
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("child.name");
  }

  @Test
  void a_json_body_that_is_not_an_object_is_a_problem_and_nothing_is_sent() {
    worker(web)
        .mutateWith(csrf())
        .post()
        .uri(API + "/closure")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("[1, 2]")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(commands.sent).isEmpty();
  }

  // Who may not

  @Test
  void only_the_allocated_worker_closes_or_hands_on_and_each_view_is_audited() {
    Map<String, Integer> wrong = new LinkedHashMap<>();
    List<WebTestClient> others =
        List.of(
            StaffTestSupport.patient(web).mutateWith(Users.user("other-worker", "WORKER")),
            chair(web),
            StaffTestSupport.patient(web).mutateWith(Users.parentA()),
            StaffTestSupport.patient(web).mutateWith(Users.youngPerson()));
    for (WebTestClient who : others) {
      int n = others.indexOf(who);
      for (String path : List.of(CLOSE, HAND_ON)) {
        expect404(wrong, n + " GET " + path, who.get().uri(path).exchange());
        expect404(
            wrong,
            n + " POST " + path,
            post(who, path, "reason", "x", "newWorkerSubject", "w2", "newWorkerName", "C"));
      }
      for (String path : List.of(API + "/closure", API + "/worker")) {
        expect404(
            wrong,
            n + " API " + path,
            who.mutateWith(csrf())
                .post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("x", "y"))
                .exchange());
      }
    }
    assertThat(wrong).as("who -> status, where not 404").isEmpty();
    assertThat(commands.sent).isEmpty();
    assertThat(audit.entries).isEmpty();

    get(worker(web), CLOSE);
    get(worker(web), HAND_ON);
    assertThat(audit.entries)
        .containsExactly(
            new FakeAudit.Entry("worker", "case-close", Fixtures.MORGAN),
            new FakeAudit.Entry("worker", "case-hand-on", Fixtures.MORGAN));
  }

  private static void expect404(
      Map<String, Integer> wrong, String what, WebTestClient.ResponseSpec response) {
    EntityExchangeResult<String> result = response.expectBody(String.class).returnResult();
    if (result.getStatus().value() != 404) {
      wrong.put(what, result.getStatus().value());
    }
    String body = result.getResponseBody();
    if (body != null) {
      assertThat(body).as(what).doesNotContain("Taylor").doesNotContain("SECRET");
    }
  }
}
