package casejourney.portal.api;

import casejourney.portal.family.PlanResponseForm;
import casejourney.portal.web.FormErrors;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** Input checks for the JSON API, sharing the forms' rules. */
final class FamilyApiSupport {

  private FamilyApiSupport() {}

  static Mono<Boolean> validated(PlanResponseForm form) {
    FormErrors errors = form.validate();
    if (errors.isEmpty()) {
      return Mono.just(true);
    }
    List<Map<String, String>> fields =
        errors.all().stream().map(e -> Map.of("field", e.field(), "message", e.key())).toList();
    return Mono.error(
        new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "invalid: " + fields));
  }
}
