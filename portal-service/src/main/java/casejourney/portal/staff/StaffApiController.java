package casejourney.portal.staff;

import static casejourney.portal.staff.StaffCaseContext.meetingPath;

import casejourney.api.plan.PlanChange;
import casejourney.api.plan.PlanComparison;
import casejourney.api.plan.PlanContent;
import casejourney.api.views.Audience;
import casejourney.portal.access.AccessPolicy;
import casejourney.portal.commands.ApiAnswers;
import casejourney.portal.commands.CaseCommands;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The staff pages as JSON. The same access checks as the pages (and so the same audit); writes are
 * relayed to case-service as the caller, which checks the command in full.
 */
@RestController
@RequestMapping(path = "/api/staff", produces = "application/json")
@Tag(name = "Staff")
class StaffApiController {

  private static final String CASE = "/cases/{caseId}";
  private static final String MEETING = CASE + "/meetings/{meetingId}";

  /**
   * The pages hold back a weekend, bank holiday or closure day until the worker ticks to confirm
   * it; a client of the API has made its own choice, and case-service takes any day.
   */
  static final String ANY_DAY =
      "Any day is taken, including a weekend, a bank holiday or one of the authority's closure"
          + " days: the staff pages ask the worker to confirm such a day, this route does not.";

  private final AccessPolicy access;
  private final StaffCaseContext cases;
  private final StaffPages pages;
  private final CaseCommands commands;
  private final StaffChoices choices;

  StaffApiController(
      AccessPolicy access,
      StaffCaseContext cases,
      StaffPages pages,
      CaseCommands commands,
      StaffChoices choices) {
    this.access = access;
    this.cases = cases;
    this.pages = pages;
    this.commands = commands;
    this.choices = choices;
  }

  @Operation(summary = "The caller's caseload and the meetings they chair, with what needs doing")
  @GetMapping("/dashboard")
  Mono<StaffViews.Dashboard> dashboard(Authentication user) {
    return StaffController.requireStaff(user).then(pages.dashboard(user));
  }

  @Operation(summary = "A case: timeline for the caller's role, plan history and meetings")
  @GetMapping(CASE)
  Mono<StaffViews.CasePage> casePage(Authentication user, @PathVariable String caseId) {
    return access.staff(user, caseId, "case").flatMap(pages::casePage);
  }

  /**
   * @param currentVersion the version the draft was compared with (0 before the first): send it as
   *     {@code basedOnVersion} when publishing, so the draft is refused if another version comes
   *     first
   * @param changes the goalpost changes from the current version
   * @param needsReason expectation ids that cannot be published without a reason
   */
  record Preview(int currentVersion, List<PlanChange> changes, Set<String> needsReason) {}

  @Operation(summary = "Compare a draft plan with the current version (allocated worker)")
  @PostMapping(path = CASE + "/plan-versions/preview", consumes = "application/json")
  Mono<Preview> preview(
      Authentication user, @PathVariable String caseId, @RequestBody PlanContent draft) {
    String problem = comparable(draft);
    return cases
        .worker(user, caseId, "plan-preview")
        .flatMap(
            s ->
                problem == null
                    ? Mono.just(s)
                    : Mono.error(
                        new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, problem)))
        .flatMap(pages::currentPlan)
        .map(
            current -> {
              List<PlanChange> changes =
                  current
                      .map(
                          v ->
                              PlanComparison.compare(
                                  v.content(), Set.copyOf(v.metExpectationIds()), draft))
                      .orElse(List.of());
              return new Preview(
                  StaffPages.versionOf(current),
                  changes,
                  PlanComparison.expectationsNeedingReason(changes));
            });
  }

  /**
   * What makes a draft impossible to compare, or null: the comparison matches expectations by id
   * and sorts them by who does them, so each needs its own id and someone responsible.
   */
  static String comparable(PlanContent draft) {
    Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < draft.expectations().size(); i++) {
      var e = draft.expectations().get(i);
      if (e == null) {
        return "expectations[" + i + "] is empty";
      }
      if (e.expectationId() == null || e.expectationId().isBlank()) {
        return "expectations[" + i + "].expectationId is missing: each expectation needs an id";
      }
      if (!ids.add(e.expectationId())) {
        return "expectations["
            + i
            + "].expectationId \""
            + e.expectationId()
            + "\" is used twice: each expectation needs its own id";
      }
      if (e.responsible() == null || e.responsible().party() == null) {
        return "expectations[" + i + "].responsible.party is missing: say who does it";
      }
    }
    return null;
  }

  @Operation(summary = "Score worker-written text: Flesch reading ease and jargon")
  @PostMapping(path = "/text-score", consumes = "application/json")
  Mono<TextScore> score(Authentication user, @RequestBody Map<String, String> body) {
    return StaffController.requireStaff(user)
        .then(Mono.justOrEmpty(TextScore.of("text", body.get("text"))));
  }

  @Operation(
      summary =
          "Publish the next plan version (allocated worker); with basedOnVersion, refused (409)"
              + " if another version was published since")
  @PostMapping(path = CASE + "/plan-versions", consumes = "application/json")
  Mono<ResponseEntity<Object>> publish(
      Authentication user,
      @PathVariable String caseId,
      @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    return cases
        .worker(user, caseId, "plan-publish")
        .flatMap(s -> relay(user, caseId + "/plan-versions", body, key));
  }

  @Operation(
      summary =
          "Schedule a meeting; lateReason is needed after its statutory date. chair.subject must"
              + " be a chair in the staff directory, whose name is used",
      description = StaffApiController.ANY_DAY)
  @PostMapping(path = CASE + "/meetings", consumes = "application/json")
  Mono<ResponseEntity<Object>> schedule(
      Authentication user,
      @PathVariable String caseId,
      @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    return cases
        .worker(user, caseId, "meeting-new")
        .flatMap(
            s ->
                choices.send(
                    body,
                    "chair",
                    Audience.CHAIR,
                    filled -> relay(user, caseId + "/meetings", filled, key)));
  }

  @Operation(summary = "Invite someone to a meeting (allocated worker)")
  @PostMapping(path = MEETING + "/invitations", consumes = "application/json")
  Mono<ResponseEntity<Object>> invite(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    return cases
        .worker(user, caseId, "invite")
        .flatMap(s -> relay(user, meetingPath(caseId, meetingId, "/invitations"), body, key));
  }

  @Operation(summary = "Record that a report was shared; lateReason is needed when late")
  @PostMapping(path = MEETING + "/reports", consumes = "application/json")
  Mono<ResponseEntity<Object>> share(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    return cases
        .worker(user, caseId, "report")
        .flatMap(s -> relay(user, meetingPath(caseId, meetingId, "/reports"), body, key));
  }

  @Operation(summary = "Record a meeting's outcome (its chair)")
  @PostMapping(path = MEETING + "/outcome", consumes = "application/json")
  Mono<ResponseEntity<Object>> outcome(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    return cases
        .chair(user, caseId, meetingId, "outcome")
        .flatMap(s -> relay(user, meetingPath(caseId, meetingId, "/outcome"), body, key));
  }

  @Operation(
      summary =
          "Leave an invited parent or carer out of all or part of the meeting: personId, scope"
              + " (WHOLE_MEETING or PART_OF_MEETING) and the reason they are told (the meeting's"
              + " chair)")
  @PostMapping(path = MEETING + "/exclusions", consumes = "application/json")
  Mono<ResponseEntity<Object>> exclude(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    return cases
        .chair(user, caseId, meetingId, "exclusion")
        .flatMap(s -> relay(user, meetingPath(caseId, meetingId, "/exclusions"), body, key));
  }

  @Operation(
      summary =
          "Let a parent or carer who was left out come to all of the meeting after all: personId"
              + " (the meeting's chair)")
  @PostMapping(path = MEETING + "/exclusion-withdrawals", consumes = "application/json")
  Mono<ResponseEntity<Object>> withdrawExclusion(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    return cases
        .chair(user, caseId, meetingId, "exclusion")
        .flatMap(
            s -> relay(user, meetingPath(caseId, meetingId, "/exclusion-withdrawals"), body, key));
  }

  @Operation(
      summary =
          "Record that parts of a shared report were held back from one person's copy: personId"
              + " and the reason they are told (allocated worker)")
  @PostMapping(path = MEETING + "/reports/{reportId}/redactions", consumes = "application/json")
  Mono<ResponseEntity<Object>> redact(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @PathVariable String reportId,
      @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    return cases
        .worker(user, caseId, "redaction")
        .flatMap(
            s ->
                relay(
                    user,
                    meetingPath(caseId, meetingId, "/reports/" + reportId + "/redactions"),
                    body,
                    key));
  }

  @Operation(summary = "Respond to the young person's views (the meeting's chair)")
  @PostMapping(path = MEETING + "/chair-response", consumes = "application/json")
  Mono<ResponseEntity<Object>> respond(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    return cases
        .chair(user, caseId, meetingId, "views-response")
        .flatMap(s -> relay(user, meetingPath(caseId, meetingId, "/chair-response"), body, key));
  }

  @Operation(
      summary =
          "Change who may see a young person's contribution: visibility and safeguardingReason,"
              + " which the young person is told (the meeting's chair)")
  @PostMapping(
      path = MEETING + "/contributions/{contributionId}/visibility",
      consumes = "application/json")
  Mono<ResponseEntity<Object>> overrideVisibility(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @PathVariable String contributionId,
      @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    return cases
        .chair(user, caseId, meetingId, "contribution-visibility")
        .flatMap(
            s ->
                relay(
                    user,
                    meetingPath(
                        caseId, meetingId, "/contributions/" + contributionId + "/visibility"),
                    body,
                    key));
  }

  private Mono<ResponseEntity<Object>> relay(
      Authentication user, String path, Map<String, Object> body, String key) {
    return relay(commands, user, path, body, key);
  }

  /** A staff command relayed to case-service as the caller, and its answer as JSON. */
  static Mono<ResponseEntity<Object>> relay(
      CaseCommands commands,
      Authentication user,
      String path,
      Map<String, Object> body,
      String key) {
    return commands.send(user, path, body, key(key)).map(ApiAnswers::answer);
  }

  /** The caller's Idempotency-Key, or a new one. */
  static String key(String given) {
    return given == null || given.isBlank() ? UUID.randomUUID().toString() : given;
  }

  @Operation(summary = "Mark an expectation of the current plan as met, with an optional note")
  @PostMapping(path = CASE + "/expectations/{expectationId}/met", consumes = "application/json")
  Mono<ResponseEntity<Object>> markMet(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String expectationId,
      @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    return cases
        .worker(user, caseId, "expectation-met")
        .flatMap(s -> relay(user, caseId + "/expectations/" + expectationId + "/met", body, key));
  }

  @Operation(summary = "Record the offer of an independent advocate to the young person (worker)")
  @PostMapping(path = MEETING + "/advocate-offers", consumes = "application/json")
  Mono<ResponseEntity<Object>> offerAdvocate(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    return cases
        .worker(user, caseId, "advocate")
        .flatMap(s -> relay(user, meetingPath(caseId, meetingId, "/advocate-offers"), body, key));
  }

  @Operation(
      summary = "Move a meeting with the reason; lateReason is needed after its statutory date",
      description = StaffApiController.ANY_DAY)
  @PostMapping(path = MEETING + "/reschedule", consumes = "application/json")
  Mono<ResponseEntity<Object>> reschedule(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    return cases
        .worker(user, caseId, "meeting-move")
        .flatMap(s -> relay(user, meetingPath(caseId, meetingId, "/reschedule"), body, key));
  }

  @Operation(summary = "Cancel a meeting, with the reason (allocated worker)")
  @PostMapping(path = MEETING + "/cancel", consumes = "application/json")
  Mono<ResponseEntity<Object>> cancel(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    return cases
        .worker(user, caseId, "meeting-cancel")
        .flatMap(s -> relay(user, meetingPath(caseId, meetingId, "/cancel"), body, key));
  }

  @Operation(summary = "Record that the full record of a held conference was sent (worker)")
  @PostMapping(path = MEETING + "/record-sent", consumes = "application/json")
  Mono<ResponseEntity<Object>> recordSent(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    return cases
        .worker(user, caseId, "record-sent")
        .flatMap(s -> relay(user, meetingPath(caseId, meetingId, "/record-sent"), body, key));
  }

  @Operation(summary = "Record the strategy discussion, which starts the initial conference clock")
  @PostMapping(path = CASE + "/strategy-discussions", consumes = "application/json")
  Mono<ResponseEntity<Object>> strategyDiscussion(
      Authentication user,
      @PathVariable String caseId,
      @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    return cases
        .worker(user, caseId, "strategy-discussion")
        .flatMap(s -> relay(user, caseId + "/strategy-discussions", body, key));
  }
}
