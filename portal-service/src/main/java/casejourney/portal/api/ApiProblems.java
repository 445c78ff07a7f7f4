package casejourney.portal.api;

import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details, with what to fix in {@code detail}, for every error the JSON API's own
 * checks raise: without this, Spring Boot's default error body gives the status and drops the
 * reason. Only the API's controllers (the only {@code @RestController}s): the pages keep their HTML
 * error pages.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {}
