package casejourney.portal.commands;

import java.util.List;

/** What case-service said to a command: accepted, or refused with what to fix. */
public sealed interface CommandOutcome {

  /** The command was stored; the case is now at {@code version}. */
  record Accepted(long version) implements CommandOutcome {}

  /**
   * The command was refused and nothing was stored.
   *
   * @param status the HTTP status (422 for a rule, 400 for bad input, 503 when unreachable)
   * @param detail what case-service said, in English
   * @param errors the fields to fix, each with what is wrong
   */
  record Refused(int status, String detail, List<FieldError> errors) implements CommandOutcome {}

  /** One field to fix, as named in the command body. */
  record FieldError(String field, String message) {}
}
