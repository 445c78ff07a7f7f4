package casejourney.portal.api;

import casejourney.api.DisputedItem;
import casejourney.api.views.Audience;
import casejourney.portal.access.AccessPolicy;
import casejourney.portal.commands.ApiAnswers;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.disputes.Disputable;
import casejourney.portal.disputes.DisputeForm;
import casejourney.portal.disputes.FamilyDisputes;
import casejourney.portal.web.FormErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What the caller said is wrong in the record, and saying so (docs/adr/0015), as JSON: the pages'
 * rules and words, for the parent or carer and for the young person. Only the caller's own.
 */
@RestController
@RequestMapping(path = "/api/family", produces = "application/json")
@Tag(name = "Family")
class FamilyDisputeApiController {

  private final AccessPolicy access;
  private final FamilyDisputes disputes;
  private final FamilyApiSupport input;

  FamilyDisputeApiController(AccessPolicy access, FamilyDisputes disputes, FamilyApiSupport input) {
    this.access = access;
    this.disputes = disputes;
    this.input = input;
  }

  /**
   * Something in the record is wrong.
   *
   * @param item {@code REPORT} (with meetingId and reportId), {@code MEETING_OUTCOME} (with
   *     meetingId), {@code PLAN_VERSION} (with planVersion) or {@code OTHER}: one of the caller's
   *     {@code choices}
   * @param whatIsWrong in their own words, up to 2,000 characters
   * @param whatItShouldSay optional, up to 2,000 characters
   */
  record Raise(
      String item,
      String meetingId,
      String reportId,
      Integer planVersion,
      String whatIsWrong,
      String whatItShouldSay) {}

  @Operation(
      summary =
          "What the parent or carer said is wrong in the record, each with its answer, and what"
              + " they can say is wrong (choices)")
  @GetMapping("/disputes")
  Mono<FamilyDisputes.Disputes> parentDisputes(Authentication user) {
    return access.family(user, Audience.PARENT).flatMap(disputes::disputes);
  }

  @Operation(
      summary =
          "The parent or carer says something in the record is wrong: one of their choices, what"
              + " is wrong and what it should say. The Idempotency-Key, when sent, is also the"
              + " dispute's id")
  @PostMapping(path = "/disputes", consumes = "application/json")
  Mono<ResponseEntity<Object>> parentRaise(
      Authentication user,
      ServerWebExchange ex,
      @RequestBody Raise body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    return raise(user, ex, Audience.PARENT, "", body, key);
  }

  @Operation(
      summary =
          "What the young person said is wrong in the record, each with its answer, and what they"
              + " can say is wrong (choices)")
  @GetMapping("/young-person/disputes")
  Mono<FamilyDisputes.Disputes> youngPersonDisputes(Authentication user) {
    return access.family(user, Audience.YOUNG_PERSON).flatMap(disputes::disputes);
  }

  @Operation(
      summary =
          "The young person says something in the record is wrong, as for a parent. The"
              + " Idempotency-Key, when sent, is also the dispute's id")
  @PostMapping(path = "/young-person/disputes", consumes = "application/json")
  Mono<ResponseEntity<Object>> youngPersonRaise(
      Authentication user,
      ServerWebExchange ex,
      @RequestBody Raise body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    return raise(user, ex, Audience.YOUNG_PERSON, "yp.", body, key);
  }

  /**
   * Checked as the form is, against the caller's own choices, so nothing they cannot see is sent;
   * the answer names the dispute's id.
   */
  private Mono<ResponseEntity<Object>> raise(
      Authentication user, ServerWebExchange ex, Audience role, String p, Raise body, String key) {
    DisputedItem item =
        Arrays.stream(DisputedItem.values())
            .filter(i -> i.name().equals(body.item()))
            .findFirst()
            .orElse(null);
    String about =
        item == null
            ? null
            : Disputable.token(item, body.meetingId(), body.reportId(), body.planVersion());
    DisputeForm form = new DisputeForm(about, body.whatIsWrong(), body.whatItShouldSay(), key);
    String disputeId = form.disputeId();
    return access
        .family(user, role)
        .flatMap(
            family ->
                disputes
                    .disputes(family)
                    .flatMap(
                        d ->
                            input.checked(
                                renamed(form.validate(d.choices(), p)),
                                ex,
                                () ->
                                    disputes
                                        .raise(
                                            user,
                                            family,
                                            form.chosen(d.choices()).orElseThrow(),
                                            body.whatIsWrong(),
                                            body.whatItShouldSay(),
                                            disputeId)
                                        .map(o -> answer(o, disputeId)))));
  }

  /** The form's "about" is the body's "item" (with its ids). */
  private static FormErrors renamed(FormErrors e) {
    FormErrors out = new FormErrors();
    e.all().forEach(x -> out.add("about".equals(x.field()) ? "item" : x.field(), x.key()));
    return out;
  }

  private static ResponseEntity<Object> answer(CommandOutcome outcome, String disputeId) {
    if (outcome instanceof CommandOutcome.Accepted accepted) {
      return ResponseEntity.ok(Map.of("disputeId", disputeId, "version", accepted.version()));
    }
    return ApiAnswers.answer(outcome);
  }
}
