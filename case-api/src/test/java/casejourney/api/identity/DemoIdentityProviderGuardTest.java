package casejourney.api.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The guard against real sockets. Another organisation's provider is stood for by a small HTTP
 * server that publishes a discovery document, as Keycloak or Entra ID do, under a realm's path.
 * Against Case Journey's real demo provider: each service's DemoIdentityProviderGuardIT.
 */
class DemoIdentityProviderGuardTest {

  private static final String ISSUER_SETTING =
      "spring.security.oauth2.resourceserver.jwt.issuer-uri";

  private final Map<String, String> settings = new HashMap<>();
  private HttpServer provider;

  @AfterEach
  void stop() {
    if (provider != null) {
      provider.stop(0);
    }
  }

  @Test
  void a_provider_whose_discovery_document_has_no_demo_marker_is_trusted() throws Exception {
    String issuer = startProvider(0, "/realms/council", 200);
    settings.put(ISSUER_SETTING, issuer);

    assertThatCode(() -> guard(Duration.ofSeconds(5)).check(settings::get, ISSUER_SETTING))
        .doesNotThrowAnyException();
  }

  @Test
  void with_the_permission_nothing_is_fetched_so_an_unreachable_issuer_starts_at_once()
      throws Exception {
    settings.put(ISSUER_SETTING, "http://127.0.0.1:" + closedPort());
    settings.put(DemoIdentityProviderGuard.ALLOW_SETTING, "true");
    long started = System.nanoTime();

    assertThatCode(() -> guard(Duration.ofSeconds(30)).check(settings::get, ISSUER_SETTING))
        .doesNotThrowAnyException();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void a_provider_that_cannot_be_read_is_refused_once_the_wait_is_over_saying_what_to_set()
      throws Exception {
    settings.put(ISSUER_SETTING, "http://127.0.0.1:" + closedPort());
    long started = System.nanoTime();

    assertThatThrownBy(() -> guard(Duration.ofSeconds(1)).check(settings::get, ISSUER_SETTING))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Could not read http://127.0.0.1:")
        .hasMessageContaining("/.well-known/openid-configuration")
        .hasMessageContaining("ConnectException")
        .hasMessageContaining("set " + ISSUER_SETTING + " (environment variable OIDC_ISSUER)")
        .hasMessageContaining("casejourney.allow-demo-identity-provider=true");
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1))
        .isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void a_provider_that_comes_up_during_the_wait_is_checked_then() throws Exception {
    int port = closedPort();
    settings.put(ISSUER_SETTING, "http://127.0.0.1:" + port);
    Thread later =
        new Thread(
            () -> {
              try {
                Thread.sleep(1500);
                startProvider(port, "", 200);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    later.start();

    assertThatCode(() -> guard(Duration.ofSeconds(20)).check(settings::get, ISSUER_SETTING))
        .doesNotThrowAnyException();
    later.join();
  }

  @Test
  void an_issuer_with_no_discovery_document_is_refused_without_waiting() throws Exception {
    String issuer = startProvider(0, "/realms/council", 200);
    settings.put(ISSUER_SETTING, issuer + "/misspelt");
    long started = System.nanoTime();

    assertThatThrownBy(() -> guard(Duration.ofSeconds(30)).check(settings::get, ISSUER_SETTING))
        .hasMessageContaining("answered HTTP 404")
        .hasMessageContaining(ISSUER_SETTING);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void a_provider_answering_with_a_server_error_is_tried_again_then_refused() throws Exception {
    String issuer = startProvider(0, "", 503);
    settings.put(ISSUER_SETTING, issuer);

    assertThatThrownBy(() -> guard(Duration.ofSeconds(1)).check(settings::get, ISSUER_SETTING))
        .hasMessageContaining("Could not read")
        .hasMessageContaining("HTTP 503");
  }

  @Test
  void no_issuer_configured_means_nothing_to_check() {
    assertThatCode(() -> guard(Duration.ofSeconds(30)).check(settings::get, ISSUER_SETTING))
        .doesNotThrowAnyException();
  }

  private static DemoIdentityProviderGuard guard(Duration wait) {
    return new DemoIdentityProviderGuard(wait);
  }

  /** A provider at {@code path} whose discovery document answers {@code status}. */
  private String startProvider(int port, String path, int status) throws IOException {
    provider = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    String issuer = "http://127.0.0.1:" + provider.getAddress().getPort() + path;
    byte[] discovery =
        ("{\"issuer\": \""
                + issuer
                + "\", \"jwks_uri\": \""
                + issuer
                + "/protocol/openid-connect/certs\"}")
            .getBytes(StandardCharsets.UTF_8);
    String document = path + "/.well-known/openid-configuration";
    provider.createContext(
        "/",
        exchange -> {
          if (!exchange.getRequestURI().getPath().equals(document)) {
            exchange.sendResponseHeaders(404, -1);
          } else if (status != 200) {
            exchange.sendResponseHeaders(status, -1);
          } else {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, discovery.length);
            exchange.getResponseBody().write(discovery);
          }
          exchange.close();
        });
    provider.start();
    return issuer;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket closed = new ServerSocket(0)) {
      return closed.getLocalPort();
    }
  }
}
