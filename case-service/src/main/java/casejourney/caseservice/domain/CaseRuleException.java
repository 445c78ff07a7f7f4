package casejourney.caseservice.domain;

import java.util.List;

/**
 * The command is well formed but breaks a rule of the case, such as a late meeting without a reason
 * or an action on a closed case.
 */
public class CaseRuleException extends CaseCommandException {

  public CaseRuleException(List<FieldError> fieldErrors) {
    super(fieldErrors);
  }

  public CaseRuleException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }
}
