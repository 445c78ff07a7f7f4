package casejourney.caseservice.domain;

import java.util.List;

/** The actor may not do this on this case: wrong role, or not the person the action belongs to. */
public class NotPermittedException extends CaseCommandException {

  public NotPermittedException(List<FieldError> fieldErrors) {
    super(fieldErrors);
  }

  public NotPermittedException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }
}
