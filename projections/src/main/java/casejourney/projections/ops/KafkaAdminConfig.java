package casejourney.projections.ops;

import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One Kafka admin client for the topic check at start and the health probe. An admin client holds
 * connections and a thread; opening one per probe cost a new connection to the broker every time
 * health was asked for. Calls that must answer sooner (health) set their own timeout.
 */
@Configuration(proxyBeanMethods = false)
class KafkaAdminConfig {

  @Bean(destroyMethod = "close")
  Admin kafkaAdmin(@Value("${axon.kafka.bootstrap-servers}") String servers) {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            servers,
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
            5_000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            10_000,
            AdminClientConfig.CLIENT_ID_CONFIG,
            "projections-admin"));
  }
}
