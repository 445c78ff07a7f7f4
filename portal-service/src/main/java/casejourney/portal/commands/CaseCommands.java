package casejourney.portal.commands;

import org.springframework.security.core.Authentication;
import reactor.core.publisher.Mono;

/** Sends commands to case-service as the signed-in person. Tests replace it with a fake. */
public interface CaseCommands {

  /**
   * Posts {@code body} as JSON to {@code /api/cases/<path>}.
   *
   * @param path the route after {@code /api/cases/}, for example {@code
   *     <caseId>/plan-versions/2/acknowledgements}; empty to open a case ({@code /api/cases})
   * @param idempotencyKey the same key for the same form, so a double submit stores nothing twice
   */
  Mono<CommandOutcome> send(Authentication user, String path, Object body, String idempotencyKey);
}
