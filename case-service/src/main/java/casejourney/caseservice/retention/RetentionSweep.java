package casejourney.caseservice.retention;

import static casejourney.api.ActorMetaData.ROLE;
import static casejourney.api.ActorMetaData.SUBJECT;

import casejourney.api.ActorRole;
import casejourney.api.commands.EraseCaseRecordCommand;
import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.CaseRecordErasedEvent;
import casejourney.api.personal.JdbcCaseKeys;
import casejourney.caseservice.domain.CaseRules;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases the records whose retention has ended (DOMAIN.md, "Data"): for each closed case kept its
 * full term, the case records {@link CaseRecordErasedEvent}, then its key is destroyed. In that
 * order, so a key is never destroyed for a case that could still take a command; and each step is
 * safe to repeat, so a sweep that stops half-way is finished by the next one.
 *
 * <p>It also removes idempotency keys ({@code processed_command}): an erased case's at once, since
 * they name who acted on it, and everyone's once they are older than the retry window ({@code
 * casejourney.idempotency.keep}, 30 days), since no client retries a request a month later.
 */
@Component
public class RetentionSweep {

  /** Who the erasures are recorded as: this service, never a person. */
  public static final String ACTOR = "case-service:retention";

  private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);

  /**
   * Every closed record, with when it closed and whether it is erased. The types are written into
   * the statement, not bound, so that PostgreSQL can prove it matches the partial index that holds
   * only these events (V4__retention_indexes.sql) rather than scan every event ever stored.
   */
  public static final String CLOSED_RECORDS =
      "SELECT aggregate_identifier,"
          + " convert_from(payload, 'UTF8')::jsonb ->> 'closedAt' AS closed_at,"
          + " EXISTS (SELECT 1 FROM domain_event_entry e"
          + "   WHERE e.aggregate_identifier = c.aggregate_identifier"
          + "   AND e.payload_type = '"
          + CaseRecordErasedEvent.class.getName()
          + "') AS erased"
          + " FROM domain_event_entry c WHERE c.payload_type = '"
          + CaseClosedEvent.class.getName()
          + "'";

  private final JdbcTemplate jdbc;
  private final CommandGateway commands;
  private final JdbcCaseKeys keys;
  private final CaseRules rules;
  private final Cache caseFiles;
  private final Duration keepIdempotencyKeys;

  RetentionSweep(
      JdbcTemplate jdbc,
      CommandGateway commands,
      JdbcCaseKeys keys,
      CaseRules rules,
      @Qualifier("caseFileCache") Cache caseFiles,
      @Value("${casejourney.idempotency.keep:P30D}") Duration keepIdempotencyKeys) {
    this.jdbc = jdbc;
    this.commands = commands;
    this.keys = keys;
    this.rules = rules;
    this.caseFiles = caseFiles;
    this.keepIdempotencyKeys = keepIdempotencyKeys;
  }

  /**
   * What one sweep did, for the operator who ran it and for the log.
   *
   * @param failedCases the ids of the {@code failed} cases, so an operator can look into each: a
   *     case id names no person
   * @param elsewhere true when another instance was sweeping, so this one did nothing
   */
  public record Result(
      int closedCases,
      int erased,
      int keysDestroyed,
      int failed,
      List<String> failedCases,
      int idempotencyKeysRemoved,
      boolean elsewhere) {}

  /** The PostgreSQL advisory lock that lets one case-service instance sweep at a time. */
  public static final long SWEEP_LOCK = 0x43_4A_53_57_45_45_50L; // "CJSWEEP"

  @Scheduled(
      cron = "${casejourney.retention.sweep-cron:0 30 2 * * *}",
      zone = "${casejourney.authority.zone:Europe/London}")
  void daily() {
    sweep();
  }

  /**
   * Sweeps unless another instance is. Every instance has the nightly schedule; two at once would
   * do no harm, as each step is safe to repeat, but one would count the other's erasures as
   * failures. The lock is PostgreSQL's, on a connection held for the sweep, so it is let go even if
   * this instance dies.
   */
  public synchronized Result sweep() {
    try (Connection lock = jdbc.getDataSource().getConnection()) {
      if (!advisory(lock, "pg_try_advisory_lock")) {
        log.info("Retention sweep: another instance is sweeping; this one did nothing");
        return new Result(0, 0, 0, 0, List.of(), 0, true);
      }
      try {
        return sweepNow();
      } finally {
        advisory(lock, "pg_advisory_unlock");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Retention sweep could not take its lock", e);
    }
  }

  private static boolean advisory(Connection connection, String function) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?)")) {
      statement.setLong(1, SWEEP_LOCK);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() && row.getBoolean(1);
      }
    }
  }

  private Result sweepNow() {
    LocalDate today = LocalDate.now(rules.clock());
    List<Closed> closed =
        jdbc.query(
            CLOSED_RECORDS,
            (row, i) ->
                new Closed(row.getString(1), Instant.parse(row.getString(2)), row.getBoolean(3)));
    int erased = 0;
    int destroyed = 0;
    List<String> failed = new ArrayList<>();
    int keysRemoved = 0;
    for (Closed c : closed) {
      if (!today.isAfter(rules.retainUntil(c.closedAt()))) {
        continue;
      }
      try {
        if (!c.erased()) {
          commands.sendAndWait(
              GenericCommandMessage.asCommandMessage(new EraseCaseRecordCommand(c.caseId()))
                  .withMetaData(Map.of(SUBJECT, ACTOR, ROLE, ActorRole.SYSTEM.name())));
          erased++;
        }
        if (keys.destroy(c.caseId())) {
          destroyed++;
        }
        keysRemoved += jdbc.update("DELETE FROM processed_command WHERE case_id = ?", c.caseId());
        // The cached case holds names and words read with the key; it must not outlive it.
        caseFiles.remove(c.caseId());
      } catch (RuntimeException e) {
        // The next sweep tries again; one case must not hold up the others. The class only: a
        // message may carry what the failing call was given.
        failed.add(c.caseId());
        log.warn(
            "Retention sweep could not erase case {}: {}",
            c.caseId(),
            e.getClass().getSimpleName());
      }
    }
    keysRemoved +=
        jdbc.update(
            "DELETE FROM processed_command WHERE processed_at < ?",
            Timestamp.from(rules.clock().instant().minus(keepIdempotencyKeys)));
    Result result =
        new Result(
            closed.size(),
            erased,
            destroyed,
            failed.size(),
            List.copyOf(failed),
            keysRemoved,
            false);
    // Counts, and the failed cases' ids (named above): which cases were erased is in the event
    // store, not in a log.
    log.info(
        "Retention sweep: {} closed cases, {} records erased, {} keys destroyed, {} failed,"
            + " {} idempotency keys removed",
        result.closedCases(),
        result.erased(),
        result.keysDestroyed(),
        result.failed(),
        result.idempotencyKeysRemoved());
    return result;
  }

  private record Closed(String caseId, Instant closedAt, boolean erased) {}
}
