package casejourney.projections.ops;

import com.mongodb.client.MongoDatabase;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Health is UP only when both the read-model database and the event topic's broker answer. */
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
}
