package casejourney.caseservice.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.timeout.UnitOfWorkTimeoutInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * How Axon calls a command handler in the running service: without the per-handler timer (it
 * captured the whole stack on every call, ADR 0007, seventh pass), and still inside the command's
 * own timer, so a command that hangs is warned about and interrupted.
 */
@Import(CommandTimersIT.Probe.Config.class)
class CommandTimersIT extends ApiTestSupport {

  record RecordCallPath(String label) {}

  static class Probe {
    final List<String> callers = new CopyOnWriteArrayList<>();

    @CommandHandler
    public String handle(RecordCallPath command) {
      callers.clear();
      StackWalker.getInstance().forEach(frame -> callers.add(frame.getClassName()));
      return command.label();
    }

    @TestConfiguration
    static class Config {
      @Bean
      Probe callPathProbe() {
        return new Probe();
      }
    }
  }

  @Autowired CommandGateway commands;
  @Autowired Probe probe;

  @Test
  void commandHandlersRunWithoutAPerHandlerTimerButUnderTheCommandsTimer() {
    String answer = commands.sendAndWait(new RecordCallPath("probe"));

    assertThat(answer).isEqualTo("probe");
    assertThat(probe.callers)
        .as("classes on the handler's call path")
        .isNotEmpty()
        .doesNotContain("org.axonframework.messaging.timeout.TimeoutWrappedMessageHandlingMember")
        .contains(UnitOfWorkTimeoutInterceptor.class.getName());
  }
}
