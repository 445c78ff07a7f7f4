package casejourney.portal.staff;

import casejourney.api.StaffMember;
import casejourney.api.views.Audience;
import casejourney.portal.commands.ApiAnswers;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.directory.StaffDirectory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The JSON API's check of a member of staff named in a command ({@code newWorker}, {@code chair},
 * {@code allocatedWorker}): the directory must have them with the role, as the pages' lists do, and
 * the name sent on is the directory's, not the caller's.
 */
@Component
class StaffChoices {

  private final StaffDirectory directory;

  StaffChoices(StaffDirectory directory) {
    this.directory = directory;
  }

  /**
   * Sends {@code body} with {@code field} filled from the directory, or answers 422 naming the
   * field. A body without {@code field.subject} as text goes on unchanged: case-service refuses it
   * with what to fix.
   */
  Mono<ResponseEntity<Object>> send(
      Map<String, Object> body,
      String field,
      Audience role,
      Function<Map<String, Object>, Mono<ResponseEntity<Object>>> send) {
    if (!(body.get(field) instanceof Map<?, ?> named)
        || !(named.get("subject") instanceof String subject)
        || subject.isBlank()) {
      return send.apply(body);
    }
    return directory
        .withRole(role)
        .flatMap(
            people -> {
              StaffMember found = StaffDirectory.find(people, subject).orElse(null);
              if (found == null) {
                return Mono.just(unknown(field, role));
              }
              Map<String, Object> filled = new LinkedHashMap<>(body);
              filled.put(field, found);
              return send.apply(filled);
            });
  }

  private static ResponseEntity<Object> unknown(String field, Audience role) {
    String who = role == Audience.CHAIR ? "chair" : "social worker";
    String message =
        "No "
            + who
            + " with this sign-in id has signed in to Case Journey recently. Check the id, or ask"
            + " them to sign in once.";
    return ApiAnswers.answer(
        new CommandOutcome.Refused(
            422,
            "The " + who + " named is not in the staff directory; nothing was saved.",
            List.of(new CommandOutcome.FieldError(field + ".subject", message))));
  }
}
