package casejourney.projections.config;

import casejourney.projections.ProcessingGroups;
import casejourney.projections.ops.ProjectionInterceptor;
import casejourney.projections.store.MongoViewStore;
import casejourney.projections.store.Prefetching;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * Every processing group: handler errors propagate into a dead-letter queue sequenced by case, so a
 * failing case waits behind its dead letter while other cases keep flowing; unknown event types are
 * skipped and counted; each batch's documents are written before its token.
 */
@Configuration(proxyBeanMethods = false)
public class ProcessingConfig {

  @Autowired
  void configure(
      EventProcessingConfigurer processing,
      MongoTemplate axonMongoTemplate,
      MongoViewStore store,
      MeterRegistry meters,
      List<Prefetching> projections) {
    Map<String, Prefetching> prefetching = new HashMap<>();
    for (Prefetching projection : projections) {
      ProcessingGroup group =
          AnnotationUtils.findAnnotation(
              AopUtils.getTargetClass(projection), ProcessingGroup.class);
      prefetching.put(group.value(), projection);
    }
    // A case's events in order, and its dead letters kept together: one policy for both, and for
    // the interceptor that finds an erased case's letters.
    SequencingPolicy<? super EventMessage<?>> byCase = SequentialPerAggregatePolicy.instance();
    for (String group : ProcessingGroups.ALL) {
      processing
          .registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance())
          .registerSequencingPolicy(group, c -> byCase)
          .registerDeadLetterQueue(
              group,
              c ->
                  MongoSequencedDeadLetterQueue.builder()
                      .processingGroup(group)
                      .mongoTemplate(axonMongoTemplate)
                      .serializer(c.eventSerializer())
                      .build())
          // Without the cache every event costs a query to ask whether its case is dead-lettered.
          // A replay clears the queue: it handles every event again from the start, so the old
          // letters are superseded, and left in place they would hold up their cases' replayed
          // events behind them. A fault that remains dead-letters the events again.
          .registerDeadLetteringEventHandlerInvokerConfiguration(
              group,
              (c, builder) ->
                  builder
                      .enableSequenceIdentifierCache()
                      .sequenceIdentifierCacheSize(100_000)
                      .allowReset(true))
          .registerHandlerInterceptor(
              group,
              c ->
                  new ProjectionInterceptor(
                      group,
                      store,
                      prefetching.get(group),
                      meters,
                      byCase,
                      () -> c.eventProcessingConfiguration().deadLetterQueue(group)));
    }
  }
}
