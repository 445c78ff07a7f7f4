package casejourney.portal.staff;

import static casejourney.portal.staff.StaffTestSupport.chair;
import static casejourney.portal.staff.StaffTestSupport.get;
import static casejourney.portal.staff.StaffTestSupport.html;
import static casejourney.portal.staff.StaffTestSupport.post;
import static casejourney.portal.staff.StaffTestSupport.worker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import casejourney.api.BilingualText;
import casejourney.api.calendar.WorkingDayCalendar;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.support.FakeAudit;
import casejourney.portal.support.FakeCommands;
import casejourney.portal.support.FakeReadModels;
import casejourney.portal.support.Fixtures;
import casejourney.portal.support.PortalTestConfig;
import casejourney.portal.support.Users;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The worker marks an expectation as done, offers the young person an advocate, and moves or
 * cancels a meeting: what is sent, what is refused before sending, case-service's refusals on their
 * fields, what can no longer change, and who may not do any of it.
 */
@SpringBootTest
@AutoConfigureWebTestClient
@Import(PortalTestConfig.class)
class StaffActionsTest {

  static final String CASE = "/staff/cases/" + Fixtures.MORGAN;
  static final String MET = CASE + "/expectations/e-course/met";
  static final String REVIEW = CASE + "/meetings/" + Fixtures.REVIEW_MEETING;
  static final String HELD = CASE + "/meetings/m-initial";
  static final String API = "/api/staff/cases/" + Fixtures.MORGAN;

  /** The review meeting's own offer, in the fixture. */
  static final String REVIEW_OFFER =
      "\"advocateOffers\":[{\"youngPersonId\":\"p-taylor\",\"advocacyService\":\"Tros Gynnal Plant"
          + " (independent advocacy)\",\"offeredAt\":\"2026-04-25T09:00:00Z\"}]";

  @Autowired WebTestClient web;
  @Autowired FakeCommands commands;
  @Autowired FakeReadModels readModels;
  @Autowired FakeAudit audit;

  @BeforeEach
  void reset() {
    commands.reset();
    audit.entries.clear();
  }

  /** The Spring context, and so the read models, are shared with the tests that run next. */
  @AfterEach
  void fixtures() {
    readModels.reset();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> sentBody() {
    assertThat(commands.sent).hasSize(1);
    return (Map<String, Object>) commands.sent.get(0).body();
  }

  private static String longText() {
    return "x".repeat(MeetingForms.SHORT_TEXT + 1);
  }

  private static void refuse(FakeCommands commands, String field, String message) {
    commands.next =
        new CommandOutcome.Refused(422, "", List.of(new CommandOutcome.FieldError(field, message)));
  }

  // The case page

  @Test
  void the_case_page_links_each_upcoming_meeting_and_each_expectation_not_yet_met_to_its_action() {
    String html = get(worker(web), CASE);
    assertThat(html)
        .contains("What the plan expects now (version 2)")
        .contains("href=\"" + MET + "\"")
        .contains("href=\"" + CASE + "/expectations/e-fgc/met\"")
        .contains("href=\"" + REVIEW + "/advocate/new\"")
        .contains("href=\"" + REVIEW + "/move\"")
        .contains("href=\"" + REVIEW + "/cancel\"")
        .contains("Tros Gynnal Plant (independent advocacy), offered 25 April 2026")
        .doesNotContain("href=\"" + HELD + "/move\"")
        .doesNotContain("href=\"" + HELD + "/cancel\"")
        .doesNotContain("href=\"" + HELD + "/advocate/new\"")
        .doesNotContain("Not offered yet");
  }

  @Test
  void a_met_expectation_is_shown_as_done_without_a_link() {
    readModels.rewrite(
        json -> json.replace("\"metExpectationIds\":[]", "\"metExpectationIds\":[\"e-course\"]"));
    assertThat(get(worker(web), CASE))
        .contains("govuk-tag--green")
        .doesNotContain("href=\"" + MET + "\"")
        .contains("href=\"" + CASE + "/expectations/e-fgc/met\"");
  }

  @Test
  void in_wales_an_upcoming_meeting_with_no_advocate_offered_is_flagged() {
    readModels.rewrite(json -> json.replace(REVIEW_OFFER, "\"advocateOffers\":[]"));
    assertThat(get(worker(web), CASE)).contains("Not offered yet: required in Wales");
  }

  @Test
  void the_chair_sees_none_of_the_worker_actions() {
    assertThat(get(chair(web), CASE))
        .doesNotContain("/expectations/")
        .doesNotContain("/advocate/new")
        .doesNotContain("/move\"")
        .doesNotContain("/cancel\"");
  }

  @Test
  void the_case_page_confirms_each_action_with_a_banner_in_both_languages() {
    assertThat(get(worker(web), CASE + "?done=met")).contains("The expectation is marked as done.");
    assertThat(get(worker(web), CASE + "?done=advocate"))
        .contains("The offer of an advocate is recorded.");
    assertThat(get(worker(web), CASE + "?done=moved")).contains("The meeting is moved.");
    assertThat(get(worker(web), CASE + "?done=cancelled&lang=cy"))
        .contains("Mae’r cyfarfod wedi’i ganslo.");
    assertThat(get(worker(web), CASE + "?done=published"))
        .contains("The plan version is published.");
    assertThat(get(worker(web), CASE + "?done=nonsense"))
        .doesNotContain("govuk-notification-banner");
  }

  // Marking an expectation as done

  @Test
  void marking_an_expectation_done_sends_its_id_and_the_note() {
    assertThat(get(worker(web), MET))
        .contains("<title>Mark an expectation as done – Case Journey</title>")
        .contains("Go to the parenting course each week")
        .contains("name=\"formId\"");
    post(worker(web), MET, "note", " Certificate seen on 2 June. ", "formId", "f-met")
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", CASE + "?done=met");
    assertThat(commands.sent.get(0).path())
        .isEqualTo(Fixtures.MORGAN + "/expectations/e-course/met");
    assertThat(commands.sent.get(0).idempotencyKey()).isEqualTo("f-met");
    assertThat(sentBody())
        .containsEntry("expectationId", "e-course")
        .containsEntry("note", "Certificate seen on 2 June.")
        .hasSize(2);
  }

  @Test
  void the_note_is_optional() {
    post(worker(web), MET, "note", "  ", "formId", "f").expectStatus().is3xxRedirection();
    assertThat(sentBody()).containsEntry("note", null);
  }

  @Test
  void an_over_long_note_is_refused_before_sending() {
    assertThat(html(post(worker(web), MET, "note", longText(), "formId", "f")))
        .contains("There is a problem")
        .contains("href=\"#note\"")
        .contains("id=\"note-error\"")
        .contains("Keep it to 2,000 characters or fewer");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void case_service_refusing_the_mark_is_shown_against_the_note() {
    refuse(commands, "expectationId", "the current plan has no expectation e-course");
    assertThat(html(post(worker(web), MET, "formId", "f")))
        .contains("href=\"#note\"")
        .contains("the current plan has no expectation e-course");
  }

  @Test
  void an_expectation_already_met_says_so_and_sends_nothing() {
    readModels.rewrite(
        json -> json.replace("\"metExpectationIds\":[]", "\"metExpectationIds\":[\"e-course\"]"));
    String page =
        post(worker(web), MET, "formId", "f")
            .expectStatus()
            .isEqualTo(409)
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(page).contains("This expectation is already marked as done.");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void an_expectation_not_in_the_current_plan_is_not_found() {
    worker(web).get().uri(CASE + "/expectations/e-nope/met").exchange().expectStatus().isNotFound();
    post(worker(web), CASE + "/expectations/e-nope/met", "formId", "f").expectStatus().isNotFound();
    assertThat(commands.sent).isEmpty();
  }

  // Offering an advocate

  @Test
  void offering_an_advocate_sends_the_meeting_and_the_service() {
    assertThat(get(worker(web), REVIEW + "/advocate/new"))
        .contains("<title>Offer an advocate – Case Journey</title>")
        .contains("In Wales, the young person must be actively offered")
        .contains("Already offered for this meeting");
    post(
            worker(web),
            REVIEW + "/advocate/new",
            "advocacyService",
            " Tros Gynnal Plant ",
            "formId",
            "f-adv")
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", CASE + "?done=advocate");
    assertThat(commands.sent.get(0).path())
        .isEqualTo(Fixtures.MORGAN + "/meetings/m-review/advocate-offers");
    assertThat(commands.sent.get(0).idempotencyKey()).isEqualTo("f-adv");
    assertThat(sentBody())
        .containsEntry("meetingId", "m-review")
        .containsEntry("advocacyService", "Tros Gynnal Plant")
        .hasSize(2);
  }

  @Test
  void the_advocacy_service_is_required_and_not_too_long() {
    assertThat(html(post(worker(web), REVIEW + "/advocate/new", "advocacyService", " ")))
        .contains("href=\"#advocacyService\"")
        .contains("Enter the name of the advocacy service");
    String service = "x".repeat(MeetingForms.NAME + 1);
    assertThat(html(post(worker(web), REVIEW + "/advocate/new", "advocacyService", service)))
        .contains("href=\"#advocacyService\"")
        .contains("Keep it to 200 characters or fewer");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void case_service_refusing_the_offer_is_shown_against_the_service() {
    refuse(commands, "advocacyService", "the advocacy service offered is too long");
    assertThat(
            html(
                post(
                    worker(web),
                    REVIEW + "/advocate/new",
                    "advocacyService",
                    "TGP",
                    "formId",
                    "f")))
        .contains("href=\"#advocacyService\"")
        .contains("the advocacy service offered is too long");
  }

  // Moving a meeting

  private static String[] move(String date, String lateReason) {
    return new String[] {
      "date",
      date,
      "time",
      "14:00",
      "location",
      "",
      "reason",
      "The chair is ill.",
      "reasonCy",
      "",
      "lateReason",
      lateReason,
      "formId",
      "f-move"
    };
  }

  @Test
  void moving_a_meeting_sends_the_new_time_and_the_reason_and_keeps_the_place_when_emptied() {
    assertThat(get(worker(web), REVIEW + "/move"))
        .contains("<title>Move the meeting – Case Journey</title>")
        .contains("value=\"Civic Centre, Room 3\"")
        .contains("value=\"10:00\"")
        .contains("Must be held by 20 July 2099");
    post(worker(web), REVIEW + "/move", move("2030-06-03", ""))
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", CASE + "?done=moved");
    assertThat(commands.sent.get(0).path())
        .isEqualTo(Fixtures.MORGAN + "/meetings/m-review/reschedule");
    assertThat(commands.sent.get(0).idempotencyKey()).isEqualTo("f-move");
    assertThat(sentBody())
        .containsEntry("meetingId", "m-review")
        .containsEntry("startsAt", LocalDateTime.parse("2030-06-03T14:00"))
        .containsEntry("location", null)
        .containsEntry("reason", new BilingualText("The chair is ill.", null))
        .containsEntry("lateReason", null)
        .containsEntry("reportsLateReason", null)
        .hasSize(6);
  }

  @Test
  void a_move_refused_because_the_case_changed_at_that_moment_says_so() {
    commands.next = new CommandOutcome.Refused(409, "", List.of());
    assertThat(html(post(worker(web), REVIEW + "/move", move("2030-06-03", ""))))
        .contains("href=\"#date\"")
        .contains("Someone else changed this case at the same moment");
  }

  @Test
  void a_new_place_and_a_welsh_reason_are_sent() {
    String[] form = move("2030-06-03", "");
    form[5] = "Town Hall";
    form[9] = "Mae’r cadeirydd yn sâl.";
    post(worker(web), REVIEW + "/move", form).expectStatus().is3xxRedirection();
    assertThat(sentBody())
        .containsEntry("location", "Town Hall")
        .containsEntry("reason", new BilingualText("The chair is ill.", "Mae’r cadeirydd yn sâl."));
  }

  @Test
  void a_move_after_the_statutory_date_is_not_sent_until_the_worker_says_why() {
    String html = html(post(worker(web), REVIEW + "/move", move("2099-08-03", "")));
    assertThat(html)
        .contains("href=\"#lateReason\"")
        .contains("Say why the meeting cannot be held by its statutory date")
        .contains("This meeting should be held by 20 July 2099.");
    assertThat(commands.sent).isEmpty();

    post(worker(web), REVIEW + "/move", move("2099-08-03", "The family is away."))
        .expectStatus()
        .is3xxRedirection();
    assertThat(sentBody()).containsEntry("lateReason", "The family is away.");
  }

  /** The move form for this day with the "hold it anyway" box as sent (empty when not ticked). */
  private static String[] move(String date, String lateReason, String nonWorkingDay) {
    String[] form = move(date, lateReason);
    String[] ticked = Arrays.copyOf(form, form.length + 2);
    ticked[form.length] = "nonWorkingDay";
    ticked[form.length + 1] = nonWorkingDay;
    return ticked;
  }

  @Test
  void a_move_to_a_sunday_is_not_sent_until_the_worker_ticks_to_hold_it_that_day() {
    String html = html(post(worker(web), REVIEW + "/move", move("2030-06-02", "", "")));
    assertThat(html)
        .contains("There is a problem")
        .contains("href=\"#date\"")
        .contains("id=\"date-error\"")
        .contains(
            "Sunday 2 June 2030 is not a working day. Choose a working day, or tick the box to"
                + " hold the meeting on that day.")
        .contains("name=\"nonWorkingDay\" type=\"checkbox\" value=\"2030-06-02\">")
        .contains("for=\"nonWorkingDay\">Hold the meeting on this day anyway</label>")
        .contains("The chair is ill.");
    assertThat(commands.sent).isEmpty();

    post(worker(web), REVIEW + "/move", move("2030-06-02", "", "2030-06-02"))
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", CASE + "?done=moved");
    assertThat(sentBody())
        .containsEntry("startsAt", LocalDateTime.parse("2030-06-02T14:00"))
        .hasSize(6);
  }

  @Test
  void a_move_to_a_bank_holiday_is_refused_the_same_way_and_sent_once_ticked() {
    // The last day of the shipped list is always a bank holiday, and still ahead while it is kept.
    LocalDate holiday = WorkingDayCalendar.englandAndWales(null).coveredUntil();
    String named = holiday.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK));
    assertThat(html(post(worker(web), REVIEW + "/move", move(holiday.toString(), "", ""))))
        .contains("href=\"#date\"")
        .contains(named + " is not a working day.");
    assertThat(commands.sent).isEmpty();

    post(worker(web), REVIEW + "/move", move(holiday.toString(), "", holiday.toString()))
        .expectStatus()
        .is3xxRedirection();
    assertThat(sentBody()).containsEntry("startsAt", holiday.atTime(14, 0));
  }

  @Test
  void a_move_to_a_working_day_needs_no_tick_and_a_tick_left_from_an_earlier_day_changes_nothing() {
    post(worker(web), REVIEW + "/move", move("2030-06-03", "", "2030-06-02"))
        .expectStatus()
        .is3xxRedirection();
    assertThat(sentBody()).containsEntry("startsAt", LocalDateTime.parse("2030-06-03T14:00"));
  }

  @Test
  void a_late_move_to_a_non_working_day_shows_both_errors_and_the_welsh_page_names_the_day() {
    String html = html(post(worker(web), REVIEW + "/move?lang=cy", move("2099-08-01", "", "")));
    assertThat(html)
        .contains("href=\"#date\"")
        .contains(
            "Nid yw dydd Sadwrn 1 Awst 2099 yn ddiwrnod gwaith. Dewiswch ddiwrnod gwaith, neu"
                + " ticiwch y blwch i gynnal y cyfarfod ar y diwrnod hwnnw.")
        .contains("Cynnal y cyfarfod ar y diwrnod hwn beth bynnag")
        .contains("href=\"#lateReason\"")
        .contains("Dywedwch pam na ellir cynnal y cyfarfod erbyn ei ddyddiad statudol");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void the_statutory_date_case_service_gave_the_meeting_comes_before_the_running_clock() {
    readModels.rewrite(
        json ->
            json.replace(
                "\"status\":\"SCHEDULED\",\"dueBy\":null",
                "\"status\":\"SCHEDULED\",\"dueBy\":\"2030-05-03\""));
    assertThat(html(post(worker(web), REVIEW + "/move", move("2030-05-10", ""))))
        .contains("href=\"#lateReason\"")
        .contains("This meeting should be held by 3 May 2030.");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void a_move_needs_a_real_new_future_time_and_a_reason() {
    String empty = html(post(worker(web), REVIEW + "/move", "formId", "f"));
    assertThat(empty)
        .contains("href=\"#date\"")
        .contains("Enter a real date and time")
        .contains("href=\"#reason\"")
        .contains("Enter why the meeting is moving");
    String[] same = move("2030-05-01", "");
    same[3] = "10:00";
    assertThat(html(post(worker(web), REVIEW + "/move", same)))
        .contains("Choose a date or time different from the one the meeting has now");
    assertThat(html(post(worker(web), REVIEW + "/move", move("2020-01-06", ""))))
        .contains("Choose a date and time that have not passed yet");
    String[] tooLong = move("2030-06-03", "");
    tooLong[5] = longText();
    tooLong[9] = longText();
    assertThat(html(post(worker(web), REVIEW + "/move", tooLong)))
        .contains("href=\"#location\"")
        .contains("href=\"#reasonCy\"")
        .contains("id=\"reasonCy-error\"");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void case_service_refusing_a_move_is_shown_against_each_field() {
    refuse(commands, "startsAt", "choose a time that has not passed yet");
    assertThat(html(post(worker(web), REVIEW + "/move", move("2030-06-03", ""))))
        .contains("href=\"#date\"")
        .contains("choose a time that has not passed yet");
    refuse(commands, "reason.cy", "the Welsh version is too long");
    assertThat(html(post(worker(web), REVIEW + "/move", move("2030-06-03", ""))))
        .contains("href=\"#reasonCy\"")
        .contains("the Welsh version is too long");
    refuse(commands, "lateReason", "say why it cannot be held sooner");
    assertThat(html(post(worker(web), REVIEW + "/move", move("2030-06-03", ""))))
        .contains("href=\"#lateReason\"")
        .contains("say why it cannot be held sooner");
  }

  // Cancelling a meeting

  @Test
  void cancelling_a_meeting_sends_the_reason_in_both_languages() {
    assertThat(get(worker(web), REVIEW + "/cancel"))
        .contains("<title>Cancel the meeting – Case Journey</title>")
        .contains("You cannot undo this.");
    post(
            worker(web),
            REVIEW + "/cancel",
            "reason",
            " Taylor is in hospital. ",
            "reasonCy",
            "Mae Taylor yn yr ysbyty.",
            "formId",
            "f-cancel")
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", CASE + "?done=cancelled");
    assertThat(commands.sent.get(0).path())
        .isEqualTo(Fixtures.MORGAN + "/meetings/m-review/cancel");
    assertThat(commands.sent.get(0).idempotencyKey()).isEqualTo("f-cancel");
    assertThat(sentBody())
        .containsEntry("meetingId", "m-review")
        .containsEntry(
            "reason", new BilingualText("Taylor is in hospital.", "Mae Taylor yn yr ysbyty."))
        .hasSize(2);
  }

  @Test
  void a_cancellation_needs_a_reason_and_a_welsh_one_that_is_not_too_long() {
    assertThat(html(post(worker(web), REVIEW + "/cancel", "reason", "", "formId", "f")))
        .contains("href=\"#reason\"")
        .contains("Enter why the meeting is cancelled");
    assertThat(
            html(
                post(
                    worker(web),
                    REVIEW + "/cancel",
                    "reason",
                    "Ill.",
                    "reasonCy",
                    longText(),
                    "formId",
                    "f")))
        .contains("href=\"#reasonCy\"")
        .contains("Keep it to 2,000 characters or fewer");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void case_service_refusing_a_cancellation_is_shown_against_the_reason() {
    refuse(commands, "reason.en", "say why the meeting is cancelled");
    assertThat(html(post(worker(web), REVIEW + "/cancel", "reason", "x", "formId", "f")))
        .contains("href=\"#reason\"")
        .contains("say why the meeting is cancelled");
    commands.next = new CommandOutcome.Refused(503, "", List.of());
    assertThat(html(post(worker(web), REVIEW + "/cancel", "reason", "x", "formId", "f")))
        .contains("Nothing was saved");
  }

  // What can no longer change

  @Test
  void a_held_meeting_cannot_be_moved_cancelled_or_offered_an_advocate() {
    for (String action : List.of("/move", "/cancel", "/advocate/new")) {
      assertThat(status(worker(web).get().uri(HELD + action).exchange()))
          .as("GET " + action)
          .contains("This meeting has been held");
      assertThat(
              status(
                  worker(web)
                      .mutateWith(csrf())
                      .post()
                      .uri(HELD + action)
                      .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                      .body(
                          BodyInserters.fromFormData("reason", "x")
                              .with("advocacyService", "x")
                              .with("date", "2030-06-03")
                              .with("time", "10:00")
                              .with("formId", "f"))
                      .exchange()))
          .as("POST " + action)
          .contains("This meeting has been held");
    }
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void a_cancelled_meeting_says_so_instead_of_sending() {
    readModels.rewrite(
        json ->
            json.replace(
                "\"status\":\"SCHEDULED\",\"dueBy\":null",
                "\"status\":\"CANCELLED\",\"dueBy\":null"));
    assertThat(get(worker(web), CASE)).doesNotContain("href=\"" + REVIEW + "/move\"");
    assertThat(
            status(
                worker(web)
                    .mutateWith(csrf())
                    .post()
                    .uri(REVIEW + "/cancel")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(BodyInserters.fromFormData("reason", "again").with("formId", "f"))
                    .exchange()))
        .contains("This meeting was cancelled");
    assertThat(commands.sent).isEmpty();
  }

  @Test
  void nothing_changes_on_a_closed_case() {
    readModels.rewrite(
        json -> json.replace("\"open\":true,\"closedReason\"", "\"open\":false,\"closedReason\""));
    assertThat(status(worker(web).get().uri(REVIEW + "/move").exchange()))
        .contains("This case is closed");
    assertThat(status(worker(web).get().uri(MET).exchange())).contains("This case is closed");
    assertThat(get(worker(web), CASE)).doesNotContain("/expectations/").doesNotContain("/move\"");
  }

  /** The 409 page's text. */
  private static String status(WebTestClient.ResponseSpec response) {
    return response
        .expectStatus()
        .isEqualTo(409)
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }

  // JSON

  @Test
  void the_json_routes_relay_each_action_to_case_service_as_sent() {
    Map<String, Map<String, Object>> routes = new LinkedHashMap<>();
    routes.put("/expectations/e-course/met", Map.of("expectationId", "e-course", "note", "Seen."));
    routes.put(
        "/meetings/m-review/advocate-offers",
        Map.of("meetingId", "m-review", "advocacyService", "TGP"));
    routes.put(
        "/meetings/m-review/reschedule",
        Map.of(
            "meetingId",
            "m-review",
            "startsAt",
            "2030-06-03T14:00:00",
            "reason",
            Map.of("en", "The chair is ill.")));
    routes.put(
        "/meetings/m-review/cancel",
        Map.of("meetingId", "m-review", "reason", Map.of("en", "Not needed.")));
    routes.forEach(
        (tail, body) -> {
          commands.reset();
          worker(web)
              .mutateWith(csrf())
              .post()
              .uri(API + tail)
              .contentType(MediaType.APPLICATION_JSON)
              .header("Idempotency-Key", "k" + tail.length())
              .bodyValue(body)
              .exchange()
              .expectStatus()
              .isOk();
          assertThat(commands.sent).as(tail).hasSize(1);
          assertThat(commands.sent.get(0).path()).isEqualTo(Fixtures.MORGAN + tail);
          assertThat(commands.sent.get(0).body()).isEqualTo(body);
          assertThat(commands.sent.get(0).idempotencyKey()).isEqualTo("k" + tail.length());
        });
  }

  @Test
  void a_json_refusal_keeps_case_service_field_errors() {
    refuse(commands, "reason.en", "say why the meeting is cancelled");
    worker(web)
        .mutateWith(csrf())
        .post()
        .uri(API + "/meetings/m-review/cancel")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("meetingId", "m-review"))
        .exchange()
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("reason.en");
  }

  // Who may not

  @Test
  void recording_that_a_held_conferences_record_was_sent_sends_the_day() {
    assertThat(get(worker(web), CASE)).contains("/meetings/m-initial/record-sent");
    assertThat(get(worker(web), CASE)).doesNotContain("/meetings/m-review/record-sent");
    assertThat(get(worker(web), HELD + "/record-sent"))
        .contains("<title>Record that the conference record was sent – Case Journey</title>")
        .contains("In Wales it is due within 20 working days");
    post(worker(web), HELD + "/record-sent", "sentOn", "2026-04-21", "formId", "f-rec")
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", CASE + "?done=recordSent");
    assertThat(commands.sent.get(0).path())
        .isEqualTo(Fixtures.MORGAN + "/meetings/m-initial/record-sent");
    assertThat(commands.sent.get(0).idempotencyKey()).isEqualTo("f-rec");
    assertThat(sentBody())
        .containsEntry("meetingId", "m-initial")
        .containsEntry("sentOn", java.time.LocalDate.of(2026, 4, 21))
        .containsEntry("lateReason", null)
        .hasSize(3);
    assertThat(get(worker(web), CASE + "?done=recordSent"))
        .contains("The conference record is recorded as sent.");
  }

  @Test
  void a_welsh_record_sent_after_its_20_working_days_needs_the_workers_reason() {
    // The Morgans' conference was held on 20 April 2026: the record was due by 19 May.
    assertThat(get(worker(web), HELD + "/record-sent"))
        .contains("id=\"lateReason\"")
        .contains("Only needed when it was sent after 19 May 2026");
    assertThat(
            html(
                post(
                    worker(web),
                    HELD + "/record-sent",
                    "sentOn",
                    "2026-05-26",
                    "lateReason",
                    "",
                    "formId",
                    "f")))
        .contains("href=\"#lateReason\"")
        .contains("Say why the record was sent after the day it was due");
    assertThat(commands.sent).isEmpty();
    post(
            worker(web),
            HELD + "/record-sent",
            "sentOn",
            "2026-05-26",
            "lateReason",
            "The minute-taker was off sick.",
            "formId",
            "f")
        .expectStatus()
        .is3xxRedirection();
    assertThat(sentBody()).containsEntry("lateReason", "The minute-taker was off sick.");
  }

  @Test
  void the_day_sent_must_be_a_real_day_not_in_the_future_and_only_for_a_held_conference() {
    for (String bad : new String[] {"", "31/04/2026", "2999-01-01"}) {
      assertThat(html(post(worker(web), HELD + "/record-sent", "sentOn", bad, "formId", "f")))
          .as(bad)
          .contains("There is a problem")
          .contains("href=\"#sentOn\"");
    }
    // The review has not been held: no record yet, said instead of sent.
    assertThat(
            post(worker(web), REVIEW + "/record-sent", "sentOn", "2026-04-21", "formId", "f")
                .expectStatus()
                .isEqualTo(409)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody())
        .contains("Only a conference that has been held has a record to send");
    assertThat(commands.sent).isEmpty();
    refuse(commands, "meetingId", "the record of this conference was already sent, on 2026-04-21");
    assertThat(
            html(post(worker(web), HELD + "/record-sent", "sentOn", "2026-04-22", "formId", "f")))
        .contains("href=\"#sentOn\"")
        .contains("already sent, on 2026-04-21");
  }

  @Test
  void recording_the_strategy_discussion_starts_the_initial_conference_clock() {
    // A case whose strategy discussion is not recorded yet.
    readModels.rewrite(
        json ->
            json.replace(
                "\"strategyDiscussionOn\":\"2026-04-02\"", "\"strategyDiscussionOn\":null"));
    assertThat(get(worker(web), CASE)).contains(CASE + "/strategy-discussion");
    assertThat(get(worker(web), CASE + "/strategy-discussion"))
        .contains("<title>Record the strategy discussion – Case Journey</title>")
        .contains("due within 15 working days");
    for (String bad : new String[] {"", "2026-02-30", "2999-01-01"}) {
      assertThat(
              html(post(worker(web), CASE + "/strategy-discussion", "heldOn", bad, "formId", "f")))
          .as(bad)
          .contains("There is a problem")
          .contains("href=\"#heldOn\"");
    }
    assertThat(commands.sent).isEmpty();
    post(worker(web), CASE + "/strategy-discussion", "heldOn", "2026-04-02", "formId", "f-sd")
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueEquals("Location", CASE + "?done=strategy");
    assertThat(commands.sent.get(0).path()).isEqualTo(Fixtures.MORGAN + "/strategy-discussions");
    assertThat(commands.sent.get(0).idempotencyKey()).isEqualTo("f-sd");
    assertThat(sentBody()).containsEntry("heldOn", java.time.LocalDate.of(2026, 4, 2)).hasSize(1);
  }

  @Test
  void a_strategy_discussion_already_recorded_is_shown_and_not_recorded_again() {
    assertThat(get(worker(web), CASE))
        .contains("Strategy discussion held on 2 April 2026")
        .doesNotContain(CASE + "/strategy-discussion");
    assertThat(
            post(worker(web), CASE + "/strategy-discussion", "heldOn", "2026-04-02", "formId", "f")
                .expectStatus()
                .isEqualTo(409)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody())
        .contains("already recorded");
    assertThat(commands.sent).isEmpty();
  }

  static final List<String> PAGES =
      List.of(
          MET,
          REVIEW + "/advocate/new",
          REVIEW + "/move",
          REVIEW + "/cancel",
          HELD + "/record-sent",
          CASE + "/strategy-discussion");
  static final List<String> API_POSTS =
      List.of(
          API + "/expectations/e-course/met",
          API + "/meetings/m-review/advocate-offers",
          API + "/meetings/m-review/reschedule",
          API + "/meetings/m-review/cancel",
          API + "/meetings/m-initial/record-sent",
          API + "/strategy-discussions");

  @Test
  void only_the_allocated_worker_reaches_the_actions_and_each_view_is_audited() {
    Map<String, Integer> wrong = new LinkedHashMap<>();
    for (String subject : List.of("other-worker", "chair", "parent-a", "young-person")) {
      String role =
          switch (subject) {
            case "other-worker" -> "WORKER";
            case "chair" -> "CHAIR";
            case "parent-a" -> "PARENT";
            default -> "YOUNG_PERSON";
          };
      WebTestClient who = StaffTestSupport.patient(web).mutateWith(Users.user(subject, role));
      for (String path : PAGES) {
        record(wrong, subject + " GET " + path, who.get().uri(path).exchange());
        record(
            wrong,
            subject + " POST " + path,
            who.mutateWith(csrf())
                .post()
                .uri(path)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(
                    BodyInserters.fromFormData("reason", "x")
                        .with("advocacyService", "x")
                        .with("date", "2030-06-03")
                        .with("time", "10:00")
                        .with("sentOn", "2026-04-21")
                        .with("heldOn", "2026-04-02")
                        .with("formId", "f"))
                .exchange());
      }
      for (String path : API_POSTS) {
        record(
            wrong,
            subject + " POST " + path,
            who.mutateWith(csrf())
                .post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("meetingId", "m-review"))
                .exchange());
      }
    }
    assertThat(wrong).as("who route -> status, where not 404").isEmpty();
    assertThat(commands.sent).isEmpty();
    // Refused before anything is audited: no "viewed" entry for a view that never happened.
    assertThat(audit.entries).isEmpty();

    for (String path : PAGES) {
      // The strategy page answers 409 here (the fixture's case has one): still a view, audited.
      worker(web).get().uri(path).exchange().expectBody(String.class).returnResult();
    }
    assertThat(audit.entries)
        .containsExactly(
            new FakeAudit.Entry("worker", "expectation-met", Fixtures.MORGAN),
            new FakeAudit.Entry("worker", "advocate", Fixtures.MORGAN),
            new FakeAudit.Entry("worker", "meeting-move", Fixtures.MORGAN),
            new FakeAudit.Entry("worker", "meeting-cancel", Fixtures.MORGAN),
            new FakeAudit.Entry("worker", "record-sent", Fixtures.MORGAN),
            new FakeAudit.Entry("worker", "strategy-discussion", Fixtures.MORGAN));
  }

  @Test
  void signed_out_the_pages_go_to_sign_in_and_the_json_routes_answer_401() {
    for (String path : PAGES) {
      web.get()
          .uri(path)
          .exchange()
          .expectStatus()
          .isFound()
          .expectHeader()
          .value("Location", l -> assertThat(l).contains("/oauth2/authorization/"));
    }
    for (String path : API_POSTS) {
      web.mutateWith(csrf())
          .post()
          .uri(path)
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("x", "y"))
          .exchange()
          .expectStatus()
          .isUnauthorized();
    }
    assertThat(commands.sent).isEmpty();
  }

  private static void record(
      Map<String, Integer> wrong, String what, WebTestClient.ResponseSpec response) {
    EntityExchangeResult<String> result = response.expectBody(String.class).returnResult();
    int status = result.getStatus().value();
    if (status != 404) {
      wrong.put(what, status);
    }
    String body = result.getResponseBody();
    if (body != null) {
      assertThat(body).as(what).doesNotContain("Taylor").doesNotContain("Tros Gynnal");
    }
  }
}
