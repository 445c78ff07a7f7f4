package casejourney.projections.ops;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.InvalidReplicationFactorException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes sure the case-event topic exists before the processors start reading it, and keeps every
 * event. On a fresh stack the projections can start before case-service has published anything; a
 * processor that finds no topic backs off for up to a minute, and the first families' pages would
 * wait that long. A replay rebuilds the read models from the topic's first event, so a topic that
 * deletes old events (Kafka's default is after 7 days) would rebuild them from a fragment: the
 * topic is created to keep events for ever, and an existing topic that does not gets a warning.
 * Where the platform forbids creating topics this only warns: the processors retry until it exists.
 *
 * <p>The replication factor is {@code casejourney.topic-replication-factor}, else the broker's
 * default. A replay needs the whole topic, and refilling a topic that lost events from the event
 * store takes an operator and time (case-service's republish), so an existing topic with fewer
 * replicas than the setting asks for gets a warning too. It never stops the service: Kafka does not
 * add replicas to a topic by itself, an operator does.
 */
@Component
public class TopicCheck {

  private static final Logger log = LoggerFactory.getLogger(TopicCheck.class);

  static final Map<String, String> KEEP_FOR_EVER =
      Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1");

  public TopicCheck(
      Admin admin,
      @Value("${axon.kafka.default-topic}") String topic,
      @Value("${casejourney.topic-partitions:3}") int partitions,
      @Value("${casejourney.topic-replication-factor:}") String replicationFactor) {
    Optional<Short> replicas = replicationFactor(replicationFactor);
    try {
      if (!admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(topic)) {
        admin
            .createTopics(
                List.of(
                    new NewTopic(topic, Optional.of(partitions), replicas).configs(KEEP_FOR_EVER)))
            .all()
            .get(10, TimeUnit.SECONDS);
        log.info(
            "Created topic {} with {} partitions and replication factor {}, keeping every event",
            topic,
            partitions,
            replicas.map(String::valueOf).orElse("(the broker's default)"));
      } else {
        warnIfEventsExpire(admin, topic);
        if (replicas.isPresent()) {
          warnIfFewerReplicas(admin, topic, replicas.get());
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof InvalidReplicationFactorException) {
        log.warn(
            "Could not create topic {} with casejourney.topic-replication-factor={}: {} Lower the"
                + " setting, add brokers, or create the topic yourself.",
            topic,
            replicationFactor.trim(),
            e.getCause().getMessage());
      } else if (!(e.getCause() instanceof TopicExistsException)) {
        log.warn("Could not check or create topic {}: {}", topic, e.getCause().toString());
      }
    } catch (TimeoutException | RuntimeException e) {
      log.warn("Could not check or create topic {}", topic, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Empty (the broker's default) when unset; a setting that is no replication factor is a fault.
   */
  static Optional<Short> replicationFactor(String setting) {
    if (setting == null || setting.isBlank()) {
      return Optional.empty();
    }
    try {
      short factor = Short.parseShort(setting.trim());
      if (factor >= 1) {
        return Optional.of(factor);
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException(
        "casejourney.topic-replication-factor must be a whole number of at least 1, or unset for"
            + " the broker's default; it is '"
            + setting
            + "'");
  }

  private static void warnIfFewerReplicas(Admin admin, String topic, short wanted)
      throws InterruptedException, ExecutionException, TimeoutException {
    TopicDescription description =
        admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic);
    int fewest =
        description.partitions().stream()
            .map(TopicPartitionInfo::replicas)
            .mapToInt(List::size)
            .min()
            .orElse(wanted);
    if (fewest < wanted) {
      log.warn(
          "Topic {} has replication factor {}, lower than casejourney.topic-replication-factor={}:"
              + " losing a broker can lose events that then have to be republished from the event"
              + " store. Add replicas with kafka-reassign-partitions.sh.",
          topic,
          fewest,
          wanted);
    }
  }

  private static void warnIfEventsExpire(Admin admin, String topic)
      throws InterruptedException, ExecutionException, TimeoutException {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    Config config =
        admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
    for (String key : KEEP_FOR_EVER.keySet()) {
      ConfigEntry entry = config.get(key);
      if (entry != null && !"-1".equals(entry.value())) {
        log.warn(
            "Topic {} has {}={}: events older than that are deleted, and a replay would rebuild"
                + " the read models without them. Set it to -1.",
            topic,
            key,
            entry.value());
      }
    }
  }
}
