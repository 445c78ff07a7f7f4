package casejourney.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.portal.support.FakeAudit;
import casejourney.portal.support.FakeReadModels;
import casejourney.portal.support.Fixtures;
import casejourney.portal.support.PortalTestConfig;
import casejourney.portal.support.Users;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.OidcLoginMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Who has looked at a case is for operators only: not the staff whose views it records, not the
 * family, not anyone signed out. An operator's own read is recorded in the same trail.
 */
@SpringBootTest
@AutoConfigureWebTestClient
@Import(PortalTestConfig.class)
class AuditTrailApiTest {

  static final String ROUTE = "/api/operator/cases/{caseId}/audit";

  @Autowired WebTestClient web;
  @Autowired FakeAudit audit;
  @Autowired FakeReadModels readModels;

  @BeforeEach
  void reset() {
    audit.entries.clear();
    readModels.reset();
  }

  private static OidcLoginMutator operator() {
    return Users.user("operator", "OPERATOR");
  }

  @Test
  void an_operator_reads_every_staff_view_of_a_case_and_their_own_read_is_recorded() {
    web.mutateWith(Users.worker())
        .get()
        .uri("/api/staff/cases/" + Fixtures.MORGAN)
        .exchange()
        .expectStatus()
        .isOk();

    web.mutateWith(operator())
        .get()
        .uri(ROUTE, Fixtures.MORGAN)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.caseId")
        .isEqualTo(Fixtures.MORGAN)
        .jsonPath("$.intact")
        .isEqualTo(true)
        .jsonPath("$.views[0].who")
        .isEqualTo("worker")
        .jsonPath("$.views[0].what")
        .isEqualTo("case")
        .jsonPath("$.views[1].who")
        .isEqualTo("operator")
        .jsonPath("$.views[1].what")
        .isEqualTo("audit-trail")
        .jsonPath("$.problem")
        .doesNotExist();

    assertThat(audit.entries)
        .containsExactly(
            new FakeAudit.Entry("worker", "case", Fixtures.MORGAN),
            new FakeAudit.Entry("operator", "audit-trail", Fixtures.MORGAN));
  }

  @Test
  void nobody_else_reads_it_and_their_attempt_records_nothing() {
    for (OidcLoginMutator who :
        List.of(
            Users.worker(),
            Users.user("chair", "CHAIR"),
            Users.parentA(),
            Users.youngPerson(),
            Users.otherParent())) {
      web.mutateWith(who)
          .get()
          .uri(ROUTE, Fixtures.MORGAN)
          .exchange()
          .expectStatus()
          .isForbidden()
          .expectHeader()
          .contentType("application/problem+json")
          .expectBody()
          .jsonPath("$.detail")
          .isEqualTo("Only an operator can read a case's audit trail.");
    }
    web.get().uri(ROUTE, Fixtures.MORGAN).exchange().expectStatus().isUnauthorized();
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void a_case_that_never_existed_is_not_found_and_starts_no_record() {
    web.mutateWith(operator())
        .get()
        .uri(ROUTE, "c0ffee00-0000-4000-8000-00000000dead")
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType("application/problem+json");
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void an_erased_case_keeps_its_record_and_an_operator_can_still_read_it() {
    String erased = "c0ffee00-0000-4000-8000-0000000000e5";
    audit.entries.add(new FakeAudit.Entry("worker", "case", erased));

    web.mutateWith(operator())
        .get()
        .uri(ROUTE, erased)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.views.length()")
        .isEqualTo(2);
  }
}
