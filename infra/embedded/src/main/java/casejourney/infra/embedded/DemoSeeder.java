package casejourney.infra.embedded;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeds two fictional demo families through the real command API, as the people themselves would:
 * the worker, the chair, the young person and a parent each use their own sign-in. Dates are set
 * around today so that the clocks and the plan read naturally.
 */
public final class DemoSeeder {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  /**
   * The seeded plan's expectation ids are opaque, as the portal makes them, so that a demo address
   * that names an expectation says no more about it than a real one would. The plan JSON below
   * spells them out; tests that drive the seeded plan through pages name them here.
   */
  public static final String COURSE_EXPECTATION = "e-5b1f0c2e";

  public static final String MEALS_EXPECTATION = "e-9d3a7e41";
  private static final Pattern MEETING_ID = Pattern.compile("\"meetingId\"\\s*:\\s*\"([^\"]+)\"");

  /** How far ahead the demo conference starts; the young person's posts fit well within it. */
  private static final Duration MEETING_LEAD = Duration.ofSeconds(10);

  private final String caseServiceUrl;
  private final TokenClient tokens;
  private final HttpClient http = HttpClient.newHttpClient();

  public DemoSeeder(String caseServiceUrl, TokenClient tokens) {
    this.caseServiceUrl = caseServiceUrl;
    this.tokens = tokens;
  }

  /** Seeds both families; returns the Morgan family's case id. */
  public String seed() {
    String morgan = seedMorganFamily();
    seedJonesFamily();
    return morgan;
  }

  private String seedMorganFamily() {
    LocalDateTime now = LocalDateTime.now(LONDON).truncatedTo(ChronoUnit.MINUTES);
    LocalDate today = now.toLocalDate();
    String caseId = "c0ffee00-0000-4000-8000-000000000001";
    post(
        "worker",
        "/api/cases",
        """
        {"caseId": "%s", "nation": "WALES",
         "child": {"personId": "p-taylor", "name": "Taylor Morgan", "role": "YOUNG_PERSON",
                   "language": "EN", "subject": "young-person", "dateOfBirth": "%s"},
         "familyMembers": [
           {"personId": "p-alex", "name": "Alex Morgan", "role": "PARENT", "language": "EN",
            "subject": "parent-a"},
           {"personId": "p-rhian", "name": "Rhian Morgan", "role": "PARENT", "language": "CY",
            "subject": "parent-b"}],
         "allocatedWorker": {"subject": "worker", "name": "Sam Patel"}}
        """
            .formatted(caseId, today.minusYears(14).minusMonths(3)));
    String c = "/api/cases/" + caseId;
    post("worker", c + "/strategy-discussions", "{\"heldOn\": \"" + today.minusDays(14) + "\"}");
    // Soon enough that the demo's outcome follows at once, late enough that the young person
    // chooses before it starts: case-service takes neither a choice after the start nor an outcome
    // before it.
    LocalDateTime startsAt =
        LocalDateTime.now(LONDON).plus(MEETING_LEAD).truncatedTo(ChronoUnit.SECONDS);
    String meetingId =
        meetingId(
            post(
                "worker",
                c + "/meetings",
                """
                {"type": "INITIAL_CONFERENCE", "startsAt": "%s",
                 "location": "Civic Centre, Room 2", "chair": {"subject": "chair",
                 "name": "Jordan Hughes"}}
                """
                    .formatted(startsAt)));
    String m = c + "/meetings/" + meetingId;
    for (String person : new String[] {"p-alex", "p-rhian", "p-taylor"}) {
      post(
          "worker",
          m + "/invitations",
          "{\"participantId\": \"" + person + "\", \"kind\": \"FAMILY_MEMBER\"}");
    }
    post(
        "worker",
        m + "/invitations",
        """
        {"participantId": "hv-team", "kind": "PROFESSIONAL", "name": "Health visiting team",
         "roleDescription": "Health visitor", "language": "EN"}
        """);
    post(
        "worker",
        m + "/advocate-offers",
        "{\"advocacyService\": \"Tros Gynnal Plant (independent advocacy)\"}");
    post(
        "worker",
        m + "/reports",
        """
        {"title": "Social work report for the conference", "author": "Sam Patel",
         "sharedWithPersonIds": ["p-alex", "p-rhian"], "sharedAt": "%s",
         "lateReason": "The school's information arrived late, so the report was finished today."}
        """
            .formatted(now));
    post(
        "young-person",
        m + "/participation",
        "{\"choice\": \"SEND_WRITTEN_VIEWS_OR_DRAWING\", \"wantsAdvocate\": true}");
    post(
        "young-person",
        m + "/contributions",
        """
        {"form": "THREE_HOUSES", "worries": "I worry when there is shouting at night.",
         "goodThings": "I like my school and my friends.",
         "wishes": "I wish we could have tea together more.", "visibility": "CHAIR_AND_WORKER"}
        """);
    post(
        "young-person",
        m + "/contributions",
        """
        {"form": "WORDS", "words": "I want to stay at my school.",
         "visibility": "EVERYONE_AT_MEETING"}
        """);
    waitUntil(startsAt);
    post(
        "chair",
        m + "/outcome",
        """
        {"heldOn": "%s", "decision": "PLAN_NEEDED", "category": "NEGLECT",
         "nextReviewDate": "%s",
         "reasons": {"en": "Taylor needs more help and safety at home.",
                     "cy": "Mae angen mwy o help a diogelwch gartref ar Taylor."},
         "strengths": ["Taylor goes to school every day", "Both parents came to the meeting"],
         "risks": ["Arguments at home at night", "Meals are not regular"],
         "familyView": "We agree Taylor needs help. We want to do the course.",
         "dissent": "Alex does not agree that the home is unsafe."}
        """
            .formatted(startsAt.toLocalDate(), today.plusMonths(3)));
    post("worker", c + "/plan-versions", plan(today.plusWeeks(10), "{}", meetingId));
    post(
        "worker",
        c + "/plan-versions",
        plan(
            today.plusWeeks(6),
            """
            {"e-5b1f0c2e": {"en": "The course now starts earlier, so it can finish before the \
            review meeting.", "cy": "Mae'r cwrs yn dechrau'n gynt nawr, fel ei fod yn gorffen \
            cyn y cyfarfod adolygu."}}
            """,
            null));
    post("parent-a", c + "/plan-versions/1/acknowledgements", "{}");
    post(
        "chair",
        m + "/chair-response",
        """
        {"response": {"en": "Thank you for your houses, Taylor. We talked about your school. \
        You will stay there. We also made a plan so there is less shouting at home.",
                      "cy": null}}
        """);
    return caseId;
  }

  private static String plan(LocalDate courseBy, String reasons, String decidedAt) {
    return """
        {"content": {
           "outcomes": ["Taylor is safe and well at home", "Taylor keeps going to school"],
           "strengths": ["Taylor goes to school every day", "The family want to work with us"],
           "priorityRisks": ["Arguments at home at night", "Meals are not regular"],
           "expectations": [
             {"expectationId": "e-5b1f0c2e", "what": "Go to the parenting course each week",
              "responsible": {"party": "FAMILY_MEMBER", "personId": "p-alex", "name": "Alex"},
              "byWhen": "%s", "howWeKnow": "The course leader tells us you went each week",
              "support": "We pay for the course and your bus fare", "consequence": ""},
             {"expectationId": "e-9d3a7e41", "what": "Make sure Taylor has a meal every evening",
              "responsible": {"party": "FAMILY_MEMBER", "personId": "p-rhian", "name": "Rhian"},
              "byWhen": "%s", "howWeKnow": "Taylor and the school tell us things are better",
              "support": "A family support worker visits once a week", "consequence": ""},
             {"expectationId": "e-c27b84f6", "what": "Arrange a family group conference",
              "responsible": {"party": "COUNCIL", "personId": null, "name": "Sam Patel"},
              "byWhen": "%s", "howWeKnow": "A date is agreed with the family",
              "support": "", "consequence": ""}]},
         "reasonsByExpectationId": %s,
         "decidedAtMeetingId": %s}
        """
        .formatted(
            courseBy,
            LocalDate.now(LONDON).plusWeeks(12),
            LocalDate.now(LONDON).plusWeeks(4),
            reasons,
            decidedAt == null ? "null" : "\"" + decidedAt + "\"");
  }

  private void seedJonesFamily() {
    LocalDate today = LocalDate.now(LONDON);
    String caseId = "c0ffee00-0000-4000-8000-000000000002";
    post(
        "worker",
        "/api/cases",
        """
        {"caseId": "%s", "nation": "ENGLAND",
         "child": {"personId": "p-riley", "name": "Riley Jones", "role": "CHILD",
                   "language": "EN", "subject": null, "dateOfBirth": "%s"},
         "familyMembers": [
           {"personId": "p-jamie", "name": "Jamie Jones", "role": "PARENT", "language": "EN",
            "subject": "other-parent"}],
         "allocatedWorker": {"subject": "worker", "name": "Sam Patel"}}
        """
            .formatted(caseId, today.minusYears(6)));
    post(
        "worker",
        "/api/cases/" + caseId + "/strategy-discussions",
        "{\"heldOn\": \"" + today.minusDays(2) + "\"}");
  }

  private static String meetingId(String accepted) {
    Matcher matcher = MEETING_ID.matcher(accepted);
    if (!matcher.find()) {
      throw new IllegalStateException("No meetingId in the answer");
    }
    return matcher.group(1);
  }

  private static void waitUntil(LocalDateTime startsAt) {
    while (!LocalDateTime.now(LONDON).isAfter(startsAt)) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the demo meeting", e);
      }
    }
  }

  private String post(String user, String path, String json) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(caseServiceUrl + path))
            .header("Authorization", tokens.bearer(user))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", "demo-" + UUID.nameUUIDFromBytes((path + json).getBytes()))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            "Seeding " + path + " failed with " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("Seeding " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while seeding", e);
    }
  }
}
