package casejourney.portal.commands;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * What the JSON API answers once case-service has: the outcome, or its refusal as RFC 9457 problem
 * details with its field errors, unchanged. The family and staff APIs answer alike.
 */
public final class ApiAnswers {

  private ApiAnswers() {}

  public static ResponseEntity<Object> answer(CommandOutcome outcome) {
    if (outcome instanceof CommandOutcome.Refused refused) {
      HttpStatus status =
          refused.status() >= 500
              ? HttpStatus.SERVICE_UNAVAILABLE
              : refused.status() == 409 ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              status,
              refused.detail().isBlank()
                  ? "The request was refused; nothing was saved."
                  : refused.detail());
      problem.setProperty("errors", refused.errors());
      return problem(problem);
    }
    return ResponseEntity.ok(outcome);
  }

  /** A problem answer, marked as one whatever the route otherwise produces. */
  public static ResponseEntity<Object> problem(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
