package casejourney.caseservice.retention;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/retention}: runs the retention sweep now, for an operator (the {@code
 * OPERATOR} role), instead of waiting for the nightly run. Answers with the counts, and the ids of
 * cases it could not finish.
 */
@Component
@Endpoint(id = "retention")
public class RetentionEndpoint {

  private final RetentionSweep sweep;

  RetentionEndpoint(RetentionSweep sweep) {
    this.sweep = sweep;
  }

  @WriteOperation
  public RetentionSweep.Result sweep() {
    return sweep.sweep();
  }
}
