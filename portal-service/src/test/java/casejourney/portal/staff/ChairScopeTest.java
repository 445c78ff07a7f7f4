package casejourney.portal.staff;

import static casejourney.portal.staff.StaffTestSupport.chair;
import static casejourney.portal.staff.StaffTestSupport.get;
import static casejourney.portal.staff.StaffTestSupport.worker;
import static org.assertj.core.api.Assertions.assertThat;

import casejourney.portal.support.FakeReadModels;
import casejourney.portal.support.Fixtures;
import casejourney.portal.support.PortalTestConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;

/** "A chair sees the conferences they chair" (DOMAIN.md): not the case's other meetings. */
@SpringBootTest
@AutoConfigureWebTestClient
@Import(PortalTestConfig.class)
class ChairScopeTest {

  static final String CASE = "/staff/cases/" + Fixtures.MORGAN;

  @Autowired WebTestClient web;
  @Autowired FakeReadModels readModels;

  @BeforeEach
  void chairOfTheReviewOnly() {
    // This chair chairs the review conference, not the initial conference.
    readModels.rewrite(
        json ->
            json.replace(
                "\"meetingIds\":[\"m-initial\",\"" + Fixtures.REVIEW_MEETING + "\"]",
                "\"meetingIds\":[\"" + Fixtures.REVIEW_MEETING + "\"]"));
  }

  @AfterEach
  void reset() {
    readModels.reset();
  }

  @Test
  void a_chair_sees_only_the_meetings_they_chair_in_the_case_page_and_its_json() {
    String json = get(chair(web), "/api/staff/cases/" + Fixtures.MORGAN);
    assertThat(json)
        // The initial conference, its room, and the young person's views sent for it.
        .doesNotContain("\"meetingId\":\"m-initial\"", "Civic Centre, Room 2", "\"k2\"")
        // Their own meeting and the plan they are reviewing stay.
        .contains("\"meetingId\":\"" + Fixtures.REVIEW_MEETING + "\"", "PLAN_UPDATED");
    assertThat(get(chair(web), CASE))
        .doesNotContain("/meetings/m-initial", "Civic Centre, Room 2")
        .contains("/meetings/" + Fixtures.REVIEW_MEETING);
    // The allocated worker still sees the whole case, so the filter is the chair's alone.
    assertThat(get(worker(web), "/api/staff/cases/" + Fixtures.MORGAN))
        .contains("\"meetingId\":\"m-initial\"", "Civic Centre, Room 2", "\"k2\"");
  }

  @Test
  void a_chair_is_not_shown_what_the_family_say_about_a_meeting_they_do_not_chair() {
    // Rhian's words are about the initial conference's report, Taylor's about its outcome.
    assertThat(get(chair(web), "/api/staff/cases/" + Fixtures.MORGAN))
        .doesNotContain("RHIAN-DISPUTE", "TAYLOR-DISPUTE", "ALEX-DISPUTE", "ALEX-OTHER");
    assertThat(get(chair(web), CASE))
        .doesNotContain("RHIAN-DISPUTE", "TAYLOR-DISPUTE", "Things the family say are wrong");
    assertThat(get(worker(web), CASE)).contains("RHIAN-DISPUTE", "TAYLOR-DISPUTE");
  }
}
