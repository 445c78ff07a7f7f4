package casejourney.caseservice.idempotency;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The record of client-supplied command ids already handled, per signed-in subject. */
@Repository
public class ProcessedCommands {

  /** What the first request with a command id produced. */
  public record Processed(
      String requestHash, String caseId, long caseVersion, String acceptedIds) {}

  private final JdbcTemplate jdbc;

  ProcessedCommands(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Processed> find(String actorSub, String commandId) {
    List<Processed> rows =
        jdbc.query(
            "select request_hash, case_id, case_version, accepted_ids from processed_command"
                + " where actor_sub = ? and command_id = ?",
            (rs, i) ->
                new Processed(
                    rs.getString(1).trim(), rs.getString(2), rs.getLong(3), rs.getString(4)),
            actorSub,
            commandId);
    return rows.stream().findFirst();
  }

  /** Must run inside the command's transaction; a duplicate id fails and rolls the events back. */
  void insert(String actorSub, String commandId, Processed processed) {
    jdbc.update(
        "insert into processed_command"
            + " (actor_sub, command_id, request_hash, case_id, case_version, accepted_ids)"
            + " values (?, ?, ?, ?, ?, ?)",
        actorSub,
        commandId,
        processed.requestHash(),
        processed.caseId(),
        processed.caseVersion(),
        processed.acceptedIds());
  }
}
