package casejourney.projections.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import casejourney.infra.embedded.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The case-event topic keeps every event, however it came to exist: replays start from it. Its
 * replication factor is the setting's, and a topic with fewer replicas is reported, on a broker of
 * one: a factor of 1 is all it can give.
 */
@ExtendWith(OutputCaptureExtension.class)
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
    new TopicCheck(admin, "casejourney.check-created", 3, "");

    assertThat(partitions("casejourney.check-created")).hasSize(3);
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

  @Test
  void a_missing_topic_is_created_with_the_replication_factor_set() throws Exception {
    new TopicCheck(admin, "casejourney.check-replicated", 2, "1");

    assertThat(partitions("casejourney.check-replicated"))
        .hasSize(2)
        .allSatisfy(partition -> assertThat(partition.replicas()).hasSize(1));
  }

  @Test
  void asking_for_more_replicas_than_there_are_brokers_is_a_warning_that_says_so_not_a_crash(
      CapturedOutput output) throws Exception {
    new TopicCheck(admin, "casejourney.check-too-many", 3, "3");

    assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS))
        .doesNotContain("casejourney.check-too-many");
    assertThat(output.getOut())
        .contains(
            "Could not create topic casejourney.check-too-many with"
                + " casejourney.topic-replication-factor=3:")
        // Kafka's own reason follows.
        .contains("only 1 broker(s)")
        .contains("Lower the setting, add brokers, or create the topic yourself.");
  }

  @Test
  void an_existing_topic_with_fewer_replicas_than_the_setting_is_warned_about(
      CapturedOutput output) {
    kafka.createTopic("casejourney.check-existing", 1);

    new TopicCheck(admin, "casejourney.check-existing", 3, "");
    assertThat(output.getOut()).doesNotContain("has replication factor");

    new TopicCheck(admin, "casejourney.check-existing", 3, "2");
    assertThat(output.getOut())
        .contains(
            "Topic casejourney.check-existing has replication factor 1, lower than"
                + " casejourney.topic-replication-factor=2");
  }

  @Test
  void a_replication_factor_that_is_not_one_stops_the_start_with_what_to_fix() {
    assertThatThrownBy(() -> new TopicCheck(admin, "casejourney.check-bad", 3, "two"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("casejourney.topic-replication-factor must be a whole number");
    assertThatThrownBy(() -> new TopicCheck(admin, "casejourney.check-bad", 3, "0"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<TopicPartitionInfo> partitions(String topic) throws Exception {
    return known(
        () ->
            admin
                .describeTopics(List.of(topic))
                .allTopicNames()
                .get(10, TimeUnit.SECONDS)
                .get(topic)
                .partitions());
  }

  private static Config config(String topic) throws Exception {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    return known(
        () ->
            admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource));
  }

  /** The controller has created the topic; the broker may not have heard of it yet. */
  private static <T> T known(Callable<T> ask) throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        return ask.call();
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || attempt == 50) {
          throw e;
        }
        Thread.sleep(100);
      }
    }
  }
}
