package casejourney.projections.ops;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.infra.embedded.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case-event topic keeps every event, however it came to exist: replays start from it. */
class TopicCheckIT {

  @TempDir static Path directory;
  private static EmbeddedKafkaBroker kafka;
  private static Admin admin;

  @BeforeAll
  static void start() {
    kafka = EmbeddedKafkaBroker.start(0, directory);
    admin = kafka.admin();
  }

  @AfterAll
  static void stop() {
    admin.close();
    kafka.close();
  }

  @Test
  void a_missing_topic_is_created_with_its_partitions_keeping_every_event() throws Exception {
    new TopicCheck(admin, "casejourney.check-created", 3);

    assertThat(
            admin
                .describeTopics(List.of("casejourney.check-created"))
                .allTopicNames()
                .get(10, TimeUnit.SECONDS)
                .get("casejourney.check-created")
                .partitions())
        .hasSize(3);
    Config config = config("casejourney.check-created");
    assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("-1");
    assertThat(config.get(TopicConfig.RETENTION_BYTES_CONFIG).value()).isEqualTo("-1");
  }

  @Test
  void a_topic_the_embedded_broker_creates_on_first_use_keeps_every_event_too() throws Exception {
    kafka.createTopic("casejourney.check-auto", 1);

    assertThat(config("casejourney.check-auto").get(TopicConfig.RETENTION_MS_CONFIG).value())
        .isEqualTo("-1");
  }

  private static Config config(String topic) throws Exception {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    return admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
  }
}
