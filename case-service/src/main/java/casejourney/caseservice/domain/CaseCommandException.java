package casejourney.caseservice.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A command the case refused. Each subtype maps to one kind of answer at the edge (invalid input,
 * not permitted, unknown item, broken case rule); all carry the field errors to show.
 */
public abstract class CaseCommandException extends RuntimeException {

  private final List<FieldError> fieldErrors;

  protected CaseCommandException(List<FieldError> fieldErrors) {
    super(fieldErrors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }
}
