package casejourney.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedStackIT {

  private static EmbeddedStack stack;

  @BeforeAll
  static void startStack() {
    stack = EmbeddedStack.shared();
    System.out.println("Embedded stack startup: " + stack.startupMillis() + " ms");
  }

  @Test
  void postgresAnswersSelectOne() throws Exception {
    try (Connection connection =
            DriverManager.getConnection(
                stack.jdbcUrl(), EmbeddedPostgresServer.USERNAME, EmbeddedPostgresServer.PASSWORD);
        ResultSet rs =
            connection.createStatement().executeQuery("select 1, current_database(), version()")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(1);
      assertThat(rs.getString(2)).isEqualTo(EmbeddedPostgresServer.DEFAULT_DATABASE);
      assertThat(rs.getString(3)).startsWith("PostgreSQL 17.");
    }
  }

  @Test
  void mongoInsertsAndFinds() {
    try (MongoClient client = MongoClients.create(stack.mongoConnectionString())) {
      MongoCollection<Document> views = client.getDatabase("it").getCollection("views");
      String id = UUID.randomUUID().toString();
      views.insertOne(new Document("_id", id).append("title", "hello"));
      Document found = views.find(new Document("_id", id)).first();
      assertThat(found).isNotNull();
      assertThat(found.getString("title")).isEqualTo("hello");
    }
  }

  @Test
  void kafkaRoundTrip() throws Exception {
    String topic = "it-round-trip-" + UUID.randomUUID();
    assertThat(stack.kafka().createTopic(topic, 2)).isTrue();
    assertThat(stack.kafka().createTopic(topic, 2)).isFalse();
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new StringSerializer(),
            new StringSerializer())) {
      producer.send(new ProducerRecord<>(topic, "case-1", "opened")).get();
    }
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      ConsumerRecord<String, String> received = null;
      while (received == null && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          received = record;
        }
      }
      assertThat(received).isNotNull();
      assertThat(received.key()).isEqualTo("case-1");
      assertThat(received.value()).isEqualTo("opened");
    }
  }

  @Test
  void tokenClientGetsASignedTokenWithRoles() throws Exception {
    TokenClient tokens = stack.tokenClient();
    String token = tokens.accessToken("parent-a");

    String[] parts = token.split("\\.");
    assertThat(parts).hasSize(3);
    JsonNode payload = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
    assertThat(payload.path("sub").asText()).isEqualTo("parent-a");
    assertThat(payload.path("preferred_username").asText()).isEqualTo("parent-a");
    assertThat(payload.path("roles").isArray()).isTrue();
    assertThat(payload.path("roles")).hasSize(1);
    assertThat(payload.path("roles").get(0).asText()).isEqualTo("PARENT");
    assertThat(payload.path("iss").asText()).isEqualTo(stack.issuer());

    SignedJWT jwt = SignedJWT.parse(token);
    JWKSet jwks = JWKSet.load(URI.create(stack.oidc().jwksUri()).toURL());
    RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
    assertThat(key).isNotNull();
    assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();

    assertThat(tokens.accessToken("parent-a")).as("cached").isEqualTo(token);
    String worker = tokens.accessToken("worker");
    assertThat(SignedJWT.parse(worker).getJWTClaimsSet().getStringListClaim("roles"))
        .containsExactly("WORKER");
    assertThat(
            SignedJWT.parse(tokens.token("worker", "demo").idToken())
                .getJWTClaimsSet()
                .getStringListClaim("roles"))
        .containsExactly("WORKER");
  }

  @Test
  void wrongPasswordIsRejected() {
    assertThatThrownBy(() -> new TokenClient(stack.issuer()).accessToken("chair", "wrong"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("login failed");
  }

  @Test
  void discoveryDocumentNamesTheActualIssuer() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(stack.issuer() + "/.well-known/openid-configuration"))
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode discovery = new ObjectMapper().readTree(response.body());
    assertThat(discovery.path("issuer").asText()).isEqualTo(stack.issuer());
    assertThat(discovery.path("jwks_uri").asText()).isEqualTo(stack.oidc().jwksUri());
    assertThat(discovery.path("end_session_endpoint").asText()).isNotEmpty();
  }
}
