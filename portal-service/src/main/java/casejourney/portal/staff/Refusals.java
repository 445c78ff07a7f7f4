package casejourney.portal.staff;

import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.web.FormErrors;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts case-service's field names onto the ids of our inputs, so a refusal links to the field to
 * fix: {@code reasonsByExpectationId[e-1]} to {@code reason-e-1}, {@code
 * content.expectations[0].byWhen} to {@code expectations-0-byWhen}.
 */
final class Refusals {

  private static final Pattern REASON = Pattern.compile("reasonsByExpectationId\\[(.+)]");
  private static final Pattern EXPECTATION =
      Pattern.compile("content\\.expectations\\[(\\d+)](?:\\.(\\w+))?.*");
  private static final Pattern CONTENT = Pattern.compile("content\\.(\\w+).*");

  private Refusals() {}

  static String fieldId(String field) {
    if (field == null) {
      return "";
    }
    Matcher m = REASON.matcher(field);
    if (m.matches()) {
      return "reason-" + m.group(1);
    }
    m = EXPECTATION.matcher(field);
    if (m.matches()) {
      String part = m.group(2) == null ? "what" : m.group(2);
      return "expectations-" + m.group(1) + "-" + ("responsible".equals(part) ? "who" : part);
    }
    if (field.equals("startsAt") || field.equals("sharedAt")) {
      return "date";
    }
    if (field.startsWith("chair.") || field.equals("chair")) {
      return "chairSubject";
    }
    if (field.startsWith("sharedWithPersonIds")) {
      return "sharedWith";
    }
    // A dispute's answer: the form's reason boxes, as for every other bilingual reason.
    if (field.equals("explanation") || field.equals("explanation.en")) {
      return "reason";
    }
    if (field.equals("explanation.cy")) {
      return "reasonCy";
    }
    m = CONTENT.matcher(field);
    if (m.matches()) {
      return "priorityRisks".equals(m.group(1)) ? "risks" : m.group(1);
    }
    return field;
  }

  /** Expectation ids case-service wants a reason for. */
  static Set<String> reasonIds(CommandOutcome.Refused refused) {
    Set<String> ids = new java.util.LinkedHashSet<>();
    for (CommandOutcome.FieldError e : refused.errors()) {
      Matcher m = REASON.matcher(e.field() == null ? "" : e.field());
      if (m.matches()) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  /** The refusal as form errors; fields we have no input for go against {@code defaultField}. */
  static FormErrors errors(
      CommandOutcome.Refused refused, Set<String> fields, String defaultField, String defaultKey) {
    List<CommandOutcome.FieldError> renamed =
        refused.errors().stream()
            .map(e -> new CommandOutcome.FieldError(fieldId(e.field()), e.message()))
            .toList();
    Set<String> known = new java.util.HashSet<>(fields);
    renamed.stream()
        .map(CommandOutcome.FieldError::field)
        .filter(f -> f.startsWith("reason-") || f.startsWith("expectations-"))
        .forEach(known::add);
    return new FormErrors()
        .addRefusal(
            new CommandOutcome.Refused(refused.status(), refused.detail(), renamed),
            known,
            defaultField,
            defaultKey);
  }
}
