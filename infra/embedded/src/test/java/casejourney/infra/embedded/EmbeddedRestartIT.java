package casejourney.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data written before a stop is there after a start on the same data directory. */
class EmbeddedRestartIT {

  @TempDir Path dataDirectory;

  @Test
  void dataSurvivesRestart() throws Exception {
    String token;
    String clusterId;
    try (EmbeddedStack stack = EmbeddedStack.start(dataDirectory, EmbeddedStack.Ports.RANDOM)) {
      try (Connection connection = connect(stack)) {
        connection.createStatement().execute("create table kept (id int primary key, v text)");
        connection.createStatement().execute("insert into kept values (1, 'postgres')");
      }
      try (MongoClient client = MongoClients.create(stack.mongoConnectionString())) {
        collection(client).insertOne(new Document("_id", "kept").append("v", "mongo"));
      }
      stack.kafka().createTopic("kept", 1);
      try (KafkaProducer<String, String> producer =
          new KafkaProducer<>(
              Map.of(
                  ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                  stack.kafkaBootstrapServers(),
                  ProducerConfig.ACKS_CONFIG,
                  "all"),
              new StringSerializer(),
              new StringSerializer())) {
        producer.send(new ProducerRecord<>("kept", "k", "kafka")).get();
      }
      clusterId = stack.kafka().clusterId();
      token = stack.tokenClient().accessToken("chair");
    }

    try (EmbeddedStack stack = EmbeddedStack.start(dataDirectory, EmbeddedStack.Ports.RANDOM)) {
      try (Connection connection = connect(stack);
          ResultSet rs = connection.createStatement().executeQuery("select v from kept")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("postgres");
      }
      try (MongoClient client = MongoClients.create(stack.mongoConnectionString())) {
        Document kept = collection(client).find(new Document("_id", "kept")).first();
        assertThat(kept).isNotNull();
        assertThat(kept.getString("v")).isEqualTo("mongo");
      }
      assertThat(stack.kafka().clusterId()).isEqualTo(clusterId);
      assertThat(consumeAll(stack, "kept")).containsExactly("kafka");

      // The signing key is kept: a token from before the restart still verifies.
      SignedJWT jwt = SignedJWT.parse(token);
      JWKSet jwks = JWKSet.load(URI.create(stack.oidc().jwksUri()).toURL());
      RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
      assertThat(key).isNotNull();
      assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
    }
  }

  private static Connection connect(EmbeddedStack stack) throws Exception {
    return DriverManager.getConnection(
        stack.jdbcUrl(), EmbeddedPostgresServer.USERNAME, EmbeddedPostgresServer.PASSWORD);
  }

  private static MongoCollection<Document> collection(MongoClient client) {
    return client.getDatabase("restart").getCollection("kept");
  }

  private static List<String> consumeAll(EmbeddedStack stack, String topic) {
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "restart-it",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (values.isEmpty() && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          values.add(record.value());
        }
      }
    }
    return values;
  }
}
