package casejourney.caseservice.domain;

import casejourney.api.BilingualText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects everything wrong with a command's input so that the sender hears about all of it at
 * once, not one field per attempt. Each method names the field and what it is, so messages read
 * "meetingId: enter the meeting's id".
 */
final class Validation {

  private final TextLimits limits;
  private final List<FieldError> errors = new ArrayList<>();

  Validation(TextLimits limits) {
    this.limits = limits;
  }

  Validation id(String field, String value, String what) {
    return text(field, value, true, limits.id(), what);
  }

  Validation optionalId(String field, String value, String what) {
    return text(field, value, false, limits.id(), what);
  }

  Validation name(String field, String value, boolean required, String what) {
    return text(field, value, required, limits.name(), what);
  }

  Validation shortText(String field, String value, boolean required, String what) {
    return text(field, value, required, limits.shortText(), what);
  }

  Validation longText(String field, String value, boolean required, String what) {
    return text(field, value, required, limits.longText(), what);
  }

  Validation bilingual(
      String field, BilingualText value, boolean required, int limit, String what) {
    if (value == null) {
      return text(field + ".en", null, required, limit, what);
    }
    text(field + ".en", value.en(), required, limit, what);
    return text(field + ".cy", value.cy(), false, limit, "the Welsh version");
  }

  Validation required(String field, Object value, String message) {
    return check(value != null, field, message);
  }

  /** The list's size only; callers check the items, because each kind of item has its own rule. */
  Validation list(String field, List<?> value, boolean required, String what) {
    if (value == null || value.isEmpty()) {
      return check(!required, field, "add at least one " + what);
    }
    int size = value.size();
    return check(
        size <= limits.listItems(),
        field,
        "keep it to "
            + number(limits.listItems())
            + " items or fewer (you gave "
            + number(size)
            + ")");
  }

  Validation shortTexts(String field, List<String> values, String what) {
    return texts(field, values, limits.shortText(), what);
  }

  Validation longTexts(String field, List<String> values, String what) {
    return texts(field, values, limits.longText(), what);
  }

  Validation check(boolean ok, String field, String message) {
    if (!ok) {
      errors.add(new FieldError(field, message));
    }
    return this;
  }

  boolean valid(String field) {
    return errors.stream().noneMatch(e -> e.field().equals(field));
  }

  TextLimits limits() {
    return limits;
  }

  void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new InvalidCommandException(errors);
    }
  }

  private Validation texts(String field, List<String> values, int limit, String what) {
    list(field, values, false, what);
    if (values != null) {
      for (int i = 0; i < values.size(); i++) {
        text(field + "[" + i + "]", values.get(i), true, limit, what);
      }
    }
    return this;
  }

  private Validation text(String field, String value, boolean required, int limit, String what) {
    if (value == null || value.isBlank()) {
      return check(!required, field, "enter " + what);
    }
    int length = value.codePointCount(0, value.length());
    return check(
        length <= limit,
        field,
        "keep it to " + number(limit) + " characters or fewer (you wrote " + number(length) + ")");
  }

  private static String number(int n) {
    return String.format(Locale.UK, "%,d", n);
  }
}
