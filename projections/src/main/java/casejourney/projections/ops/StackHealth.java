package casejourney.projections.ops;

import casejourney.api.personal.KeyDatabase;
import casejourney.api.personal.KeyDatabaseProbe;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health is UP only when the read-model database, the event topic's broker and the key database all
 * answer: without keys no sealed event can be handled.
 */
@Configuration(proxyBeanMethods = false)
public class StackHealth {

  @Bean
  HealthIndicator mongoHealthIndicator(MongoDatabase readModelDatabase) {
    return () -> {
      try {
        readModelDatabase.runCommand(new Document("ping", 1));
        return Health.up().withDetail("database", readModelDatabase.getName()).build();
      } catch (RuntimeException e) {
        return Health.down(e).build();
      }
    };
  }

  @Bean
  HealthIndicator kafkaHealthIndicator(Admin admin) {
    return () -> {
      try {
        int nodes =
            admin
                .describeCluster(new DescribeClusterOptions().timeoutMs(2000))
                .nodes()
                .get(3, TimeUnit.SECONDS)
                .size();
        return Health.up().withDetail("brokers", nodes).build();
      } catch (Exception e) {
        return Health.down(e).build();
      }
    };
  }

  @Bean
  KeyDatabaseProbe keyDatabaseProbe(KeyDatabase keyDatabase) {
    return keyDatabase.probe(Duration.ofSeconds(3));
  }

  /**
   * Named {@code caseKeys}. Only the exception's class, unlike the checks above: a driver's message
   * names the server and the database role.
   */
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
