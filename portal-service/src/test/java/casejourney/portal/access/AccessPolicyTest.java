package casejourney.portal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import casejourney.api.views.Audience;
import casejourney.portal.support.FakeAudit;
import casejourney.portal.support.FakeReadModels;
import casejourney.portal.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;

class AccessPolicyTest {

  final FakeAudit audit = new FakeAudit();
  final AccessPolicy policy = new AccessPolicy(new FakeReadModels(), audit);

  static Authentication user(String subject, String role) {
    return new TestingAuthenticationToken(subject, "n/a", "ROLE_" + role);
  }

  @Test
  void a_parent_gets_their_own_family_case_from_their_access_document() {
    assertThat(policy.family(user("parent-a", "PARENT"), Audience.PARENT).block())
        .isEqualTo(new FamilyAccess("parent-a", Fixtures.MORGAN, "p-alex", Audience.PARENT));
  }

  @Test
  void a_token_role_without_a_matching_grant_is_not_found() {
    assertThatThrownBy(
            () -> policy.family(user("parent-a", "YOUNG_PERSON"), Audience.YOUNG_PERSON).block())
        .isInstanceOf(CaseNotFound.class);
    assertThatThrownBy(() -> policy.family(user("nobody", "PARENT"), Audience.PARENT).block())
        .isInstanceOf(CaseNotFound.class);
  }

  @Test
  void not_found_is_an_answer_without_a_stack_trace() {
    // Filling in a stack trace walks the whole reactive call stack: a twentieth of a page's CPU
    // when one was built on every request (ADR 0007, eighth pass).
    assertThatThrownBy(() -> policy.family(user("nobody", "PARENT"), Audience.PARENT).block())
        .isInstanceOfSatisfying(CaseNotFound.class, e -> assertThat(e.getStackTrace()).isEmpty());
  }

  @Test
  void an_allocated_worker_sees_the_case_and_the_view_is_audited() {
    assertThat(policy.staff(user("worker", "WORKER"), Fixtures.MORGAN, "/staff/case").block())
        .isNotNull();
    assertThat(audit.entries)
        .containsExactly(new FakeAudit.Entry("worker", "/staff/case", Fixtures.MORGAN));
  }

  @Test
  void a_parent_cannot_use_staff_access_and_another_case_is_not_found() {
    assertThatThrownBy(() -> policy.staff(user("parent-a", "PARENT"), Fixtures.MORGAN, "x").block())
        .isInstanceOf(CaseNotFound.class);
    assertThatThrownBy(() -> policy.staff(user("chair", "CHAIR"), Fixtures.JONES, "x").block())
        .isInstanceOf(CaseNotFound.class);
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void a_chair_sees_only_the_meetings_they_chair() {
    assertThat(
            policy
                .chairOf(user("chair", "CHAIR"), Fixtures.MORGAN, "m-initial", "x")
                .block()
                .meetingIds())
        .contains("m-initial");
    assertThatThrownBy(
            () -> policy.chairOf(user("chair", "CHAIR"), Fixtures.MORGAN, "m-other", "x").block())
        .isInstanceOf(CaseNotFound.class);
    assertThat(audit.entries).hasSize(1);
  }
}
