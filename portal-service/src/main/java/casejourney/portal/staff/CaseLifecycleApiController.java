package casejourney.portal.staff;

import casejourney.api.views.Audience;
import casejourney.portal.commands.ApiAnswers;
import casejourney.portal.commands.CaseCommands;
import casejourney.portal.commands.CommandOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Opening, handing on and closing a case as JSON, with the same access checks as the pages; the
 * commands are relayed to case-service as the caller, and its refusals come back as problem details
 * with its field errors ({@link ApiAnswers#answer}).
 */
@RestController
@RequestMapping(path = "/api/staff", produces = "application/json")
@Tag(name = "Staff")
class CaseLifecycleApiController {

  private static final String CASE = "/cases/{caseId}";

  private final StaffCaseContext cases;
  private final CaseCommands commands;
  private final StaffChoices choices;

  CaseLifecycleApiController(StaffCaseContext cases, CaseCommands commands, StaffChoices choices) {
    this.cases = cases;
    this.commands = commands;
    this.choices = choices;
  }

  /** The case a worker opened: its id (made here when not given) and its version. */
  record Opened(String caseId, long version) {}

  @Operation(
      summary =
          "Open a case allocated to the caller (any worker). caseId, each personId and"
              + " allocatedWorker are filled in when left out; the same Idempotency-Key gives the"
              + " same ids. An allocatedWorker given must be a social worker in the staff"
              + " directory, whose name is used")
  @PostMapping(path = "/cases", consumes = "application/json")
  Mono<ResponseEntity<Object>> open(
      Authentication user,
      @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    String idempotencyKey = StaffApiController.key(key);
    return OpenCaseController.requireWorker(user)
        .then(
            Mono.defer(
                () -> {
                  Map<String, Object> command = withIds(body, idempotencyKey, user);
                  String caseId = String.valueOf(command.get("caseId"));
                  return choices.send(
                      command,
                      "allocatedWorker",
                      Audience.WORKER,
                      filled ->
                          commands
                              .send(user, "", filled, idempotencyKey)
                              .map(
                                  outcome ->
                                      outcome instanceof CommandOutcome.Accepted accepted
                                          ? ResponseEntity.created(
                                                  URI.create("/api/staff/cases/" + caseId))
                                              .body((Object) new Opened(caseId, accepted.version()))
                                          : ApiAnswers.answer(outcome)));
                }));
  }

  @Operation(
      summary =
          "Hand the case to another social worker (allocated worker): newWorker.subject must be a"
              + " social worker in the staff directory, whose name is used")
  @PostMapping(path = CASE + "/worker", consumes = "application/json")
  Mono<ResponseEntity<Object>> handOn(
      Authentication user,
      @PathVariable String caseId,
      @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    return cases
        .worker(user, caseId, "case-hand-on")
        .flatMap(
            s ->
                choices.send(
                    body,
                    "newWorker",
                    Audience.WORKER,
                    filled -> relay(user, caseId + "/worker", filled, key)));
  }

  @Operation(summary = "Close the case and end the plan, with the reason (allocated worker)")
  @PostMapping(path = CASE + "/closure", consumes = "application/json")
  Mono<ResponseEntity<Object>> close(
      Authentication user,
      @PathVariable String caseId,
      @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    return cases
        .worker(user, caseId, "case-close")
        .flatMap(s -> relay(user, caseId + "/closure", body, key));
  }

  private Mono<ResponseEntity<Object>> relay(
      Authentication user, String path, Map<String, Object> body, String key) {
    return StaffApiController.relay(commands, user, path, body, key);
  }

  /**
   * The body with the ids the caller left out, made from the idempotency key as the page makes them
   * from its form id, and the caller as the allocated worker. Anything that is not the expected
   * shape is passed on as it is, for case-service to refuse with a problem that says what to fix.
   */
  static Map<String, Object> withIds(Map<String, Object> body, String key, Authentication user) {
    Map<String, Object> command = new LinkedHashMap<>(body);
    command.putIfAbsent("caseId", OpenCaseForm.caseId(key));
    if (command.get("child") instanceof Map<?, ?> child) {
      command.put("child", withPersonId(child, OpenCaseForm.personId(key, "child")));
    }
    if (command.get("familyMembers") instanceof List<?> members) {
      List<Object> filled = new ArrayList<>();
      for (int i = 0; i < members.size(); i++) {
        filled.add(
            members.get(i) instanceof Map<?, ?> member
                ? withPersonId(member, OpenCaseForm.personId(key, "member-" + i))
                : members.get(i));
      }
      command.put("familyMembers", filled);
    }
    command.putIfAbsent("allocatedWorker", OpenCaseController.worker(user));
    return command;
  }

  private static Map<Object, Object> withPersonId(Map<?, ?> person, String personId) {
    Map<Object, Object> copy = new LinkedHashMap<>(person);
    Object given = copy.get("personId");
    if (given == null || given.toString().isBlank()) {
      copy.put("personId", personId);
    }
    return copy;
  }
}
