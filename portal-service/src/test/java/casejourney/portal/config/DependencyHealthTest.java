package casejourney.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The portal's checks of case-service and the identity provider against real sockets: one nobody
 * listens on, and one that takes the connection and never answers, as a hung server or a dropped
 * route would. Each is DOWN within its three seconds, not an exception or a wait. UP against the
 * real case-service and provider: PortalHealthIT.
 */
class DependencyHealthTest {

  private final DependencyHealth config = new DependencyHealth();

  @Test
  void a_case_service_nobody_listens_on_is_down_naming_only_the_exceptions_class()
      throws Exception {
    Health health = caseServiceHealth(closedPort());

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails()).isEqualTo(Map.of("error", "WebClientRequestException"));
  }

  @Test
  void a_case_service_that_never_answers_is_down_once_the_three_seconds_are_up() throws Exception {
    try (ServerSocket silent = new ServerSocket(0)) {
      long started = System.nanoTime();

      Health health = caseServiceHealth(silent.getLocalPort());

      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.getDetails()).isEqualTo(Map.of("error", "TimeoutException"));
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isGreaterThanOrEqualTo(DependencyHealth.TIMEOUT)
          .isLessThan(DependencyHealth.TIMEOUT.plusSeconds(2));
    }
  }

  @Test
  void an_identity_provider_nobody_listens_on_is_down_naming_only_the_exceptions_class()
      throws Exception {
    ClientRegistration registration =
        ClientRegistration.withRegistrationId(DependencyHealth.REGISTRATION)
            .clientId("portal")
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .authorizationUri("http://127.0.0.1:1/oauth2/authorize")
            .tokenUri("http://127.0.0.1:1/oauth2/token")
            .jwkSetUri("http://127.0.0.1:" + closedPort() + "/oauth2/jwks")
            .build();

    Health health =
        config
            .identityProviderHealthIndicator(
                new InMemoryReactiveClientRegistrationRepository(registration))
            .health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails()).isEqualTo(Map.of("error", "ConnectException"));
  }

  private Health caseServiceHealth(int port) {
    PortalProperties properties =
        new PortalProperties(
            "http://127.0.0.1:" + port,
            new PortalProperties.Session(null, null),
            "https://example.invalid",
            "casejourney_audit",
            Duration.ofDays(180));
    return config
        .caseServiceHealthIndicator(WebClient.builder(), properties)
        .health()
        .block(Duration.ofSeconds(10));
  }

  private static int closedPort() throws Exception {
    try (ServerSocket closed = new ServerSocket(0)) {
      return closed.getLocalPort();
    }
  }
}
