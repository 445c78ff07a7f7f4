package casejourney.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.infra.embedded.EmbeddedStack;
import casejourney.infra.embedded.FreePorts;
import casejourney.infra.embedded.ServiceProcess;
import casejourney.portal.PortalApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.embedded.netty.NettyReactiveWebServerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's health against the real pieces: the embedded stack's MongoDB and OIDC provider, and
 * case-service as its own process, which the second test stops. The overall health then shows
 * case-service DOWN, while liveness and readiness, the portal's own state, stay UP.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalHealthIT {

  /**
   * The portal on Reactor Netty, as in production. Without this it would run on Tomcat, which
   * infra-embedded puts on the test classpath, and Reactor's shared threads made while it answers
   * would keep its class loader after it stops here: the browser tests' portal, later in this JVM,
   * then fails to load its templates on those threads.
   */
  @Configuration(proxyBeanMethods = false)
  static class NettyServer {
    @Bean
    NettyReactiveWebServerFactory nettyServer() {
      return new NettyReactiveWebServerFactory();
    }
  }

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  static EmbeddedStack stack;
  static ServiceProcess caseService;
  static ConfigurableApplicationContext portal;
  static String portalUrl;
  static int casePort;

  @BeforeAll
  static void start() throws Exception {
    stack = EmbeddedStack.startTemporary();
    casePort = FreePorts.free();
    Path logs = Files.createTempDirectory("portal-health-");
    Map<String, String> env = new HashMap<>();
    env.put("CASE_DB_URL", stack.jdbcUrl());
    env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers());
    env.put("OIDC_ISSUER", stack.issuer());
    env.put("ALLOW_DEMO_IDENTITY_PROVIDER", "true");
    env.put("CASE_SERVICE_PORT", String.valueOf(casePort));
    env.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
    caseService =
        ServiceProcess.start("case-service", Path.of("").toAbsolutePath().getParent(), env, logs);
    int portalPort = FreePorts.free();
    portalUrl = "http://127.0.0.1:" + portalPort;
    portal =
        new SpringApplicationBuilder(PortalApplication.class, NettyServer.class)
            .run(
                "--server.port=" + portalPort,
                "--spring.data.mongodb.uri=" + stack.mongoConnectionString() + "/casejourney",
                "--spring.security.oauth2.client.provider.casejourney.issuer-uri=" + stack.issuer(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + stack.issuer(),
                "--portal.case-service-url=http://127.0.0.1:" + casePort);
    caseService.awaitHealthy("http://127.0.0.1:" + casePort + "/actuator/health");
  }

  @AfterAll
  static void stop() {
    if (portal != null) {
      portal.close();
    }
    if (caseService != null) {
      caseService.stop();
    }
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  @Order(1)
  void health_shows_case_service_the_identity_provider_and_the_read_models_up() throws Exception {
    HttpResponse<String> health = get("/actuator/health");

    assertThat(health.statusCode()).isEqualTo(200);
    JsonNode body = new ObjectMapper().readTree(health.body());
    assertThat(body.path("status").asText()).isEqualTo("UP");
    assertThat(status(body, "caseService")).isEqualTo("UP");
    assertThat(status(body, "identityProvider")).isEqualTo("UP");
    assertThat(status(body, "mongo")).isEqualTo("UP");
    // Statuses only: no details, so no address, host or port of anything.
    assertThat(health.body())
        .doesNotContain("details")
        .doesNotContain("127.0.0.1")
        .doesNotContain("localhost");
  }

  @Test
  @Order(2)
  void with_case_service_gone_health_says_so_while_liveness_and_readiness_stay_up()
      throws Exception {
    caseService.stop();

    long started = System.nanoTime();
    HttpResponse<String> health = get("/actuator/health");

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(health.statusCode()).isEqualTo(503);
    JsonNode body = new ObjectMapper().readTree(health.body());
    assertThat(body.path("status").asText()).isEqualTo("DOWN");
    assertThat(status(body, "caseService")).isEqualTo("DOWN");
    assertThat(status(body, "identityProvider")).isEqualTo("UP");
    assertThat(status(body, "mongo")).isEqualTo("UP");
    assertThat(health.body()).doesNotContain("details").doesNotContain(String.valueOf(casePort));

    for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
      HttpResponse<String> answer = get(probe);
      assertThat(answer.statusCode()).as(probe).isEqualTo(200);
      JsonNode state = new ObjectMapper().readTree(answer.body());
      assertThat(state.path("status").asText()).as(probe).isEqualTo("UP");
      assertThat(state.path("components").has("caseService")).as(probe).isFalse();
      assertThat(state.path("components").has("identityProvider")).as(probe).isFalse();
    }
  }

  private static String status(JsonNode health, String component) {
    return health.path("components").path(component).path("status").asText();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(portalUrl + path))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
