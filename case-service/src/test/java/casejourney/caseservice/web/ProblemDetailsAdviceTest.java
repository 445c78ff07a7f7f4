package casejourney.caseservice.web;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.personal.KeysUnavailableException;
import casejourney.caseservice.domain.CaseRuleException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A store out of reach is a 503 that says nothing was saved, however deep the driver's error sits
 * under the wrappers Axon and Spring put round it; a fault of ours stays a 500.
 */
class ProblemDetailsAdviceTest {

  private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

  private ProblemDetail answer(Throwable thrown) {
    ResponseEntity<ProblemDetail> response =
        advice.handle(
            thrown,
            MockServerWebExchange.from(MockServerHttpRequest.post("/api/cases/c-1/meetings")));
    assertThat(response.getBody()).isNotNull();
    assertThat(response.getStatusCode().value()).isEqualTo(response.getBody().getStatus());
    return response.getBody();
  }

  private static SQLTransientConnectionException socket() {
    return new SQLTransientConnectionException("Connection is not available, request timed out");
  }

  @Test
  void the_event_store_out_of_reach_under_axons_wrappers_is_a_503() {
    ProblemDetail problem =
        answer(
            new CommandExecutionException(
                "Command failed",
                new EventStoreException("Failed to read events for aggregate", socket())));
    assertThat(problem.getStatus()).isEqualTo(503);
    assertThat(problem.getDetail()).contains("Nothing was saved");
  }

  @Test
  void a_transaction_that_could_not_begin_is_a_503() {
    assertThat(
            answer(new CannotCreateTransactionException("Could not open connection", socket()))
                .getStatus())
        .isEqualTo(503);
  }

  @Test
  void the_case_keys_out_of_reach_is_a_503() {
    assertThat(
            answer(
                    new CommandExecutionException(
                        "Command failed",
                        new KeysUnavailableException("could not read the key", socket())))
                .getStatus())
        .isEqualTo(503);
  }

  @Test
  void a_refusal_wrapped_by_axon_keeps_its_own_answer() {
    ProblemDetail problem =
        answer(
            new CommandExecutionException(
                "Command failed", new CaseRuleException("reason", "say why the meeting is late")));
    assertThat(problem.getStatus()).isEqualTo(422);
    assertThat(problem.getDetail()).isEqualTo("say why the meeting is late");
  }

  @Test
  void a_fault_of_ours_is_a_500_that_says_nothing_was_saved() {
    ProblemDetail problem = answer(new IllegalStateException("a bug"));
    assertThat(problem.getStatus()).isEqualTo(500);
    assertThat(problem.getDetail()).contains("Nothing was saved").doesNotContain("a bug");
  }
}
