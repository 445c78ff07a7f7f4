package casejourney.caseservice.domain;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a refused command by its exception type and one of its field errors. */
final class Rejections {

  private Rejections() {}

  static Matcher<Object> rejected(
      Class<? extends CaseCommandException> type, String field, String messagePart) {
    return new TypeSafeMatcher<>(Object.class) {
      @Override
      protected boolean matchesSafely(Object item) {
        return type.isInstance(item)
            && ((CaseCommandException) item)
                .fieldErrors().stream()
                    .anyMatch(e -> e.field().equals(field) && e.message().contains(messagePart));
      }

      @Override
      public void describeTo(Description description) {
        description
            .appendText(type.getSimpleName())
            .appendText(" with field error ")
            .appendValue(field)
            .appendText(" containing ")
            .appendValue(messagePart);
      }
    };
  }

  static Matcher<Object> notPermitted() {
    return rejected(NotPermittedException.class, "actor", "");
  }

  static Matcher<Object> closed() {
    return rejected(CaseRuleException.class, "caseId", "This case is closed");
  }
}
