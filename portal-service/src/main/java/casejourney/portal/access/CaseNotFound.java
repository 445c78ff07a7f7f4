package casejourney.portal.access;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The answer to anything this person may not see. It is deliberately the same as "does not exist",
 * so an id from another family reveals nothing, not even that the case exists.
 */
public class CaseNotFound extends ResponseStatusException {

  public CaseNotFound() {
    super(HttpStatus.NOT_FOUND);
  }
}
