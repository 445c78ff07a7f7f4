package casejourney.caseservice.domain;

import java.util.List;

/**
 * The command names a meeting, contribution, expectation, plan version or person this case does not
 * have.
 */
public class UnknownItemException extends CaseCommandException {

  public UnknownItemException(List<FieldError> fieldErrors) {
    super(fieldErrors);
  }

  public UnknownItemException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }
}
