package casejourney.caseservice.web;

import casejourney.api.commands.AcknowledgePlanCommand;
import casejourney.api.commands.AddWelshTextCommand;
import casejourney.api.commands.AnswerDisputeCommand;
import casejourney.api.commands.CancelMeetingCommand;
import casejourney.api.commands.ChangeWorkerCommand;
import casejourney.api.commands.ChooseParticipationCommand;
import casejourney.api.commands.CloseCaseCommand;
import casejourney.api.commands.ExcludeFromMeetingCommand;
import casejourney.api.commands.ExtendDisputeAnswerCommand;
import casejourney.api.commands.InviteParticipantCommand;
import casejourney.api.commands.MarkExpectationMetCommand;
import casejourney.api.commands.OfferAdvocateCommand;
import casejourney.api.commands.OpenCaseCommand;
import casejourney.api.commands.OverrideContributionVisibilityCommand;
import casejourney.api.commands.PublishPlanVersionCommand;
import casejourney.api.commands.RaiseDisputeCommand;
import casejourney.api.commands.RecordConferenceOutcomeCommand;
import casejourney.api.commands.RecordConferenceRecordSentCommand;
import casejourney.api.commands.RecordRedactionCommand;
import casejourney.api.commands.RecordStrategyDiscussionCommand;
import casejourney.api.commands.RescheduleMeetingCommand;
import casejourney.api.commands.RespondToPlanCommand;
import casejourney.api.commands.RespondToViewsCommand;
import casejourney.api.commands.ScheduleMeetingCommand;
import casejourney.api.commands.ShareReportCommand;
import casejourney.api.commands.SubmitContributionCommand;
import casejourney.api.commands.WithdrawExclusionCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The command API. Each route takes one command as JSON; ids in the address win over the body.
 * Optional headers: {@code Idempotency-Key} (a retried request returns the first answer and stores
 * nothing twice) and {@code If-Match: "<version>"} (refused with 409 if the case has moved on).
 */
@RestController
@RequestMapping(path = "/api/cases", produces = "application/json")
@Tag(name = "Case commands")
@SecurityRequirement(name = "bearer")
class CaseCommandController {

  private static final HttpStatus ACCEPTED = HttpStatus.OK;
  private final CommandDispatcher dispatcher;

  CaseCommandController(CommandDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Operation(summary = "Open a case for a child (worker)")
  @PostMapping
  Mono<ResponseEntity<CommandAccepted>> openCase(
      @AuthenticationPrincipal Jwt jwt, ServerWebExchange ex, @RequestBody OpenCaseCommand body) {
    return dispatcher.dispatch(jwt, ex, body, Map.of(), List.of("caseId"), HttpStatus.CREATED);
  }

  @Operation(summary = "Hand the case to another social worker (allocated worker)")
  @PostMapping("/{caseId}/worker")
  Mono<ResponseEntity<CommandAccepted>> changeWorker(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @RequestBody ChangeWorkerCommand body) {
    return dispatcher.dispatch(jwt, ex, body, Map.of("caseId", caseId), List.of(), ACCEPTED);
  }

  @Operation(summary = "Record the strategy discussion that started section 47 enquiries")
  @PostMapping("/{caseId}/strategy-discussions")
  Mono<ResponseEntity<CommandAccepted>> strategyDiscussion(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @RequestBody RecordStrategyDiscussionCommand body) {
    return dispatcher.dispatch(
        jwt, ex, body, Map.of("caseId", caseId), List.of(), HttpStatus.CREATED);
  }

  @Operation(summary = "Schedule a conference or core group meeting (allocated worker)")
  @PostMapping("/{caseId}/meetings")
  Mono<ResponseEntity<CommandAccepted>> schedule(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @RequestBody ScheduleMeetingCommand body) {
    return dispatcher.dispatch(
        jwt, ex, body, Map.of("caseId", caseId), List.of("meetingId"), HttpStatus.CREATED);
  }

  @Operation(summary = "Move a meeting, with the reason (allocated worker)")
  @PostMapping("/{caseId}/meetings/{meetingId}/reschedule")
  Mono<ResponseEntity<CommandAccepted>> reschedule(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @RequestBody RescheduleMeetingCommand body) {
    return dispatcher.dispatch(jwt, ex, body, meeting(caseId, meetingId), List.of(), ACCEPTED);
  }

  @Operation(summary = "Cancel a meeting, with the reason (allocated worker)")
  @PostMapping("/{caseId}/meetings/{meetingId}/cancel")
  Mono<ResponseEntity<CommandAccepted>> cancel(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @RequestBody CancelMeetingCommand body) {
    return dispatcher.dispatch(jwt, ex, body, meeting(caseId, meetingId), List.of(), ACCEPTED);
  }

  @Operation(summary = "Invite someone to a meeting (allocated worker)")
  @PostMapping("/{caseId}/meetings/{meetingId}/invitations")
  Mono<ResponseEntity<CommandAccepted>> invite(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @RequestBody InviteParticipantCommand body) {
    return dispatcher.dispatch(
        jwt, ex, body, meeting(caseId, meetingId), List.of(), HttpStatus.CREATED);
  }

  @Operation(summary = "Record that a report was shared with named family members (worker)")
  @PostMapping("/{caseId}/meetings/{meetingId}/reports")
  Mono<ResponseEntity<CommandAccepted>> shareReport(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @RequestBody ShareReportCommand body) {
    return dispatcher.dispatch(
        jwt, ex, body, meeting(caseId, meetingId), List.of("reportId"), HttpStatus.CREATED);
  }

  @Operation(summary = "Record the active offer of an advocate to the young person (worker)")
  @PostMapping("/{caseId}/meetings/{meetingId}/advocate-offers")
  Mono<ResponseEntity<CommandAccepted>> offerAdvocate(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @RequestBody OfferAdvocateCommand body) {
    return dispatcher.dispatch(
        jwt, ex, body, meeting(caseId, meetingId), List.of(), HttpStatus.CREATED);
  }

  @Operation(summary = "Choose how to take part in a meeting (the young person)")
  @PostMapping("/{caseId}/meetings/{meetingId}/participation")
  Mono<ResponseEntity<CommandAccepted>> participation(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @RequestBody ChooseParticipationCommand body) {
    return dispatcher.dispatch(jwt, ex, body, meeting(caseId, meetingId), List.of(), ACCEPTED);
  }

  @Operation(summary = "Send views for a meeting and choose who sees them (the young person)")
  @PostMapping("/{caseId}/meetings/{meetingId}/contributions")
  Mono<ResponseEntity<CommandAccepted>> contribute(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @RequestBody SubmitContributionCommand body) {
    return dispatcher.dispatch(
        jwt, ex, body, meeting(caseId, meetingId), List.of("contributionId"), HttpStatus.CREATED);
  }

  @Operation(
      summary =
          "Leave an invited parent or carer out of all or part of a meeting, for a safeguarding"
              + " reason they are told (chair)")
  @PostMapping("/{caseId}/meetings/{meetingId}/exclusions")
  Mono<ResponseEntity<CommandAccepted>> exclude(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @RequestBody ExcludeFromMeetingCommand body) {
    return dispatcher.dispatch(
        jwt, ex, body, Map.of("caseId", caseId, "meetingId", meetingId), List.of(), ACCEPTED);
  }

  @Operation(
      summary =
          "Let a parent or carer who was left out come to all of the meeting after all: personId"
              + " (chair)")
  @PostMapping("/{caseId}/meetings/{meetingId}/exclusion-withdrawals")
  Mono<ResponseEntity<CommandAccepted>> withdrawExclusion(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @RequestBody WithdrawExclusionCommand body) {
    return dispatcher.dispatch(
        jwt, ex, body, Map.of("caseId", caseId, "meetingId", meetingId), List.of(), ACCEPTED);
  }

  @Operation(
      summary =
          "Record that parts of a shared report were held back from one person's copy, with the"
              + " reason they are told (allocated worker)")
  @PostMapping("/{caseId}/meetings/{meetingId}/reports/{reportId}/redactions")
  Mono<ResponseEntity<CommandAccepted>> redact(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @PathVariable String reportId,
      @RequestBody RecordRedactionCommand body) {
    return dispatcher.dispatch(
        jwt,
        ex,
        body,
        Map.of("caseId", caseId, "meetingId", meetingId, "reportId", reportId),
        List.of(),
        ACCEPTED);
  }

  @Operation(summary = "Change who may see a contribution, for a safeguarding reason (chair)")
  @PostMapping("/{caseId}/meetings/{meetingId}/contributions/{contributionId}/visibility")
  Mono<ResponseEntity<CommandAccepted>> overrideVisibility(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @PathVariable String contributionId,
      @RequestBody OverrideContributionVisibilityCommand body) {
    return dispatcher.dispatch(
        jwt,
        ex,
        body,
        Map.of("caseId", caseId, "meetingId", meetingId, "contributionId", contributionId),
        List.of(),
        ACCEPTED);
  }

  @Operation(summary = "Record that a meeting was held and what it decided (chair)")
  @PostMapping("/{caseId}/meetings/{meetingId}/outcome")
  Mono<ResponseEntity<CommandAccepted>> outcome(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @RequestBody RecordConferenceOutcomeCommand body) {
    return dispatcher.dispatch(
        jwt, ex, body, meeting(caseId, meetingId), List.of(), HttpStatus.CREATED);
  }

  @Operation(summary = "Record that the full record of a held conference was sent (worker)")
  @PostMapping("/{caseId}/meetings/{meetingId}/record-sent")
  Mono<ResponseEntity<CommandAccepted>> recordSent(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @RequestBody RecordConferenceRecordSentCommand body) {
    return dispatcher.dispatch(
        jwt, ex, body, meeting(caseId, meetingId), List.of(), HttpStatus.CREATED);
  }

  @Operation(summary = "Respond to the young person's views (chair)")
  @PostMapping("/{caseId}/meetings/{meetingId}/chair-response")
  Mono<ResponseEntity<CommandAccepted>> respondToViews(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @RequestBody RespondToViewsCommand body) {
    return dispatcher.dispatch(
        jwt, ex, body, meeting(caseId, meetingId), List.of(), HttpStatus.CREATED);
  }

  @Operation(summary = "Publish the next plan version (allocated worker)")
  @PostMapping("/{caseId}/plan-versions")
  Mono<ResponseEntity<CommandAccepted>> publishPlan(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @RequestBody PublishPlanVersionCommand body) {
    return dispatcher.dispatch(
        jwt, ex, body, Map.of("caseId", caseId), List.of(), HttpStatus.CREATED);
  }

  @Operation(summary = "Say you have read a plan version (parent or carer)")
  @PostMapping("/{caseId}/plan-versions/{version}/acknowledgements")
  Mono<ResponseEntity<CommandAccepted>> acknowledge(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @PathVariable int version,
      @RequestBody AcknowledgePlanCommand body) {
    return dispatcher.dispatch(
        jwt, ex, body, Map.of("caseId", caseId, "version", version), List.of(), ACCEPTED);
  }

  @Operation(summary = "Respond to, or disagree with, a plan version (parent or carer)")
  @PostMapping("/{caseId}/plan-versions/{version}/responses")
  Mono<ResponseEntity<CommandAccepted>> respondToPlan(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @PathVariable int version,
      @RequestBody RespondToPlanCommand body) {
    return dispatcher.dispatch(
        jwt, ex, body, Map.of("caseId", caseId, "version", version), List.of(), HttpStatus.CREATED);
  }

  @Operation(
      summary =
          "Say something in the record is wrong: a report shared with you, a meeting's outcome, a"
              + " plan version, or something else (parent, carer or young person)")
  @PostMapping("/{caseId}/disputes")
  Mono<ResponseEntity<CommandAccepted>> raiseDispute(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @RequestBody RaiseDisputeCommand body) {
    return dispatcher.dispatch(
        jwt, ex, body, Map.of("caseId", caseId), List.of(), HttpStatus.CREATED);
  }

  @Operation(
      summary =
          "Answer what the family says is wrong: the correction, or why the record stays as it is"
              + " (allocated worker)")
  @PostMapping("/{caseId}/disputes/{disputeId}/answers")
  Mono<ResponseEntity<CommandAccepted>> answerDispute(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @PathVariable String disputeId,
      @RequestBody AnswerDisputeCommand body) {
    return dispatcher.dispatch(
        jwt, ex, body, Map.of("caseId", caseId, "disputeId", disputeId), List.of(), ACCEPTED);
  }

  @Operation(
      summary =
          "Take two more months to answer a complex dispute, telling the family member why; once,"
              + " within the first month (allocated worker)")
  @PostMapping("/{caseId}/disputes/{disputeId}/extensions")
  Mono<ResponseEntity<CommandAccepted>> extendDisputeAnswer(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @PathVariable String disputeId,
      @RequestBody ExtendDisputeAnswerCommand body) {
    return dispatcher.dispatch(
        jwt, ex, body, Map.of("caseId", caseId, "disputeId", disputeId), List.of(), ACCEPTED);
  }

  @Operation(summary = "Mark an expectation as met (allocated worker)")
  @PostMapping("/{caseId}/expectations/{expectationId}/met")
  Mono<ResponseEntity<CommandAccepted>> markMet(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @PathVariable String expectationId,
      @RequestBody MarkExpectationMetCommand body) {
    return dispatcher.dispatch(
        jwt,
        ex,
        body,
        Map.of("caseId", caseId, "expectationId", expectationId),
        List.of(),
        ACCEPTED);
  }

  @Operation(summary = "Close the case, with the reason (allocated worker)")
  @PostMapping("/{caseId}/closure")
  Mono<ResponseEntity<CommandAccepted>> close(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @RequestBody CloseCaseCommand body) {
    return dispatcher.dispatch(jwt, ex, body, Map.of("caseId", caseId), List.of(), ACCEPTED);
  }

  @Operation(
      summary =
          "Add or correct the Welsh version of worker-written text already recorded, naming the"
              + " English it was written from (allocated worker; the chair, for a meeting's text)",
      description =
          "kind says which text; ref, personId and reportId find it as the kind says (WelshText)."
              + " english must be the English recorded now: if it has changed since, the Welsh is"
              + " refused (409) rather than attached to other words. No such text is a 404; the"
              + " same Welsh again changes nothing and answers as if accepted.")
  @PostMapping("/{caseId}/welsh-text")
  Mono<ResponseEntity<CommandAccepted>> addWelshText(
      @AuthenticationPrincipal Jwt jwt,
      ServerWebExchange ex,
      @PathVariable String caseId,
      @RequestBody AddWelshTextCommand body) {
    return dispatcher.dispatch(jwt, ex, body, Map.of("caseId", caseId), List.of(), ACCEPTED);
  }

  private static Map<String, Object> meeting(String caseId, String meetingId) {
    return Map.of("caseId", caseId, "meetingId", meetingId);
  }
}
