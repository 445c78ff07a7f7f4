package casejourney.caseservice.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * Publishes the event store to Kafka again, for a topic that lost events: the outbox's processor is
 * stopped, its token put back to the start of the store (or to the first event stored at or after a
 * moment) and started again. It then sends every event from there once more, in order, and carries
 * on with new ones. Consumers skip what they have already handled (by case and sequence number), so
 * the repeats do no harm.
 */
@Component
public class Republisher {

  private static final Logger log = LoggerFactory.getLogger(Republisher.class);

  private final EventProcessingConfiguration processing;
  private final TokenStore tokens;
  private final TransactionManager transactions;
  private final JdbcTemplate jdbc;

  Republisher(
      EventProcessingConfiguration processing,
      TokenStore tokens,
      TransactionManager transactions,
      JdbcTemplate jdbc) {
    this.processing = processing;
    this.tokens = tokens;
    this.transactions = transactions;
    this.jdbc = jdbc;
  }

  /**
   * What a republish does.
   *
   * @param since the moment asked for; null for the start of the store
   * @param afterGlobalIndex events stored after this position ({@code global_index}) are sent
   *     again; -1 for all of them
   * @param upToGlobalIndex how far the publisher had got: events up to here are sent a second time,
   *     later ones for the first
   */
  public record Republishing(
      String processor,
      @Nullable Instant since,
      String from,
      long afterGlobalIndex,
      long upToGlobalIndex) {}

  /** Another instance holds the publisher's token; only the holder can move it. */
  public static class ClaimedElsewhere extends RuntimeException {
    ClaimedElsewhere(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Starts republishing; returns once the publisher runs again, not when it has caught up. */
  public synchronized Republishing republish(@Nullable Instant since) {
    TrackingEventProcessor publisher =
        processing
            .eventProcessor(KafkaOutbox.GROUP, TrackingEventProcessor.class)
            .orElseThrow(
                () -> new IllegalStateException("no tracking processor " + KafkaOutbox.GROUP));
    // Axon resets only a processor that is shut down in this instance.
    publisher.shutDown();
    try {
      List<TrackingToken> reached =
          transactions.fetchInTransaction(() -> positions(publisher.getName()));
      TrackingToken lowest = reached.stream().reduce(TrackingToken::lowerBound).orElse(null);
      TrackingToken furthest = reached.stream().reduce(TrackingToken::upperBound).orElse(null);
      AtomicReference<TrackingToken> start = new AtomicReference<>();
      publisher.resetTokens(
          source -> {
            TrackingToken at =
                since == null ? source.createTailToken() : source.createTokenAt(since);
            if (since != null && at == null) {
              // No token means the very start to Axon; nothing stored since is nothing to resend.
              at = lowest;
            }
            // Never beyond what was published: Axon would take a later start as the new position
            // and skip the events in between, which never reached Kafka.
            if (at != null && lowest != null) {
              at = at.lowerBound(lowest);
            }
            start.set(at);
            return at;
          });
      Republishing result =
          new Republishing(
              publisher.getName(),
              since,
              since == null
                  ? "the start of the event store"
                  : "the first event stored at or after " + since,
              position(start.get()),
              position(furthest));
      log.info(
          "Republishing the event store to Kafka from {}: events after global index {} are sent"
              + " again, up to {} for the second time",
          result.from(),
          result.afterGlobalIndex(),
          result.upToGlobalIndex());
      return result;
    } catch (UnableToClaimTokenException e) {
      throw new ClaimedElsewhere(
          "Another case-service instance ("
              + owner(publisher.getName())
              + ") holds the "
              + publisher.getName()
              + " processor's token, so only it can move it. Call this on that instance, or stop"
              + " it, then try again. Nothing was changed.",
          e);
    } finally {
      publisher.start();
    }
  }

  /**
   * How far each segment has published (a republish under way counts as far as it had got before
   * it), claiming each token as the reset itself does.
   */
  private List<TrackingToken> positions(String processor) {
    List<TrackingToken> positions = new ArrayList<>();
    for (int segment : tokens.fetchSegments(processor)) {
      TrackingToken token = WrappedToken.unwrapUpperBound(tokens.fetchToken(processor, segment));
      if (token != null) {
        positions.add(token);
      }
    }
    return positions;
  }

  private static long position(@Nullable TrackingToken token) {
    return token == null ? -1 : token.position().orElse(-1);
  }

  private String owner(String processor) {
    return jdbc
        .queryForList(
            "SELECT owner FROM token_entry WHERE processor_name = ? AND owner IS NOT NULL",
            String.class,
            processor)
        .stream()
        .findFirst()
        .orElse("owner unknown");
  }
}
