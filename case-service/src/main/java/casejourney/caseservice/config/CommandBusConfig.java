package casejourney.caseservice.config;

import casejourney.caseservice.idempotency.IdempotencyInterceptor;
import casejourney.caseservice.idempotency.ProcessedCommands;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommandBusConfig {

  /** Handler interceptors run inside the unit of work's transaction, which is what this needs. */
  @Autowired
  void registerIdempotency(CommandBus commandBus, ProcessedCommands processed) {
    commandBus.registerHandlerInterceptor(new IdempotencyInterceptor(processed));
  }
}
