package casejourney.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import casejourney.portal.support.FakeCommands;
import casejourney.portal.support.FakeReadModels;
import casejourney.portal.support.Fixtures;
import casejourney.portal.support.PortalTestConfig;
import casejourney.portal.support.Users;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.OidcLoginMutator;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * Every JSON route that takes a body, found from the portal's own mappings so that a new route is
 * covered the day it is added, sent bodies that are not what it expects: broken JSON, the wrong
 * shape, wrong types. Each must answer a 4xx RFC 9457 problem that says what to fix, never a 500,
 * and must send nothing to case-service.
 */
@SpringBootTest
@AutoConfigureWebTestClient
@Import(PortalTestConfig.class)
class ApiBadBodyTest {

  /** What each path variable is filled with: ids that exist in the demo fixtures. */
  private static final Map<String, String> IDS =
      Map.of(
          "caseId", Fixtures.MORGAN,
          "meetingId", Fixtures.REVIEW_MEETING,
          "expectationId", "e-course",
          "contributionId", "c-1",
          "reportId", "r1",
          "disputeId", "d-rhian-report",
          "version", "1");

  private static final List<String> BAD_BODIES =
      List.of("{not json", "[1, 2, 3]", "\"a string\"", "42");

  /**
   * Fields of the wrong type. The family routes build their commands themselves, so they must
   * refuse these; the staff routes relay an object to case-service as sent, and case-service's own
   * checks refuse it there (case-service's {@code BadInputIT}).
   */
  private static final String WRONG_TYPES =
      "{\"meetingId\": {\"nested\": true}, \"startsAt\": [], \"reason\": 7, \"version\": \"x\","
          + " \"answer\": {}, \"visibility\": \"NOBODY\", \"expectations\": \"none\"}";

  @Autowired WebTestClient web;
  @Autowired FakeCommands commands;
  @Autowired FakeReadModels readModels;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @BeforeEach
  void reset() {
    commands.reset();
    readModels.reset();
  }

  /** JSON POST routes under /api, with their path variables filled in. */
  private List<String> jsonPostRoutes() {
    List<String> routes = new ArrayList<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
        continue;
      }
      info.getPatternsCondition()
          .getPatterns()
          .forEach(
              p -> {
                String path = p.getPatternString();
                if (path.startsWith("/api/")) {
                  for (Map.Entry<String, String> id : IDS.entrySet()) {
                    path = path.replace("{" + id.getKey() + "}", id.getValue());
                  }
                  assertThat(path).as("a path variable with no fixture id").doesNotContain("{");
                  routes.add(path);
                }
              });
    }
    return routes;
  }

  /** Who may call a route, so that the body, not access, is what is tested. */
  private static OidcLoginMutator caller(String path) {
    if (path.startsWith("/api/family/young-person")) {
      return Users.youngPerson();
    }
    if (path.startsWith("/api/family")) {
      return Users.parentA();
    }
    if (path.contains("/outcome")
        || path.contains("/chair-response")
        || path.contains("/visibility")) {
      return Users.user("chair", "CHAIR");
    }
    return Users.worker();
  }

  @Test
  void every_json_route_answers_a_bad_body_with_a_problem_that_says_what_to_fix() {
    List<String> routes = jsonPostRoutes();
    assertThat(routes).as("JSON routes found").hasSizeGreaterThan(10);
    Map<String, String> failures = new TreeMap<>();
    for (String route : routes) {
      List<String> bodies = new ArrayList<>(BAD_BODIES);
      if (route.startsWith("/api/family")) {
        bodies.add(WRONG_TYPES);
      }
      for (String body : bodies) {
        commands.reset();
        EntityExchangeResult<String> result =
            web.mutate()
                .responseTimeout(Duration.ofSeconds(30))
                .build()
                .mutateWith(caller(route))
                .mutateWith(csrf())
                .post()
                .uri(route)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectBody(String.class)
                .returnResult();
        int status = result.getStatus().value();
        String type = String.valueOf(result.getResponseHeaders().getContentType());
        String answer = String.valueOf(result.getResponseBody());
        String what = route + " <- " + body;
        if (status < 400 || status >= 500) {
          failures.put(what, status + " " + answer);
        } else if (!type.startsWith("application/problem+json")) {
          failures.put(what, status + " not a problem: " + type + " " + answer);
        } else if (!answer.contains("\"detail\"")) {
          failures.put(what, status + " a problem with no detail: " + answer);
        } else if (!commands.sent.isEmpty()) {
          failures.put(what, status + " but sent " + commands.sent);
        }
      }
    }
    assertThat(failures).isEmpty();
  }
}
