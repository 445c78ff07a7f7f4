package casejourney.caseservice.web;

import casejourney.api.personal.KeysUnavailableException;
import casejourney.caseservice.domain.CaseCommandException;
import casejourney.caseservice.domain.CaseRuleException;
import casejourney.caseservice.domain.ChangedSinceException;
import casejourney.caseservice.domain.InvalidCommandException;
import casejourney.caseservice.domain.NotPermittedException;
import casejourney.caseservice.domain.UnknownItemException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.net.URI;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Every refusal becomes an RFC 9457 problem that says what to fix. Input never produces a 500; one
 * here means a fault of ours, logged without the request body (it may hold personal data).
 */
@RestControllerAdvice
class ProblemDetailsAdvice {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  @ExceptionHandler(Throwable.class)
  ResponseEntity<ProblemDetail> handle(Throwable thrown, ServerWebExchange exchange) {
    ProblemDetail problem = toProblem(thrown);
    problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private ProblemDetail toProblem(Throwable thrown) {
    Throwable t = unwrap(thrown);
    if (t instanceof CaseCommandException refused) {
      return fromDomain(refused);
    }
    if (t instanceof ConflictingAggregateVersionException stale) {
      return ProblemResponses.problem(
          HttpStatus.CONFLICT,
          "The case has changed",
          "You saw version "
              + stale.getExpectedVersion()
              + " but the case is now at version "
              + stale.getActualVersion()
              + ". Reload it, check the changes, then try again.",
          List.of());
    }
    if (t instanceof AggregateStreamCreationException) {
      return ProblemResponses.problem(
          HttpStatus.CONFLICT,
          "Already exists",
          "A case with this id already exists. Leave caseId out to have one made for you.",
          List.of());
    }
    if (t instanceof ConcurrencyException) {
      return ProblemResponses.problem(
          HttpStatus.CONFLICT,
          "Changed at the same time",
          "Someone else changed this case at the same moment. Reload it and try again.",
          List.of());
    }
    if (t instanceof AggregateNotFoundException) {
      return ProblemResponses.problem(
          HttpStatus.NOT_FOUND, "No such case", "There is no case with this id.", List.of());
    }
    if (t instanceof DataBufferLimitException) {
      return ProblemResponses.problem(
          HttpStatus.PAYLOAD_TOO_LARGE,
          "Request too large",
          "The request body is too large. Keep it under 512 KB.",
          List.of());
    }
    if (t instanceof ResponseStatusException status) {
      return fromStatus(status);
    }
    if (unavailable(t)) {
      log.error("Event store unavailable: {}", t.getClass().getName());
      return ProblemResponses.problem(
          HttpStatus.SERVICE_UNAVAILABLE,
          "Try again shortly",
          "The case store is not available just now. Nothing was saved; try again shortly.",
          List.of());
    }
    log.error("Unexpected failure handling a command", t);
    return ProblemResponses.problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong on our side",
        "Nothing was saved. Try again, and tell the service desk if it keeps happening.",
        List.of());
  }

  private static ProblemDetail fromDomain(CaseCommandException refused) {
    HttpStatus status;
    String title;
    if (refused instanceof InvalidCommandException) {
      status = HttpStatus.BAD_REQUEST;
      title = "Check what you sent";
    } else if (refused instanceof NotPermittedException) {
      status = HttpStatus.FORBIDDEN;
      title = "Not allowed";
    } else if (refused instanceof UnknownItemException) {
      status = HttpStatus.NOT_FOUND;
      title = "Not found";
    } else if (refused instanceof ChangedSinceException) {
      status = HttpStatus.CONFLICT;
      title = "Changed since you looked";
    } else if (refused instanceof CaseRuleException) {
      status = HttpStatus.UNPROCESSABLE_ENTITY;
      title = "This cannot be done yet";
    } else {
      status = HttpStatus.UNPROCESSABLE_ENTITY;
      title = "Refused";
    }
    List<Map<String, String>> errors =
        refused.fieldErrors().stream()
            .map(e -> Map.of("field", e.field(), "message", e.message()))
            .toList();
    String detail =
        refused.fieldErrors().stream().map(e -> e.message()).collect(Collectors.joining(" "));
    return ProblemResponses.problem(status, title, detail, errors);
  }

  private static ProblemDetail fromStatus(ResponseStatusException e) {
    HttpStatusCode code = e.getStatusCode();
    HttpStatus status = HttpStatus.resolve(code.value());
    if (status == null) {
      status = HttpStatus.BAD_REQUEST;
    }
    Throwable cause = e.getCause();
    while (cause != null
        && !(cause instanceof JsonMappingException)
        && !(cause instanceof JsonParseException)) {
      cause = cause.getCause();
    }
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return ProblemResponses.problem(
          HttpStatus.BAD_REQUEST,
          "Check what you sent",
          "Unknown field '"
              + unknown.getPropertyName()
              + "'. Fields this request accepts: "
              + unknown.getKnownPropertyIds()
              + ".",
          List.of(
              Map.of("field", path(unknown), "message", "Remove this field or check its name.")));
    }
    if (cause instanceof InvalidFormatException bad) {
      String expected =
          bad.getTargetType() != null && bad.getTargetType().isEnum()
              ? "one of " + List.of(bad.getTargetType().getEnumConstants())
              : "a " + bad.getTargetType().getSimpleName();
      return ProblemResponses.problem(
          HttpStatus.BAD_REQUEST,
          "Check what you sent",
          "'" + path(bad) + "' must be " + expected + ".",
          List.of(Map.of("field", path(bad), "message", "Must be " + expected + ".")));
    }
    if (cause instanceof JsonMappingException mapping) {
      return ProblemResponses.problem(
          HttpStatus.BAD_REQUEST,
          "Check what you sent",
          "'" + path(mapping) + "' has the wrong type or shape.",
          List.of(Map.of("field", path(mapping), "message", "Has the wrong type or shape.")));
    }
    if (cause instanceof JsonParseException parse) {
      return ProblemResponses.problem(
          HttpStatus.BAD_REQUEST,
          "Check what you sent",
          "The request body is not valid JSON (line "
              + parse.getLocation().getLineNr()
              + ", column "
              + parse.getLocation().getColumnNr()
              + ").",
          List.of());
    }
    String reason = e.getReason();
    if (reason == null || reason.isBlank() || reason.startsWith("Failed to read HTTP message")) {
      reason =
          status == HttpStatus.BAD_REQUEST
              ? "The request could not be read. Send a JSON object with the fields this request"
                  + " accepts."
              : status.getReasonPhrase();
    }
    String title =
        switch (status) {
          case FORBIDDEN -> "Not allowed";
          case NOT_FOUND -> "Not found";
          case CONFLICT -> "Not now";
          case UNPROCESSABLE_ENTITY -> "This cannot be done";
          default -> status.is4xxClientError() ? "Check what you sent" : status.getReasonPhrase();
        };
    return ProblemResponses.problem(status, title, reason, List.of());
  }

  private static String path(JsonMappingException e) {
    String p =
        e.getPath().stream()
            .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining("."))
            .replace(".[", "[");
    return p.isEmpty() ? "(body)" : p;
  }

  /**
   * Whether this says a store was out of reach: the event store, the transaction that could not
   * begin, or the case keys. {@link #unwrap} stops at such a wrapper, because the innermost cause
   * under it (a driver's socket error) says less than the wrapper that names the store.
   */
  private static boolean unavailable(Throwable t) {
    return t instanceof EventStoreException
        || t instanceof CannotCreateTransactionException
        || t instanceof DataAccessResourceFailureException
        || t instanceof KeysUnavailableException
        || t instanceof SQLTransientException
        || t instanceof SQLNonTransientConnectionException;
  }

  /** The first exception in the chain that has an answer of its own, else the innermost. */
  private static Throwable unwrap(Throwable t) {
    Throwable current = t;
    for (int depth = 0; depth < 10 && current.getCause() != null; depth++) {
      if (current instanceof CaseCommandException
          || current instanceof ResponseStatusException
          || current instanceof ConflictingAggregateVersionException
          || current instanceof AggregateNotFoundException
          || unavailable(current)) {
        return current;
      }
      current = current.getCause();
    }
    return current;
  }
}
