package casejourney.portal.staff;

import static casejourney.portal.staff.StaffTestSupport.chair;
import static casejourney.portal.staff.StaffTestSupport.get;
import static casejourney.portal.staff.StaffTestSupport.html;
import static casejourney.portal.staff.StaffTestSupport.post;
import static casejourney.portal.staff.StaffTestSupport.worker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import casejourney.api.BilingualText;
import casejourney.api.StaffMember;
import casejourney.api.calendar.WorkingDayCalendar;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.support.FakeCommands;
import casejourney.portal.support.FakeReadModels;
import casejourney.portal.support.Fixtures;
import casejourney.portal.support.PortalTestConfig;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

/** Meetings, reports, invitations, the chair's forms, and every refusal mapped to its field. */
@SpringBootTest
@AutoConfigureWebTestClient
@Import(PortalTestConfig.class)
class StaffFormsTest {

  static final String CASE = "/staff/cases/" + Fixtures.MORGAN;
  static final String MEETING = CASE + "/meetings/m-initial";

  @Autowired WebTestClient web;
  @Autowired FakeCommands commands;
  @Autowired FakeReadModels readModels;

  @BeforeEach
  void reset() {
    commands.reset();
  }

  /** The Spring context, and so the read models, are shared with the tests that run next. */
  @AfterEach
  void fixtures() {
    readModels.reset();
  }

  private static String[] meeting(String date, String lateReason) {
    return new String[] {
      "type",
      "CORE_GROUP",
      "date",
      date,
      "time",
      "10:00",
      "location",
      "Civic Centre",
      "chairSubject",
      "chair",
      "lateReason",
      lateReason,
      "formId",
      "f-meeting"
    };
  }

  @Test
  void the_schedule_page_shows_each_kind_of_meeting_with_its_statutory_date() {
    assertThat(get(worker(web), CASE + "/meetings/new"))
        .contains("<title>Schedule a meeting – Case Journey</title>")
        .contains("Must be held by 5 May 2026");
  }

  @Test
  void a_late_meeting_is_not_sent_until_the_worker_says_why() {
    String html = html(post(worker(web), CASE + "/meetings/new", meeting("2026-05-07", "")));
    assertThat(html)
        .contains("There is a problem")
        .contains("href=\"#lateReason\"")
        .contains(
            "This meeting should be held by 5 May 2026. On this date it is 2 working days late.");
    assertThat(commands.sent).isEmpty();

    post(worker(web), CASE + "/meetings/new", meeting("2026-05-07", "The chair is ill."))
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", CASE + "?done=scheduled");
    assertThat(commands.sent).hasSize(1);
    FakeCommands.Sent sent = commands.sent.get(0);
    assertThat(sent.path()).isEqualTo(Fixtures.MORGAN + "/meetings");
    assertThat(sent.idempotencyKey()).isEqualTo("f-meeting");
    assertThat((Map<Object, Object>) (Map<?, ?>) sent.body())
        .containsEntry("lateReason", "The chair is ill.")
        .containsEntry("chair", new StaffMember("chair", "Jordan Hughes"));
  }

  /** A review conference (due in 2099, so never late here) on this day, with a tick or none. */
  private static String[] review(String date, String nonWorkingDay) {
    String[] form = meeting(date, "");
    form[1] = "REVIEW_CONFERENCE";
    String[] ticked = Arrays.copyOf(form, form.length + 2);
    ticked[form.length] = "nonWorkingDay";
    ticked[form.length + 1] = nonWorkingDay;
    return ticked;
  }

  @Test
  void a_meeting_on_a_saturday_is_not_sent_until_the_worker_ticks_to_hold_it_that_day() {
    String html = html(post(worker(web), CASE + "/meetings/new", review("2030-06-01", "")));
    assertThat(html)
        .contains("There is a problem")
        .contains("href=\"#date\"")
        .contains("id=\"date-error\"")
        .contains(
            "Saturday 1 June 2030 is not a working day. Choose a working day, or tick the box to"
                + " hold the meeting on that day.")
        .contains(
            "<input class=\"govuk-checkboxes__input\" id=\"nonWorkingDay\" name=\"nonWorkingDay\""
                + " type=\"checkbox\" value=\"2030-06-01\">")
        .contains("for=\"nonWorkingDay\">Hold the meeting on this day anyway</label>")
        // The rest of the form is kept.
        .contains("value=\"Civic Centre\"")
        .contains("value=\"REVIEW_CONFERENCE\" aria-describedby=\"due-REVIEW_CONFERENCE\" checked");
    assertThat(commands.sent).isEmpty();

    post(worker(web), CASE + "/meetings/new", review("2030-06-01", "2030-06-01"))
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", CASE + "?done=scheduled");
    assertThat((Map<Object, Object>) (Map<?, ?>) commands.sent.get(0).body())
        .containsEntry("startsAt", LocalDateTime.parse("2030-06-01T10:00"))
        .doesNotContainKey("nonWorkingDay");
  }

  @Test
  void a_meeting_on_a_bank_holiday_is_refused_the_same_way_and_sent_once_ticked() {
    // The last day of the shipped list is always a bank holiday, and still ahead while it is kept.
    LocalDate holiday = WorkingDayCalendar.englandAndWales(null).coveredUntil();
    String named = holiday.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK));
    assertThat(html(post(worker(web), CASE + "/meetings/new", review(holiday.toString(), ""))))
        .contains("href=\"#date\"")
        .contains(named + " is not a working day.")
        .contains("value=\"" + holiday + "\"");
    assertThat(commands.sent).isEmpty();

    post(worker(web), CASE + "/meetings/new", review(holiday.toString(), holiday.toString()))
        .expectStatus()
        .is3xxRedirection();
    assertThat(commands.sent).hasSize(1);
  }

  @Test
  void a_working_day_is_sent_without_a_tick_and_a_tick_left_from_an_earlier_day_changes_nothing() {
    post(worker(web), CASE + "/meetings/new", review("2030-06-03", ""))
        .expectStatus()
        .is3xxRedirection();
    // Ticked for Saturday, then moved to Monday: the tick is for a day no longer chosen.
    post(worker(web), CASE + "/meetings/new", review("2030-06-03", "2030-06-01"))
        .expectStatus()
        .is3xxRedirection();
    assertThat(commands.sent).hasSize(2);
  }

  @Test
  void a_tick_counts_only_for_the_day_it_was_given_for() {
    // Ticked for Saturday, then changed to Sunday: Sunday is asked about afresh.
    assertThat(html(post(worker(web), CASE + "/meetings/new", review("2030-06-02", "2030-06-01"))))
        .contains("Sunday 2 June 2030 is not a working day.")
        .contains("value=\"2030-06-02\">");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void a_late_meeting_on_a_non_working_day_shows_both_errors_and_keeps_the_tick() {
    String[] late = meeting("2030-06-01", "");
    String html = html(post(worker(web), CASE + "/meetings/new", late));
    assertThat(html)
        .contains("href=\"#date\"")
        .contains("Saturday 1 June 2030 is not a working day.")
        .contains("href=\"#lateReason\"")
        .contains("Say why the meeting cannot be held by its statutory date");
    // Ticked, but still no reason: the tick is shown as given, and only the reason is asked for.
    String[] ticked = Arrays.copyOf(late, late.length + 2);
    ticked[late.length] = "nonWorkingDay";
    ticked[late.length + 1] = "2030-06-01";
    assertThat(html(post(worker(web), CASE + "/meetings/new", ticked)))
        .doesNotContain("href=\"#date\"")
        .contains("href=\"#lateReason\"")
        .contains("type=\"checkbox\" value=\"2030-06-01\" checked=\"checked\">");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void the_welsh_page_names_the_day_in_welsh() {
    assertThat(html(post(worker(web), CASE + "/meetings/new?lang=cy", review("2030-06-01", ""))))
        .contains(
            "Nid yw dydd Sadwrn 1 Mehefin 2030 yn ddiwrnod gwaith. Dewiswch ddiwrnod gwaith, neu"
                + " ticiwch y blwch i gynnal y cyfarfod ar y diwrnod hwnnw.")
        .contains("Cynnal y cyfarfod ar y diwrnod hwn beth bynnag");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void the_chair_is_chosen_from_the_chairs_in_the_directory() {
    assertThat(get(worker(web), CASE + "/meetings/new"))
        .contains(
            "<label class=\"govuk-label govuk-label--s\" for=\"chairSubject\">Who will chair the meeting</label>")
        .contains("<option value=\"chair\">Jordan Hughes (signs in as chair)</option>")
        .doesNotContain("<option value=\"worker\">");
    String[] none = meeting("2026-05-01", "");
    none[9] = " ";
    assertThat(html(post(worker(web), CASE + "/meetings/new", none)))
        .contains("href=\"#chairSubject\"")
        .contains("Choose who will chair the meeting");
    // A worker is not a chair, and a sign-in id typed by hand may be no one.
    for (String nobody : new String[] {"worker", "j.hughes"}) {
      String[] wrong = meeting("2026-05-01", "");
      wrong[9] = nobody;
      assertThat(html(post(worker(web), CASE + "/meetings/new", wrong)))
          .as(nobody)
          .contains("href=\"#chairSubject\"")
          .contains("Choose a chair from the list");
    }
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void scheduling_as_json_takes_the_chair_s_name_from_the_directory() {
    Map<String, Object> body =
        Map.of(
            "type",
            "CORE_GROUP",
            "startsAt",
            "2026-05-01T10:00:00",
            "location",
            "Civic Centre",
            "chair",
            Map.of("subject", "chair", "name", "J"));
    worker(web)
        .mutateWith(csrf())
        .post()
        .uri("/api/staff/cases/" + Fixtures.MORGAN + "/meetings")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isOk();
    assertThat((Map<Object, Object>) (Map<?, ?>) commands.sent.get(0).body())
        .containsEntry("chair", new StaffMember("chair", "Jordan Hughes"));
    commands.reset();
    Map<String, Object> nobody = new java.util.HashMap<>(body);
    nobody.put("chair", Map.of("subject", "worker", "name", "Sam Patel"));
    worker(web)
        .mutateWith(csrf())
        .post()
        .uri("/api/staff/cases/" + Fixtures.MORGAN + "/meetings")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(nobody)
        .exchange()
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("chair.subject");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void case_service_refusing_a_late_meeting_is_shown_against_the_reason() {
    commands.next =
        new CommandOutcome.Refused(
            422,
            "",
            List.of(new CommandOutcome.FieldError("lateReason", "say why it cannot be sooner")));
    String html = html(post(worker(web), CASE + "/meetings/new", meeting("2026-05-01", "")));
    assertThat(html).contains("href=\"#lateReason\"").contains("say why it cannot be sooner");
  }

  @Test
  void a_move_that_leaves_a_shared_report_too_little_time_asks_why_before_sending() {
    // A report shared on Wednesday 24 April 2030, five working days before the review on 1 May.
    readModels.rewrite(
        json ->
            json.replace(
                "\"reports\":[],\"advocateOffers\"",
                "\"reports\":[{\"reportId\":\"r-review\",\"title\":\"Review report\","
                    + "\"author\":\"Sam Patel\",\"sharedWithPersonIds\":[\"p-alex\"],"
                    + "\"sharedAt\":\"2030-04-24T09:00:00\",\"requiredWorkingDaysBefore\":5,"
                    + "\"workingDaysBeforeMeeting\":5,\"late\":false,\"workingDaysLate\":0,"
                    + "\"lateReason\":null}],\"advocateOffers\""));
    String move = StaffActionsTest.REVIEW + "/move";
    assertThat(get(worker(web), move)).contains("id=\"reportsLateReason\"");
    String[] earlier = {
      "date", "2030-04-29", "time", "10:00", "location", "", "reason", "The chair is away.",
      "reasonCy", "", "lateReason", "", "reportsLateReason", "", "formId", "f-move"
    };
    assertThat(html(post(worker(web), move, earlier)))
        .contains("href=\"#reportsLateReason\"")
        .contains("less time to read a report already shared with them");
    assertThat(commands.sent).isEmpty();

    earlier[13] = "The family asked for the earlier day.";
    post(worker(web), move, earlier).expectStatus().is3xxRedirection();
    assertThat((Map<Object, Object>) (Map<?, ?>) commands.sent.get(0).body())
        .containsEntry("reportsLateReason", "The family asked for the earlier day.");
  }

  @Test
  void a_move_for_a_meeting_with_no_reports_does_not_ask_about_reports() {
    assertThat(get(worker(web), StaffActionsTest.REVIEW + "/move"))
        .doesNotContain("reportsLateReason");
  }

  @Test
  void missing_meeting_details_are_listed_in_the_error_summary() {
    String html = html(post(worker(web), CASE + "/meetings/new", "formId", "f"));
    assertThat(html)
        .contains("href=\"#type\"")
        .contains("href=\"#date\"")
        .contains("href=\"#location\"")
        .contains("Choose the kind of meeting")
        // Each field in error is marked and names its message, not only listed in the summary.
        .contains("govuk-input--error\" id=\"date\"")
        .contains("aria-describedby=\"date-error\"");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void inviting_a_family_member_sends_their_person_id() {
    post(worker(web), MEETING + "/invitations/new", "who", "p-rhian", "formId", "f-inv")
        .expectStatus()
        .is3xxRedirection();
    assertThat(commands.sent.get(0).path())
        .isEqualTo(Fixtures.MORGAN + "/meetings/m-initial/invitations");
    assertThat((Map<Object, Object>) (Map<?, ?>) commands.sent.get(0).body())
        .containsEntry("participantId", "p-rhian")
        .containsEntry("kind", "FAMILY_MEMBER");
  }

  @Test
  void inviting_a_professional_needs_their_name() {
    String html =
        html(post(worker(web), MEETING + "/invitations/new", "who", "professional", "formId", "f"));
    assertThat(html).contains("href=\"#name\"").contains("href=\"#participantId\"");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void a_late_report_asks_for_the_reason_with_its_due_date_and_days_late() {
    String[] form = {
      "title", "Health report", "author", "Dr Jones", "sharedWith", "p-alex",
      "date", "2026-04-20", "time", "09:00", "formId", "f-rep"
    };
    String html = html(post(worker(web), MEETING + "/reports/new", form));
    assertThat(html)
        .contains("href=\"#lateReason\"")
        .contains("Reports for this meeting should be shared by 15 April 2026.")
        .contains("3 working days late");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void case_service_refusing_a_late_report_is_shown_against_the_reason() {
    commands.next =
        new CommandOutcome.Refused(
            422, "", List.of(new CommandOutcome.FieldError("lateReason", "say why it was late")));
    String[] form = {
      "title", "Health report", "author", "Dr Jones", "sharedWith", "p-alex",
      "date", "2026-04-01", "time", "09:00", "formId", "f-rep"
    };
    assertThat(html(post(worker(web), MEETING + "/reports/new", form)))
        .contains("href=\"#lateReason\"")
        .contains("say why it was late");
  }

  @Test
  void the_chair_sees_every_contribution_to_their_meeting_and_responds() {
    String page = get(chair(web), MEETING + "/views-response");
    assertThat(page)
        .contains("SECRET-HOUSES")
        .contains("Only the chair and the worker may see this")
        .contains("Thank you for your houses");
    assertThat(page.split("id=\"response\"", -1)).as("one response box").hasSize(2);
    post(chair(web), MEETING + "/views-response", "response", "You were heard.", "formId", "f-r")
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", CASE + "?done=responded");
    FakeCommands.Sent sent = commands.sent.get(0);
    assertThat(sent.path()).isEqualTo(Fixtures.MORGAN + "/meetings/m-initial/chair-response");
    assertThat((Map<Object, Object>) (Map<?, ?>) sent.body())
        .containsEntry("response", new BilingualText("You were heard.", null));
  }

  @Test
  void an_empty_response_to_views_is_refused() {
    assertThat(html(post(chair(web), MEETING + "/views-response", "response", " ", "formId", "f")))
        .contains("href=\"#response\"")
        .contains("Enter your response");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void the_chair_records_an_outcome_and_case_service_refusals_reach_the_summary() {
    String[] form = {
      "heldOn", "2026-04-20", "decision", "PLAN_NEEDED", "category", "NEGLECT",
      "nextReviewDate", "2026-07-20", "reasons", "Taylor needs help.", "strengths",
          "School\nFriends",
      "formId", "f-out"
    };
    post(chair(web), MEETING + "/outcome", form).expectStatus().is3xxRedirection();
    assertThat(commands.sent.get(0).path())
        .isEqualTo(Fixtures.MORGAN + "/meetings/m-initial/outcome");
    assertThat((Map<Object, Object>) (Map<?, ?>) commands.sent.get(0).body())
        .containsEntry("strengths", List.of("School", "Friends"));

    commands.next =
        new CommandOutcome.Refused(
            422, "", List.of(new CommandOutcome.FieldError("heldOn", "already recorded")));
    assertThat(html(post(chair(web), MEETING + "/outcome", form)))
        .contains("href=\"#heldOn\"")
        .contains("already recorded");
  }

  /** The initial conference as it was before its outcome was recorded. */
  private void outcomeNotYetRecorded() {
    outcomeNotYetRecorded(json -> json);
  }

  private void outcomeNotYetRecorded(java.util.function.UnaryOperator<String> also) {
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    readModels.rewrite(
        json -> {
          try {
            com.fasterxml.jackson.databind.JsonNode doc = mapper.readTree(also.apply(json));
            for (com.fasterxml.jackson.databind.JsonNode m : doc.path("meetings")) {
              if ("m-initial".equals(m.path("meetingId").asText())) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) m).putNull("outcome");
              }
            }
            return mapper.writeValueAsString(doc);
          } catch (java.io.IOException e) {
            return json;
          }
        });
  }

  @Test
  void a_meeting_whose_outcome_is_recorded_offers_no_form_to_record_it_again() {
    assertThat(get(chair(web), MEETING + "/outcome"))
        .contains("The outcome of this meeting is already recorded.")
        .doesNotContain("name=\"heldOn\"");
    assertThat(get(chair(web), "/staff/cases/" + Fixtures.MORGAN))
        .doesNotContain("/meetings/m-initial/outcome\"");
    outcomeNotYetRecorded();
    assertThat(get(chair(web), MEETING + "/outcome")).contains("name=\"heldOn\"");
    assertThat(get(chair(web), "/staff/cases/" + Fixtures.MORGAN))
        .contains("/meetings/m-initial/outcome\"");
  }

  @Test
  void a_meeting_held_after_its_statutory_date_and_its_own_day_asks_the_chair_why() {
    outcomeNotYetRecorded();
    // Set for 20 April, due by 23 April, held on 28 April.
    String[] late = {
      "heldOn", "2026-04-28", "decision", "PLAN_NEEDED", "category", "NEGLECT",
      "nextReviewDate", "2026-07-20", "reasons", "Taylor needs help.", "lateReason", "",
      "formId", "f-late"
    };
    assertThat(get(chair(web), MEETING + "/outcome"))
        .contains("id=\"lateReason\"")
        .contains("statutory date (23 April 2026)");
    assertThat(html(post(chair(web), MEETING + "/outcome", late)))
        .contains("href=\"#lateReason\"")
        .contains("Say why the meeting was held after its statutory date");
    assertThat(commands.sent).isEmpty();

    late[11] = "The chair was taken ill.";
    post(chair(web), MEETING + "/outcome", late).expectStatus().is3xxRedirection();
    assertThat((Map<Object, Object>) (Map<?, ?>) commands.sent.get(0).body())
        .containsEntry("lateReason", "The chair was taken ill.");
  }

  @Test
  void an_outcome_needing_a_plan_needs_a_category_and_a_review_date() {
    outcomeNotYetRecorded();
    String html =
        html(
            post(
                chair(web),
                MEETING + "/outcome",
                "heldOn",
                "2026-04-20",
                "decision",
                "PLAN_NEEDED",
                "formId",
                "f"));
    assertThat(html)
        .contains("href=\"#category\"")
        .contains("href=\"#nextReviewDate\"")
        .contains("href=\"#reasons\"")
        .contains("govuk-select--error\" id=\"category\"")
        .contains("aria-describedby=\"category-error\"")
        .contains("govuk-input--error\" id=\"nextReviewDate\"")
        .contains("aria-describedby=\"nextReviewDate-error\"");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void a_core_group_outcome_asks_for_no_conference_decision_and_sends_none() {
    // The same meeting held as a core group: case-service refuses a decision or a category there.
    outcomeNotYetRecorded(
        json ->
            json.replace(
                "\"meetingId\":\"m-initial\",\"type\":\"INITIAL_CONFERENCE\"",
                "\"meetingId\":\"m-initial\",\"type\":\"CORE_GROUP\""));
    try {
      assertThat(get(chair(web), MEETING + "/outcome"))
          .contains("name=\"heldOn\"")
          .doesNotContain("name=\"decision\"", "name=\"category\"");
      post(
              chair(web),
              MEETING + "/outcome",
              "heldOn",
              "2026-04-20",
              "reasons",
              "Alex has started the course.",
              "formId",
              "f-core")
          .expectStatus()
          .is3xxRedirection();
      Map<Object, Object> body = (Map<Object, Object>) (Map<?, ?>) commands.sent.get(0).body();
      assertThat(body).containsEntry("decision", null).containsEntry("category", null);
    } finally {
      readModels.reset();
    }
  }

  @Test
  void case_service_being_down_says_nothing_was_saved() {
    commands.next = new CommandOutcome.Refused(503, "", List.of());
    assertThat(html(post(chair(web), MEETING + "/views-response", "response", "Hi", "formId", "f")))
        .contains("Nothing was saved");
  }
}
