package casejourney.caseservice.domain;

import java.util.List;

/**
 * The part of the case the command was written against has changed since: acting on it now would
 * undo or ignore a change the person did not see. They reload, check, and send it again.
 */
public class ChangedSinceException extends CaseCommandException {

  public ChangedSinceException(String field, String message) {
    super(List.of(new FieldError(field, message)));
  }
}
