package casejourney.caseservice.api;

import casejourney.infra.embedded.EmbeddedStack;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Runs case-service against the real embedded stack: PostgreSQL, the Kafka broker and the OIDC
 * provider, with tokens obtained through the provider's real sign-in flow.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ApiTestSupport.Clocks.class)
// Metrics are exported in tests too, so /actuator/prometheus is served as in production.
@AutoConfigureObservability(tracing = false)
abstract class ApiTestSupport {

  static final EmbeddedStack STACK = EmbeddedStack.shared();
  static final String TOPIC = "casejourney.case-events.v1";

  @DynamicPropertySource
  static void stack(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", STACK::jdbcUrl);
    registry.add("casejourney.kafka.bootstrap-servers", STACK::kafkaBootstrapServers);
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", STACK::issuer);
    registry.add(
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
        () -> STACK.issuer() + "/oauth2/jwks");
  }

  @TestConfiguration
  static class Clocks {
    @Bean
    @Primary
    MutableClock testClock() {
      return new MutableClock(LocalDateTime.of(2026, 3, 2, 9, 0));
    }
  }

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired JdbcTemplate jdbc;

  WebTestClient client() {
    return WebTestClient.bindToServer()
        .baseUrl("http://localhost:" + port)
        .responseTimeout(Duration.ofSeconds(30))
        .build();
  }

  /** POSTs JSON as a demo user (null: no token); extra headers as name/value pairs. */
  WebTestClient.ResponseSpec post(String user, String path, String json, String... headers) {
    var spec = client().post().uri(path).contentType(MediaType.APPLICATION_JSON);
    if (user != null) {
      spec = spec.header("Authorization", STACK.tokenClient().bearer(user));
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      spec = spec.header(headers[i], headers[i + 1]);
    }
    return spec.bodyValue(json).exchange();
  }

  long storedEvents(String caseId) {
    Long count =
        jdbc.queryForObject(
            "select count(*) from domain_event_entry where aggregate_identifier = ?",
            Long.class,
            caseId);
    return count == null ? 0 : count;
  }

  @SuppressWarnings("unchecked")
  static String id(Map<String, Object> accepted, String name) {
    if ("caseId".equals(name)) {
      return (String) accepted.get("caseId");
    }
    return ((Map<String, String>) accepted.get("ids")).get(name);
  }
}
