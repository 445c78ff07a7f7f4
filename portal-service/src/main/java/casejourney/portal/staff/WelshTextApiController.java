package casejourney.portal.staff;

import casejourney.api.WelshText;
import casejourney.portal.commands.CaseCommands;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
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
 * The Welsh version of a text already recorded, as JSON (docs/adr/0018), for a council's
 * translation workflow. The body is relayed as sent: case-service checks it in full.
 */
@RestController
@RequestMapping(path = "/api/staff", produces = "application/json")
@Tag(name = "Staff")
class WelshTextApiController {

  private final WelshTexts welsh;
  private final CaseCommands commands;

  WelshTextApiController(WelshTexts welsh, CaseCommands commands) {
    this.welsh = welsh;
    this.commands = commands;
  }

  @Operation(
      summary =
          "Add, or correct, the Welsh version of one text already recorded: {kind, ref, personId,"
              + " reportId} as a 'Welsh text to add' task of GET /api/staff/dashboard names it"
              + " (kind is one of PLAN_EXPECTATION, PLAN_CHANGE_REASON, PLAN_HOW_WE_KNOW,"
              + " PLAN_SUPPORT, PLAN_CONSEQUENCE, MEETING_MOVED_REASON,"
              + " MEETING_CANCELLED_REASON, OUTCOME_REASONS, CHAIR_RESPONSE, EXCLUSION_REASON,"
              + " REDACTION_REASON, DISPUTE_EXTENSION_REASON, DISPUTE_ANSWER, CASE_CLOSED_REASON),"
              + " english (the English it was written from: 409 if that has changed since) and"
              + " welsh. Allocated worker, or for a meeting's text that meeting's chair")
  @PostMapping(path = "/cases/{caseId}/welsh-text", consumes = "application/json")
  Mono<ResponseEntity<Object>> add(
      Authentication user,
      @PathVariable String caseId,
      @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    // Only to choose who may send it; a body that names no kind is the worker's to get wrong.
    WelshText kind =
        Arrays.stream(WelshText.values())
            .filter(k -> k.name().equals(body.get("kind")))
            .findFirst()
            .orElse(null);
    String ref = body.get("ref") instanceof String s ? s : null;
    return welsh
        .access(user, caseId, kind, ref)
        .flatMap(s -> StaffApiController.relay(commands, user, caseId + "/welsh-text", body, key));
  }
}
