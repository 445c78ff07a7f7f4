package casejourney.caseservice.publication;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /actuator/republish}: publishes the event store to Kafka again, for an operator (the
 * {@code OPERATOR} role), from the start or from {@code since} (an ISO-8601 instant, in the JSON
 * body or the query). Answers where it starts from.
 */
@Component
@Endpoint(id = "republish")
public class RepublishEndpoint {

  private final Republisher republisher;

  RepublishEndpoint(Republisher republisher) {
    this.republisher = republisher;
  }

  @WriteOperation
  public Republisher.Republishing republish(@Nullable String since) {
    Instant from = since == null || since.isBlank() ? null : instant(since.trim());
    try {
      return republisher.republish(from);
    } catch (Republisher.ClaimedElsewhere e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage(), e);
    }
  }

  private static Instant instant(String since) {
    Instant instant;
    try {
      instant = Instant.parse(since);
    } catch (DateTimeParseException e) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "'since' must be an ISO-8601 instant in UTC, such as 2026-03-02T09:00:00Z; leave it out"
              + " to republish from the start of the event store.");
    }
    // Events are stamped with Axon's clock, so the future is judged by it.
    Instant now = GenericEventMessage.clock.instant();
    if (instant.isAfter(now)) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "'since' ("
              + instant
              + ") is in the future: no event has been stored after it. Give a moment before "
              + now
              + ".");
    }
    return instant;
  }
}
