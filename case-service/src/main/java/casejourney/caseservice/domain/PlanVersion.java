package casejourney.caseservice.domain;

import casejourney.api.plan.Expectation;
import casejourney.api.plan.PlanContent;
import java.util.Optional;

/**
 * A published plan version as the case remembers it.
 *
 * @param publisherSubject who published it: only they may correct it
 */
record PlanVersion(int version, PlanContent content, String publisherSubject) {

  Optional<Expectation> expectation(String expectationId) {
    return content.expectations().stream()
        .filter(e -> e.expectationId().equals(expectationId))
        .findFirst();
  }
}
