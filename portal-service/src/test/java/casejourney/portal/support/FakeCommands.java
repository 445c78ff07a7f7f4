package casejourney.portal.support;

import casejourney.portal.commands.CaseCommands;
import casejourney.portal.commands.CommandOutcome;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.security.core.Authentication;
import reactor.core.publisher.Mono;

/** Records commands instead of sending them; answers with {@link #next} (accepted by default). */
public class FakeCommands implements CaseCommands {

  public record Sent(String subject, String path, Object body, String idempotencyKey) {}

  public final List<Sent> sent = new CopyOnWriteArrayList<>();
  public volatile CommandOutcome next = new CommandOutcome.Accepted(1);

  @Override
  public Mono<CommandOutcome> send(
      Authentication user, String path, Object body, String idempotencyKey) {
    sent.add(new Sent(user.getName(), path, body, idempotencyKey));
    return Mono.just(next);
  }

  public void reset() {
    sent.clear();
    next = new CommandOutcome.Accepted(1);
  }
}
