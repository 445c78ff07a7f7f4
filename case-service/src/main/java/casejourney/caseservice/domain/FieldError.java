package casejourney.caseservice.domain;

/**
 * One thing wrong with a command, said so that the person who sent it can put it right.
 *
 * @param field the path of the field in the command, for example {@code
 *     content.expectations[2].byWhen}; {@code actor} when the problem is who sent it
 * @param message what to do about it, in plain words
 */
public record FieldError(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
