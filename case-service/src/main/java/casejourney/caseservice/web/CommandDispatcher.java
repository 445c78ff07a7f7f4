package casejourney.caseservice.web;

import casejourney.api.ActorMetaData;
import casejourney.caseservice.idempotency.IdempotencyInterceptor;
import casejourney.caseservice.idempotency.ProcessedCommands;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Turns an HTTP request into a command message: who is acting (from the verified token), the ids
 * from the path, the version the client saw, and the client's command id for safe retries.
 */
@Component
class CommandDispatcher {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final Pattern KEY_PATTERN = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  private final CommandGateway gateway;
  private final ProcessedCommands processed;
  private final ObjectMapper objectMapper;

  CommandDispatcher(
      CommandGateway gateway, ProcessedCommands processed, ObjectMapper objectMapper) {
    this.gateway = gateway;
    this.processed = processed;
    this.objectMapper = objectMapper;
  }

  /**
   * Sends the command. {@code fromPath} are the ids in the URL, which win over the body (a body
   * that names a different one is refused); {@code createdIds} are id components the service fills
   * in when the client leaves them out.
   */
  <T extends Record> Mono<ResponseEntity<CommandAccepted>> dispatch(
      Jwt jwt,
      ServerWebExchange exchange,
      T body,
      Map<String, Object> fromPath,
      List<String> createdIds,
      HttpStatus status) {
    if (body == null) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "Send the command as a JSON object in the request body.");
    }
    Actor actor =
        Actor.from(jwt)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.FORBIDDEN, "Your account has no Case Journey role."));
    String key = exchange.getRequest().getHeaders().getFirst(IDEMPOTENCY_KEY);
    if (key != null && !KEY_PATTERN.matcher(key).matches()) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "The Idempotency-Key header must be 1 to 100 letters, digits, '.', '_', ':' or '-'.");
    }
    Map<String, Object> replacements = new HashMap<>();
    fromPath.forEach(
        (name, value) -> {
          Object inBody = Records.get(body, name);
          // A primitive component left out of the body reads as 0, which is not a conflict.
          boolean leftOut = inBody == null || (inBody instanceof Integer i && i == 0);
          if (!leftOut && !Objects.equals(inBody, value)) {
            throw new ResponseStatusException(
                HttpStatus.BAD_REQUEST,
                name
                    + " in the body ("
                    + inBody
                    + ") differs from the one in the address; leave"
                    + " it out of the body.");
          }
          replacements.put(name, value);
        });
    Long ifMatch = ifMatch(exchange);
    if (ifMatch != null && hasComponent(body, "expectedVersion")) {
      replacements.put("expectedVersion", ifMatch);
    }
    T addressed = Records.with(body, replacements);
    String requestHash = sha256(addressed);
    Map<String, String> ids = new LinkedHashMap<>();
    Map<String, Object> created = new HashMap<>();
    for (String idField : createdIds) {
      Object given = Records.get(addressed, idField);
      String id = given == null ? UUID.randomUUID().toString() : given.toString();
      created.put(idField, id);
      ids.put(idField, id);
    }
    T command = created.isEmpty() ? addressed : Records.with(addressed, created);
    String caseId = String.valueOf(Records.get(command, "caseId"));
    Map<String, Object> meta = new HashMap<>();
    meta.put(ActorMetaData.SUBJECT, actor.subject());
    meta.put(ActorMetaData.ROLE, actor.role().name());
    meta.put(IdempotencyInterceptor.REQUEST_HASH, requestHash);
    meta.put(IdempotencyInterceptor.ACCEPTED_IDS, json(ids));
    if (key != null) {
      meta.put(ActorMetaData.COMMAND_ID, key);
    }
    return Mono.fromCallable(() -> send(actor, key, requestHash, command, meta, caseId, ids))
        .subscribeOn(Schedulers.boundedElastic())
        .map(
            accepted ->
                ResponseEntity.status(accepted.replayed() ? HttpStatus.OK : status)
                    .eTag("\"" + accepted.version() + "\"")
                    .body(accepted));
  }

  private CommandAccepted send(
      Actor actor,
      String key,
      String requestHash,
      Object command,
      Map<String, Object> meta,
      String caseId,
      Map<String, String> ids) {
    if (key != null) {
      var earlier = processed.find(actor.subject(), key);
      if (earlier.isPresent()) {
        return replay(earlier.get(), requestHash);
      }
    }
    Object result;
    try {
      result =
          gateway.sendAndWait(
              GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(meta)));
    } catch (DuplicateKeyException raced) {
      if (key == null) {
        throw raced;
      }
      return replay(processed.find(actor.subject(), key).orElseThrow(() -> raced), requestHash);
    }
    long version = result instanceof Long v ? v : 0L;
    return new CommandAccepted(caseId, version, ids, false);
  }

  private CommandAccepted replay(ProcessedCommands.Processed earlier, String requestHash) {
    if (!earlier.requestHash().equals(requestHash)) {
      throw new ResponseStatusException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "This Idempotency-Key was already used for a different request. Use a new key for a new"
              + " request.");
    }
    try {
      @SuppressWarnings("unchecked")
      Map<String, String> ids = objectMapper.readValue(earlier.acceptedIds(), Map.class);
      return new CommandAccepted(earlier.caseId(), earlier.caseVersion(), ids, true);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored command result is unreadable", e);
    }
  }

  private static Long ifMatch(ServerWebExchange exchange) {
    String value = exchange.getRequest().getHeaders().getFirst("If-Match");
    if (value == null) {
      return null;
    }
    String digits = value.replace("W/", "").replace("\"", "").trim();
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "If-Match must be the case version you saw, as returned in the ETag header, e.g. \"3\".");
    }
  }

  private static boolean hasComponent(Record record, String name) {
    for (var c : record.getClass().getRecordComponents()) {
      if (c.getName().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private String json(Object value) {
    try {
      return objectMapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String sha256(Object command) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(json(command).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
