package casejourney.caseservice.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;

/** Drives one fictional family's journey through the HTTP API, step by step. */
final class Journey {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON_MAP =
      new ParameterizedTypeReference<>() {};

  private final ApiTestSupport api;
  String caseId;
  String meetingId;

  Journey(ApiTestSupport api) {
    this.api = api;
  }

  /** Posts and expects success; returns the CommandAccepted body. */
  Map<String, Object> ok(String user, String path, String json, String... headers) {
    Map<String, Object> body =
        api.post(user, path, json, headers)
            .expectStatus()
            .is2xxSuccessful()
            .expectBody(JSON_MAP)
            .returnResult()
            .getResponseBody();
    assertThat(body).isNotNull();
    return body;
  }

  Journey open() {
    Map<String, Object> opened =
        ok(
            "worker",
            "/api/cases",
            """
            {"nation": "WALES",
             "child": {"personId": "p-taylor", "name": "Taylor Morgan", "role": "YOUNG_PERSON",
                       "language": "EN", "subject": "young-person", "dateOfBirth": "2011-09-14"},
             "familyMembers": [
               {"personId": "p-alex", "name": "Alex Morgan", "role": "PARENT", "language": "EN",
                "subject": "parent-a"},
               {"personId": "p-rhian", "name": "Rhian Morgan", "role": "PARENT", "language": "CY",
                "subject": "parent-b"}],
             "allocatedWorker": {"subject": "worker", "name": "Sam Patel"}}
            """);
    caseId = ApiTestSupport.id(opened, "caseId");
    return this;
  }

  String cases() {
    return "/api/cases/" + caseId;
  }

  private String reportId;

  String meeting() {
    return cases() + "/meetings/" + meetingId;
  }

  Journey strategyDiscussion(String heldOn) {
    ok("worker", cases() + "/strategy-discussions", "{\"heldOn\": \"" + heldOn + "\"}");
    return this;
  }

  Journey scheduleInitialConference(LocalDateTime startsAt) {
    Map<String, Object> scheduled =
        ok(
            "worker",
            cases() + "/meetings",
            """
            {"type": "INITIAL_CONFERENCE", "startsAt": "%s", "location": "Civic Centre, Room 2",
             "chair": {"subject": "chair", "name": "Jordan Hughes"}}
            """
                .formatted(startsAt));
    meetingId = ApiTestSupport.id(scheduled, "meetingId");
    return this;
  }

  Journey inviteFamily() {
    for (String person : new String[] {"p-alex", "p-rhian", "p-taylor"}) {
      ok(
          "worker",
          meeting() + "/invitations",
          "{\"participantId\": \"" + person + "\", \"kind\": \"FAMILY_MEMBER\"}");
    }
    return this;
  }

  /** The id case-service gave the report shared last. */
  String lastReportId() {
    return reportId;
  }

  Journey shareReport(LocalDateTime sharedAt) {
    Map<String, Object> shared =
        ok(
            "worker",
            meeting() + "/reports",
            """
        {"title": "Social work report", "author": "Sam Patel",
         "sharedWithPersonIds": ["p-alex", "p-rhian"], "sharedAt": "%s"}
        """
                .formatted(sharedAt));
    reportId = ApiTestSupport.id(shared, "reportId");
    return this;
  }

  Journey youngPersonSendsViewsForChairOnly() {
    ok(
        "young-person",
        meeting() + "/participation",
        "{\"choice\": \"SEND_WRITTEN_VIEWS_OR_DRAWING\", \"wantsAdvocate\": false}");
    ok(
        "young-person",
        meeting() + "/contributions",
        """
        {"form": "WORDS", "words": "I want to stay at my school.",
         "visibility": "CHAIR_AND_WORKER"}
        """);
    return this;
  }

  Journey conferenceHeld(String heldOn) {
    ok(
        "chair",
        meeting() + "/outcome",
        """
        {"heldOn": "%s", "decision": "PLAN_NEEDED", "category": "NEGLECT",
         "nextReviewDate": "2026-06-08",
         "reasons": {"en": "Taylor needs more help at home."},
         "strengths": ["Taylor goes to school every day"], "risks": ["Home is not always safe"],
         "familyView": "We want to work with the plan.", "dissent": null}
        """
            .formatted(heldOn));
    return this;
  }

  static String plan(String parentDeadline, String reasons, String decidedAt) {
    return """
        {"content": {
           "outcomes": ["Taylor is safe and well at home"],
           "strengths": ["Taylor goes to school every day"],
           "priorityRisks": ["Home is not always safe"],
           "expectations": [
             {"expectationId": "e-course", "what": "Go to the parenting course",
              "responsible": {"party": "FAMILY_MEMBER", "personId": "p-alex", "name": "Alex"},
              "byWhen": "%s", "howWeKnow": "The course leader tells us you went",
              "support": "We pay for the course and for travel", "consequence": ""},
             {"expectationId": "e-fgc", "what": "Arrange a family group conference",
              "responsible": {"party": "COUNCIL", "personId": null, "name": "Sam Patel"},
              "byWhen": "2026-04-30", "howWeKnow": "A date is set with the family",
              "support": "", "consequence": ""}]},
         "reasonsByExpectationId": %s,
         "decidedAtMeetingId": %s}
        """
        .formatted(parentDeadline, reasons, decidedAt == null ? "null" : "\"" + decidedAt + "\"");
  }

  Journey publishFirstPlan() {
    ok("worker", cases() + "/plan-versions", plan("2026-06-30", "{}", meetingId));
    return this;
  }
}
