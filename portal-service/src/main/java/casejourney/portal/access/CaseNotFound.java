package casejourney.portal.access;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The answer to anything this person may not see. It is deliberately the same as "does not exist",
 * so an id from another family reveals nothing, not even that the case exists.
 *
 * <p>It is an answer, not a fault, so it carries no stack trace: filling one in walks the whole
 * reactive call stack, and before the errors were made lazily it was a twentieth of every family
 * page's CPU (ADR 0007, eighth pass).
 */
public class CaseNotFound extends ResponseStatusException {

  public CaseNotFound() {
    super(HttpStatus.NOT_FOUND);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
