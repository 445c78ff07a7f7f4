package casejourney.portal.web;

import casejourney.portal.commands.CommandOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The errors of one form submission, for the GOV.UK error summary (linked to each field with {@code
 * #field}) and the message above each field. Our own checks carry message keys, so they are in the
 * person's language; case-service's field errors are matched to our fields and keep their own words
 * only when we have no key for them.
 */
public final class FormErrors {

  /**
   * One error.
   *
   * @param field the id of the input it is about (the summary links to {@code #field})
   * @param key a message key, or null when {@code text} is to be shown as it is
   * @param text literal text from case-service, or null
   * @param args the message's arguments; the page writes a {@link java.time.LocalDate} among them
   *     in its own language ({@link TextHelper#args})
   */
  public record Error(String field, String key, String text, List<Object> args) {

    public Error(String field, String key, String text) {
      this(field, key, text, List.of());
    }
  }

  private final Map<String, Error> byField = new LinkedHashMap<>();

  /** Adds an error from a message key and its arguments; the first error per field wins. */
  public FormErrors add(String field, String key, Object... args) {
    byField.putIfAbsent(field, new Error(field, key, null, List.of(args)));
    return this;
  }

  /**
   * Adds case-service's refusal. A field error for one of {@code fields} is shown against it with
   * {@code fallbackKey} if case-service's words are missing; anything else goes against {@code
   * defaultField} with {@code defaultKey}, so every refusal reaches the summary.
   */
  public FormErrors addRefusal(
      CommandOutcome.Refused refused, Set<String> fields, String defaultField, String defaultKey) {
    if (refused.status() >= 500) {
      return add(defaultField, "error.serviceUnavailable");
    }
    for (CommandOutcome.FieldError e : refused.errors()) {
      String field = fields.contains(e.field()) ? e.field() : defaultField;
      if (!byField.containsKey(field)) {
        byField.put(
            field,
            e.message().isBlank()
                ? new Error(field, defaultKey, null)
                : new Error(field, null, e.message()));
      }
    }
    if (byField.isEmpty()) {
      add(defaultField, defaultKey);
    }
    return this;
  }

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  public List<Error> all() {
    return new ArrayList<>(byField.values());
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  /** The error for one field, or null. */
  public Error get(String field) {
    return byField.get(field);
  }
}
