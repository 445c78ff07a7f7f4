package casejourney.portal.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import casejourney.portal.support.FakeCommands;
import casejourney.portal.support.Fixtures;
import casejourney.portal.support.PortalTestConfig;
import casejourney.portal.support.Users;
import java.util.ArrayList;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The family part of the access matrix: every family page and family API route, for each kind of
 * person (DOMAIN.md, "Who may see what"). Only the allowed combinations succeed; everything else is
 * 404 (signed in) or a sign-in (anonymous), and never shows the Morgan family's data.
 */
@SpringBootTest
@AutoConfigureWebTestClient
@Import(PortalTestConfig.class)
class FamilyAccessMatrixTest {

  static final List<String> PARENT_PAGES =
      List.of(
          "/updates",
          "/updates?show=meetings",
          "/updates?show=plans",
          "/updates?show=reports",
          "/expected",
          "/what-changed",
          "/what-changed?from=1&to=2",
          "/meeting",
          "/plan/respond",
          "/something-wrong",
          "/something-wrong/new",
          "/something-wrong/new?about=REPORT:m-initial:r1");
  static final List<String> PARENT_API =
      List.of(
          "/api/family/timeline",
          "/api/family/expected",
          "/api/family/what-changed",
          "/api/family/meeting",
          "/api/family/plan",
          "/api/family/disputes");
  static final List<String> YOUNG_PERSON_PAGES =
      List.of(
          "/young-person/meeting",
          "/young-person/take-part",
          "/young-person/views",
          "/young-person/response",
          "/young-person/plan",
          "/young-person/something-wrong",
          "/young-person/something-wrong/new");
  static final List<String> YOUNG_PERSON_API =
      List.of(
          "/api/family/young-person/meeting",
          "/api/family/young-person/plan",
          "/api/family/young-person/disputes");

  /** Words that only the Morgan family's pages contain. */
  static final List<String> MORGAN =
      List.of(
          Fixtures.MORGAN,
          "Morgan",
          "Taylor",
          "p-alex",
          "p-taylor",
          "Civic Centre",
          "parenting course",
          "family group conference",
          "stay at my school",
          "SECRET-HOUSES",
          "shouting at night",
          "ALEX-DISPUTE",
          "RHIAN-DISPUTE",
          "TAYLOR-DISPUTE");

  /** The young person's chair-only three houses: never in a parent's HTML or JSON. */
  static final List<String> CHAIR_ONLY =
      List.of("SECRET-HOUSES", "shouting at night", "tea together more", "\"k1\"");

  enum Who {
    OWN_PARENT("parent-a", "PARENT"),
    OTHER_PARENT_SAME_FAMILY("parent-b", "PARENT"),
    OWN_YOUNG_PERSON("young-person", "YOUNG_PERSON"),
    OTHER_FAMILYS_PARENT("other-parent", "PARENT"),
    ALLOCATED_WORKER("worker", "WORKER"),
    UNALLOCATED_WORKER("other-worker", "WORKER"),
    CHAIR("chair", "CHAIR"),
    ANONYMOUS(null, null);

    final String subject;
    final String role;

    Who(String subject, String role) {
      this.subject = subject;
      this.role = role;
    }

    WebTestClient client(WebTestClient web) {
      return subject == null ? web : web.mutateWith(Users.user(subject, role));
    }
  }

  @Autowired WebTestClient web;
  @Autowired FakeCommands commands;

  @BeforeEach
  void reset() {
    commands.reset();
  }

  private EntityExchangeResult<String> get(Who who, String path) {
    return who.client(web).get().uri(path).exchange().expectBody(String.class).returnResult();
  }

  @Test
  void only_the_family_role_that_owns_a_page_may_read_it() {
    Map<String, Integer> wrong = new LinkedHashMap<>();
    for (Who who : Who.values()) {
      boolean parent =
          who == Who.OWN_PARENT
              || who == Who.OTHER_PARENT_SAME_FAMILY
              || who == Who.OTHER_FAMILYS_PARENT;
      check(who, PARENT_PAGES, parent, false, wrong);
      check(who, PARENT_API, parent, true, wrong);
      check(who, YOUNG_PERSON_PAGES, who == Who.OWN_YOUNG_PERSON, false, wrong);
      check(who, YOUNG_PERSON_API, who == Who.OWN_YOUNG_PERSON, true, wrong);
    }
    assertThat(wrong).as("person route -> status, where not as expected").isEmpty();
  }

  private void check(
      Who who, List<String> paths, boolean allowed, boolean api, Map<String, Integer> wrong) {
    for (String path : paths) {
      EntityExchangeResult<String> result = get(who, path);
      int status = result.getStatus().value();
      boolean ok;
      if (allowed) {
        ok = status == 200;
      } else if (who == Who.ANONYMOUS) {
        // A browser is sent to sign in; another client is told it is not signed in.
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
        wrong.put(who + " " + path, status);
      }
      if (who != Who.OWN_PARENT
          && who != Who.OTHER_PARENT_SAME_FAMILY
          && who != Who.OWN_YOUNG_PERSON
          && result.getResponseBody() != null) {
        assertThat(result.getResponseBody())
            .as(who + " " + path)
            .doesNotContain(MORGAN.toArray(String[]::new));
      }
    }
  }

  @Test
  void another_familys_parent_sees_their_own_family_and_nothing_of_the_morgans() {
    String updates = get(Who.OTHER_FAMILYS_PARENT, "/updates").getResponseBody();
    assertThat(updates).contains("JONES-SECRET");
    List<String> all = new ArrayList<>(PARENT_PAGES);
    all.addAll(PARENT_API);
    for (String path : all) {
      // Ids in the address are never used to choose the case: it comes from the person's grant.
      for (String suffix :
          List.of(
              "",
              (path.contains("?") ? "&" : "?") + "caseId=" + Fixtures.MORGAN,
              (path.contains("?") ? "&" : "?") + "personId=p-alex&meetingId=m-initial")) {
        EntityExchangeResult<String> r = get(Who.OTHER_FAMILYS_PARENT, path + suffix);
        assertThat(r.getStatus().value()).as(path + suffix).isEqualTo(200);
        // The page may echo its own address (the link to the other language); that is not data.
        String typed = suffix.isEmpty() ? "" : suffix.substring(1);
        String body =
            suffix.isEmpty()
                ? r.getResponseBody()
                : r.getResponseBody().replace(typed.replace("&", "&amp;"), "").replace(typed, "");
        assertThat(body).as(path + suffix).doesNotContain(MORGAN.toArray(String[]::new));
      }
    }
  }

  @Test
  void an_id_of_another_case_in_the_address_gives_404_never_its_data() {
    for (Who who : List.of(Who.OWN_PARENT, Who.OWN_YOUNG_PERSON, Who.OTHER_FAMILYS_PARENT)) {
      String other = who == Who.OTHER_FAMILYS_PARENT ? Fixtures.MORGAN : Fixtures.JONES;
      for (String path :
          List.of(
              "/cases/" + other,
              "/cases/" + other + "/timeline",
              "/updates/" + other,
              "/meeting/m-initial",
              "/api/family/timeline/" + other,
              "/api/cases/" + other,
              "/api/family/meetings/m-initial")) {
        EntityExchangeResult<String> r = get(who, path);
        assertThat(r.getStatus().value()).as(who + " " + path).isEqualTo(404);
        assertThat(r.getResponseBody() == null ? "" : r.getResponseBody())
            .as(who + " " + path)
            .doesNotContain("JONES-SECRET", "Riley", "SECRET-HOUSES", "Civic Centre");
      }
    }
  }

  @Test
  void the_young_persons_chair_only_views_never_reach_a_parents_html_or_json() {
    for (Who parent : List.of(Who.OWN_PARENT, Who.OTHER_PARENT_SAME_FAMILY)) {
      List<String> all = new ArrayList<>(PARENT_PAGES);
      all.addAll(PARENT_API);
      all.add("/glossary");
      for (String path : all) {
        for (String lang : List.of("en", "cy")) {
          String url = path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
          EntityExchangeResult<String> r = get(parent, url);
          assertThat(r.getStatus().value()).as(parent + " " + url).isEqualTo(200);
          assertThat(r.getResponseBody())
              .as(parent + " " + url)
              .doesNotContain(CHAIR_ONLY.toArray(String[]::new));
        }
      }
    }
    // The views shared with everyone do reach the parent, so the filter is not simply "nothing".
    assertThat(get(Who.OWN_PARENT, "/api/family/meeting").getResponseBody())
        .contains("I want to stay at my school");
    // And the chair's response still reaches the young person it was written for.
    assertThat(get(Who.OWN_YOUNG_PERSON, "/api/family/young-person/meeting").getResponseBody())
        .contains("You will stay at your school");
  }

  @Test
  void a_parent_sees_only_their_own_answers_to_the_plan_in_html_and_json() {
    // Rhian (parent-b) read version 2 and disagreed with it, in her own words.
    for (String path : List.of("/api/family/plan", "/plan/respond")) {
      assertThat(get(Who.OTHER_PARENT_SAME_FAMILY, path).getResponseBody())
          .as("Rhian " + path)
          .contains("RHIAN-OWN-WORDS");
      // Parents may live apart: Alex sees neither her words nor that she answered.
      assertThat(get(Who.OWN_PARENT, path).getResponseBody())
          .as("Alex " + path)
          .doesNotContain("RHIAN-OWN-WORDS", "p-rhian");
    }
    // Each still gets the plan and their own answers, so the filter is not simply "nothing".
    assertThat(get(Who.OWN_PARENT, "/api/family/plan").getResponseBody())
        .contains("Go to the parenting course each week");
    assertThat(get(Who.OTHER_PARENT_SAME_FAMILY, "/api/family/plan").getResponseBody())
        .contains("\"acknowledgements\":[{\"personId\":\"p-rhian\"");
  }

  @Test
  void the_young_person_gets_the_child_friendly_plan_in_html_and_json() {
    for (String path : List.of("/api/family/young-person/plan", "/young-person/plan")) {
      assertThat(get(Who.OWN_YOUNG_PERSON, path).getResponseBody())
          .as(path)
          .contains(
              "Taylor is safe and well at home",
              "Taylor goes to school every day",
              "Go to the parenting course each week")
          // Not the risks, the adults' answers or the reasons for changes.
          .doesNotContain(
              "Arguments at home at night",
              "RHIAN-OWN-WORDS",
              "p-rhian",
              "p-alex",
              "The course now starts earlier",
              "The course leader tells us");
    }
  }

  @Test
  void nobody_but_the_owner_can_send_family_forms_and_refused_sends_change_nothing() {
    record Post(String path, Map<String, String> form, Who owner) {}
    List<Post> posts =
        List.of(
            new Post("/plan/respond", Map.of("answer", "read", "formId", "f-1"), Who.OWN_PARENT),
            new Post(
                "/young-person/take-part",
                Map.of("choice", "NOT_THIS_TIME", "formId", "f-2"),
                Who.OWN_YOUNG_PERSON),
            new Post(
                "/young-person/views",
                Map.of(
                    "form", "WORDS",
                    "words", "hello",
                    "visibility", "CHAIR_AND_WORKER",
                    "formId", "f-3"),
                Who.OWN_YOUNG_PERSON),
            new Post(
                "/something-wrong/new",
                Map.of("about", "OTHER", "whatIsWrong", "wrong", "formId", "f-4"),
                Who.OWN_PARENT),
            new Post(
                "/young-person/something-wrong/new",
                Map.of("about", "OTHER", "whatIsWrong", "wrong", "formId", "f-5"),
                Who.OWN_YOUNG_PERSON));
    for (Post post : posts) {
      for (Who who : Who.values()) {
        if (who == post.owner()
            || (post.owner() == Who.OWN_PARENT
                && (who == Who.OTHER_PARENT_SAME_FAMILY || who == Who.OTHER_FAMILYS_PARENT))) {
          continue;
        }
        LinkedMultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        post.form().forEach(body::add);
        var result =
            who.client(web)
                .mutateWith(csrf())
                .post()
                .uri(post.path())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(body))
                .exchange()
                .expectBody(String.class)
                .returnResult();
        int status = result.getStatus().value();
        assertThat(status)
            .as(who + " POST " + post.path())
            .isEqualTo(who == Who.ANONYMOUS ? 302 : 404);
      }
    }
    assertThat(commands.sent).isEmpty();

    // The JSON API the same way.
    for (Who who : Who.values()) {
      if (who == Who.OWN_PARENT
          || who == Who.OTHER_PARENT_SAME_FAMILY
          || who == Who.OTHER_FAMILYS_PARENT) {
        continue;
      }
      Map.<String, Map<String, Object>>of(
              "/api/family/plan/responses",
              Map.of("answer", "read"),
              "/api/family/disputes",
              Map.of("item", "OTHER", "whatIsWrong", "wrong"))
          .forEach(
              (path, body) ->
                  who.client(web)
                      .mutateWith(csrf())
                      .post()
                      .uri(path)
                      .contentType(MediaType.APPLICATION_JSON)
                      .bodyValue(body)
                      .exchange()
                      .expectStatus()
                      .isEqualTo(who == Who.ANONYMOUS ? 401 : 404));
    }
    // The young person's own choice and views: theirs alone to send.
    Map<String, Map<String, Object>> youngPersonWrites =
        Map.of(
            "/api/family/young-person/participation",
            Map.of("choice", "ATTEND_ALL"),
            "/api/family/young-person/contributions",
            Map.of("form", "WORDS", "words", "Hi", "visibility", "EVERYONE_AT_MEETING"),
            "/api/family/young-person/disputes",
            Map.of("item", "OTHER", "whatIsWrong", "wrong"));
    for (Who who : Who.values()) {
      if (who == Who.OWN_YOUNG_PERSON) {
        continue;
      }
      youngPersonWrites.forEach(
          (path, body) ->
              who.client(web)
                  .mutateWith(csrf())
                  .post()
                  .uri(path)
                  .contentType(MediaType.APPLICATION_JSON)
                  .bodyValue(body)
                  .exchange()
                  .expectStatus()
                  .isEqualTo(who == Who.ANONYMOUS ? 401 : 404));
    }
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void another_familys_parent_answering_the_plan_acts_only_on_their_own_case() {
    web.mutateWith(Users.otherParent())
        .mutateWith(csrf())
        .post()
        .uri("/plan/respond")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(
            BodyInserters.fromFormData("answer", "read")
                .with("formId", "f-9")
                .with("caseId", Fixtures.MORGAN))
        .exchange()
        .expectStatus()
        .isOk();
    // The Jones family has no plan yet, so nothing is sent, least of all to the Morgans' case.
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void each_family_member_sees_only_what_they_said_is_wrong_in_html_and_json() {
    Map<Who, List<String>> own =
        Map.of(
            Who.OWN_PARENT, List.of("ALEX-DISPUTE", "ALEX-OTHER", "d-alex-plan", "d-alex-other"),
            Who.OTHER_PARENT_SAME_FAMILY, List.of("RHIAN-DISPUTE", "d-rhian-report"),
            Who.OWN_YOUNG_PERSON, List.of("TAYLOR-DISPUTE", "d-taylor-outcome"));
    for (Who who : own.keySet()) {
      boolean young = who == Who.OWN_YOUNG_PERSON;
      List<String> paths = new ArrayList<>(young ? YOUNG_PERSON_PAGES : PARENT_PAGES);
      paths.addAll(young ? YOUNG_PERSON_API : PARENT_API);
      List<String> others =
          own.entrySet().stream()
              .filter(e -> e.getKey() != who)
              .flatMap(e -> e.getValue().stream())
              .toList();
      for (String path : paths) {
        for (String lang : List.of("en", "cy")) {
          String url = path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
          EntityExchangeResult<String> r = get(who, url);
          assertThat(r.getStatus().value()).as(who + " " + url).isEqualTo(200);
          assertThat(r.getResponseBody())
              .as(who + " " + url)
              .doesNotContain(others.toArray(String[]::new));
        }
      }
      // Their own reach them, so the filter is not simply "nothing".
      String list =
          get(who, young ? "/young-person/something-wrong" : "/something-wrong").getResponseBody();
      assertThat(list).as(who.toString()).contains(own.get(who).get(0));
    }
  }
}
