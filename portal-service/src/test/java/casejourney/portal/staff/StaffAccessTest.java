package casejourney.portal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import casejourney.portal.support.FakeAudit;
import casejourney.portal.support.FakeCommands;
import casejourney.portal.support.Fixtures;
import casejourney.portal.support.PortalTestConfig;
import casejourney.portal.support.Users;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Every staff route, for everyone who must not use it: 404 when signed in (the same as a case that
 * does not exist), sign-in for a browser and 401 for another client when not. Nothing is sent and
 * nothing of the case leaks; each view that is allowed is audited.
 */
@SpringBootTest
@AutoConfigureWebTestClient
@Import(PortalTestConfig.class)
class StaffAccessTest {

  static final String CASE = "/staff/cases/" + Fixtures.MORGAN;
  static final String API = "/api/staff/cases/" + Fixtures.MORGAN;

  static final List<String> WORKER_PAGES =
      List.of(
          CASE,
          CASE + "/meetings/new",
          CASE + "/plan/new",
          CASE + "/meetings/m-initial/invitations/new",
          CASE + "/meetings/m-initial/reports/new",
          CASE + "/close",
          CASE + "/worker",
          CASE + "/meetings/m-initial/reports/r1/redaction",
          CASE + "/disputes/d-rhian-report/answer",
          CASE + "/welsh-text?kind=PLAN_EXPECTATION&ref=e-course");
  static final List<String> CHAIR_PAGES =
      List.of(
          CASE + "/meetings/m-initial/outcome",
          CASE + "/meetings/m-initial/views-response",
          CASE + "/meetings/m-initial/contributions/k1/visibility",
          CASE + "/meetings/" + Fixtures.REVIEW_MEETING + "/exclusion");

  /** Opening a case: any worker, with a caseload or not; nobody else. */
  static final String OPEN = "/staff/cases/new";

  static final List<String> POSTS =
      List.of(
          CASE + "/meetings/new",
          CASE + "/plan/new",
          CASE + "/meetings/m-initial/invitations/new",
          CASE + "/meetings/m-initial/reports/new",
          CASE + "/meetings/m-initial/outcome",
          CASE + "/meetings/m-initial/views-response",
          CASE + "/close",
          CASE + "/worker",
          CASE + "/meetings/m-initial/contributions/k1/visibility",
          CASE + "/meetings/" + Fixtures.REVIEW_MEETING + "/exclusion",
          CASE + "/meetings/" + Fixtures.REVIEW_MEETING + "/exclusion/withdrawal",
          CASE + "/meetings/m-initial/reports/r1/redaction",
          CASE + "/disputes/d-rhian-report/answer",
          CASE + "/disputes/d-rhian-report/more-time",
          CASE + "/welsh-text");
  static final List<String> API_GETS = List.of("/api/staff/dashboard", API);
  static final List<String> API_POSTS =
      List.of(
          API + "/plan-versions/preview",
          API + "/plan-versions",
          API + "/meetings",
          API + "/meetings/m-initial/invitations",
          API + "/meetings/m-initial/reports",
          API + "/meetings/m-initial/outcome",
          API + "/meetings/m-initial/chair-response",
          API + "/closure",
          API + "/worker",
          API + "/meetings/m-initial/contributions/k1/visibility",
          API + "/meetings/" + Fixtures.REVIEW_MEETING + "/exclusions",
          API + "/meetings/" + Fixtures.REVIEW_MEETING + "/exclusion-withdrawals",
          API + "/meetings/m-initial/reports/r1/redactions",
          API + "/disputes/d-rhian-report/answers",
          API + "/disputes/d-rhian-report/extensions",
          API + "/welsh-text");

  record Who(String subject, String role) {
    WebTestClient client(WebTestClient web) {
      WebTestClient patient = StaffTestSupport.patient(web);
      return subject == null ? patient : patient.mutateWith(Users.user(subject, role));
    }
  }

  static final List<Who> REFUSED =
      List.of(
          new Who("other-worker", "WORKER"),
          new Who("parent-a", "PARENT"),
          new Who("young-person", "YOUNG_PERSON"),
          new Who("other-parent", "PARENT"),
          new Who(null, null));

  @Autowired WebTestClient web;
  @Autowired FakeCommands commands;
  @Autowired FakeAudit audit;

  @BeforeEach
  void reset() {
    commands.reset();
    audit.entries.clear();
  }

  @Test
  void nobody_but_the_allocated_worker_and_the_chair_reaches_any_staff_route() {
    Map<String, Integer> wrong = new LinkedHashMap<>();
    for (Who who : REFUSED) {
      for (String path : concat(WORKER_PAGES, CHAIR_PAGES, API_GETS, List.of("/staff"))) {
        // The unallocated worker has a caseload of their own (see the next test).
        boolean ownDashboard =
            "other-worker".equals(who.subject()) && path.endsWith("staff")
                || "other-worker".equals(who.subject()) && path.endsWith("/dashboard");
        if (!ownDashboard) {
          expectRefused(who, path, get(who, path), wrong);
        }
      }
      for (String path : POSTS) {
        expectRefused(who, path, post(who, path, false), wrong);
      }
      for (String path : API_POSTS) {
        expectRefused(who, path, post(who, path, true), wrong);
      }
      // The unallocated worker may open a case of their own (StaffCaseLifecycleTest).
      if (!"other-worker".equals(who.subject())) {
        expectRefused(who, OPEN, get(who, OPEN), wrong);
        expectRefused(who, OPEN, post(who, OPEN, false), wrong);
        expectRefused(who, "/api/staff/cases", post(who, "/api/staff/cases", true), wrong);
      }
    }
    assertThat(wrong).as("who route -> status, where not refused as expected").isEmpty();
    assertThat(commands.sent).isEmpty();
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void an_unallocated_worker_sees_only_their_own_caseload() {
    Who other = new Who("other-worker", "WORKER");
    for (String path : List.of("/staff", "/api/staff/dashboard")) {
      EntityExchangeResult<String> result = get(other, path);
      assertThat(result.getStatus().value()).isEqualTo(200);
      assertThat(result.getResponseBody()).doesNotContain(Fixtures.MORGAN).doesNotContain("Taylor");
    }
  }

  @Test
  void a_worker_cannot_use_the_chair_forms_and_a_chair_cannot_use_the_worker_forms() {
    Who worker = new Who("worker", "WORKER");
    Who chair = new Who("chair", "CHAIR");
    for (String path : CHAIR_PAGES) {
      assertThat(get(worker, path).getStatus().value()).as(path).isEqualTo(404);
    }
    for (String path : WORKER_PAGES.subList(1, WORKER_PAGES.size())) {
      assertThat(get(chair, path).getStatus().value()).as(path).isEqualTo(404);
    }
    assertThat(get(chair, CASE + "/meetings/not-theirs/outcome").getStatus().value())
        .isEqualTo(404);
    assertThat(get(chair, OPEN).getStatus().value()).isEqualTo(404);
    assertThat(post(chair, "/api/staff/cases", true).getStatus().value()).isEqualTo(404);
  }

  @Test
  void every_staff_view_is_audited_with_who_what_and_which_case() {
    Who worker = new Who("worker", "WORKER");
    Who chair = new Who("chair", "CHAIR");
    for (String path : WORKER_PAGES) {
      assertThat(get(worker, path).getStatus().value()).as(path).isEqualTo(200);
    }
    for (String path : CHAIR_PAGES) {
      assertThat(get(chair, path).getStatus().value()).as(path).isEqualTo(200);
    }
    assertThat(get(worker, API).getStatus().value()).isEqualTo(200);
    assertThat(audit.entries)
        .extracting(FakeAudit.Entry::what)
        .containsExactly(
            "case",
            "meeting-new",
            "plan-new",
            "invite",
            "report",
            "case-close",
            "case-hand-on",
            "redaction",
            "dispute-answer",
            "welsh-text",
            "outcome",
            "views-response",
            "contribution-visibility",
            "exclusion",
            "case");
    assertThat(audit.entries).allMatch(e -> Fixtures.MORGAN.equals(e.caseId()));
    assertThat(audit.entries.subList(0, 10)).allMatch(e -> "worker".equals(e.who()));
    assertThat(audit.entries.subList(10, 14)).allMatch(e -> "chair".equals(e.who()));
  }

  private void expectRefused(
      Who who, String path, EntityExchangeResult<String> result, Map<String, Integer> wrong) {
    int status = result.getStatus().value();
    boolean api = path.startsWith("/api/");
    boolean ok;
    if (who.subject() == null) {
      ok =
          api
              ? status == 401
              : status == 302
                  && String.valueOf(result.getResponseHeaders().getLocation())
                      .contains("/oauth2/authorization/");
    } else {
      ok = status == 404;
    }
    if (!ok) {
      wrong.put(who.subject() + " " + path, status);
    }
    String body = result.getResponseBody();
    if (body != null) {
      assertThat(body).as(who + " " + path).doesNotContain("Taylor").doesNotContain("SECRET");
    }
  }

  private EntityExchangeResult<String> get(Who who, String path) {
    return who.client(web).get().uri(path).exchange().expectBody(String.class).returnResult();
  }

  private EntityExchangeResult<String> post(Who who, String path, boolean json) {
    WebTestClient.RequestBodySpec request = who.client(web).mutateWith(csrf()).post().uri(path);
    WebTestClient.RequestHeadersSpec<?> withBody =
        json
            ? request.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("x", "y"))
            : request
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("response", "hi").with("formId", "f"));
    return withBody.exchange().expectBody(String.class).returnResult();
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
  }
}
