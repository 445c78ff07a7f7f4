package casejourney.caseservice.config;

import casejourney.api.identity.IdentityProviderProbe;
import casejourney.api.personal.KeyDatabase;
import casejourney.api.personal.KeyDatabaseProbe;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health is UP only when what this service needs is reachable: PostgreSQL (Boot's own indicator),
 * the key database (which may be apart from it, ADR 0011), the Kafka broker that receives published
 * events, and the identity provider whose keys verify tokens.
 */
@Configuration(proxyBeanMethods = false)
class DependencyHealthConfig {

  @Bean(destroyMethod = "close")
  Admin kafkaHealthAdmin(@Value("${casejourney.kafka.bootstrap-servers}") String bootstrapServers) {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
            3000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            3000,
            AdminClientConfig.CLIENT_ID_CONFIG,
            "case-service-health"));
  }

  @Bean
  HealthIndicator kafka(Admin kafkaHealthAdmin) {
    return () -> {
      try {
        int nodes =
            kafkaHealthAdmin
                .describeCluster(new DescribeClusterOptions().timeoutMs(3000))
                .nodes()
                .get(4, TimeUnit.SECONDS)
                .size();
        return nodes > 0 ? Health.up().build() : Health.down().build();
      } catch (Exception e) {
        return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
      }
    };
  }

  /** The same check as the portal's ({@link IdentityProviderProbe}). */
  @Bean
  HealthIndicator identityProvider(
      @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") URI jwks) {
    IdentityProviderProbe probe = new IdentityProviderProbe(jwks, Duration.ofSeconds(3));
    return () -> {
      String failure = probe.failure();
      return failure == null
          ? Health.up().build()
          : Health.down().withDetail("error", failure).build();
    };
  }

  @Bean
  KeyDatabaseProbe keyDatabaseProbe(KeyDatabase keyDatabase) {
    return keyDatabase.probe(Duration.ofSeconds(3));
  }

  /** Named {@code caseKeys}. Only the exception's class: a driver's message may name the server. */
  @Bean
  HealthIndicator caseKeysHealthIndicator(KeyDatabaseProbe keyDatabaseProbe) {
    return () -> {
      String failure = keyDatabaseProbe.failure();
      return failure == null
          ? Health.up().build()
          : Health.down().withDetail("error", failure).build();
    };
  }
}
