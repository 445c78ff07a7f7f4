package casejourney.projections.ops;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes sure the case-event topic exists before the processors start reading it. On a fresh stack
 * the projections can start before case-service has published anything; a processor that finds no
 * topic backs off for up to a minute, and the first families' pages would wait that long. Where the
 * platform forbids creating topics this only warns: the processors retry until it exists.
 */
@Component
public class TopicCheck {

  private static final Logger log = LoggerFactory.getLogger(TopicCheck.class);

  public TopicCheck(
      Admin admin,
      @Value("${axon.kafka.default-topic}") String topic,
      @Value("${casejourney.topic-partitions:3}") int partitions) {
    try {
      if (!admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(topic)) {
        admin
            .createTopics(List.of(new NewTopic(topic, Optional.of(partitions), Optional.empty())))
            .all()
            .get(10, TimeUnit.SECONDS);
        log.info("Created topic {} with {} partitions", topic, partitions);
      }
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        log.warn("Could not check or create topic {}: {}", topic, e.getCause().toString());
      }
    } catch (TimeoutException | RuntimeException e) {
      log.warn("Could not check or create topic {}", topic, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
