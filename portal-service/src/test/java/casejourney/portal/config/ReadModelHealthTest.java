package casejourney.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** The read models' check against a MongoDB nobody listens on: DOWN in three seconds, not 30. */
class ReadModelHealthTest {

  @Test
  void a_mongodb_nobody_listens_on_is_down_within_the_three_seconds() throws Exception {
    int port;
    try (ServerSocket closed = new ServerSocket(0)) {
      port = closed.getLocalPort();
    }
    try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
      long started = System.nanoTime();

      Health health =
          new ReadModelHealth()
              .mongoHealthIndicator(new ReactiveMongoTemplate(client, "casejourney"))
              .health()
              .block(Duration.ofSeconds(10));

      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isLessThan(ReadModelHealth.TIMEOUT.plusSeconds(2));
    }
  }
}
