package casejourney.caseservice.domain;

import java.util.List;

/** The command is incomplete or malformed: a required field is missing or a text is too long. */
public class InvalidCommandException extends CaseCommandException {

  public InvalidCommandException(List<FieldError> fieldErrors) {
    super(fieldErrors);
  }

  public InvalidCommandException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }
}
