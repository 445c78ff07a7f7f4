package casejourney.portal.staff;

import casejourney.portal.commands.CaseCommands;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
 * The worker's answer to what the family said is wrong, and more time to give it, as JSON
 * (docs/adr/0015).
 */
@RestController
@RequestMapping(path = "/api/staff", produces = "application/json")
@Tag(name = "Staff")
class DisputeApiController {

  private final StaffCaseContext cases;
  private final CaseCommands commands;

  DisputeApiController(StaffCaseContext cases, CaseCommands commands) {
    this.cases = cases;
    this.commands = commands;
  }

  @Operation(
      summary =
          "Answer what a family member said is wrong: answer (CORRECTED or NOT_CHANGED) and the"
              + " explanation they are told, {en, cy}: the correction, or why the record stays as"
              + " it is (allocated worker). GET the case for its disputes")
  @PostMapping(path = "/cases/{caseId}/disputes/{disputeId}/answers", consumes = "application/json")
  Mono<ResponseEntity<Object>> answer(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String disputeId,
      @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    return cases
        .worker(user, caseId, "dispute-answer")
        .flatMap(
            s ->
                StaffApiController.relay(
                    commands, user, caseId + "/disputes/" + disputeId + "/answers", body, key));
  }

  @Operation(
      summary =
          "Take two more months to answer what a family member said is wrong, once, before the"
              + " first month is over: the reason they are told, {en, cy} (allocated worker). The"
              + " new day comes back on the dispute, GET the case")
  @PostMapping(
      path = "/cases/{caseId}/disputes/{disputeId}/extensions",
      consumes = "application/json")
  Mono<ResponseEntity<Object>> extend(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String disputeId,
      @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    return cases
        .worker(user, caseId, "dispute-answer")
        .flatMap(
            s ->
                StaffApiController.relay(
                    commands, user, caseId + "/disputes/" + disputeId + "/extensions", body, key));
  }
}
