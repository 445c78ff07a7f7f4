package casejourney.portal.api;

import casejourney.portal.commands.ApiAnswers;
import casejourney.portal.web.FormErrors;
import casejourney.portal.web.LanguageResolver;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Input checks for the family JSON API, with the forms' rules and the pages' words: a refused field
 * is named with the message the page would show beside it, in the caller's language (their recorded
 * one, or {@code ?lang=}), so a chatbot can pass it on as it is.
 */
@Component
class FamilyApiSupport {

  private final MessageSource messages;

  FamilyApiSupport(MessageSource messages) {
    this.messages = messages;
  }

  /** The request as sent when {@code errors} is empty, else a 422 problem naming each field. */
  Mono<ResponseEntity<Object>> checked(
      FormErrors errors, ServerWebExchange ex, Supplier<Mono<ResponseEntity<Object>>> send) {
    if (errors.isEmpty()) {
      return send.get();
    }
    var locale = LanguageResolver.resolve(ex);
    List<Map<String, String>> fields =
        errors.all().stream()
            .map(
                e ->
                    Map.of(
                        "field",
                        e.field(),
                        "message",
                        e.text() != null
                            ? e.text()
                            : messages.getMessage(e.key(), null, e.key(), locale)))
            .toList();
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_ENTITY,
            "Nothing was saved. "
                + String.join(
                    "; ",
                    fields.stream().map(f -> f.get("field") + ": " + f.get("message")).toList()));
    problem.setProperty("errors", fields);
    return Mono.just(ApiAnswers.problem(problem));
  }

  /** 409: there is no meeting to act on now, or it has started. */
  static ResponseEntity<Object> meetingClosed(String what) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT,
            "There is no meeting to " + what + " for now, or it has started. Nothing was saved.");
    return ApiAnswers.problem(problem);
  }
}
