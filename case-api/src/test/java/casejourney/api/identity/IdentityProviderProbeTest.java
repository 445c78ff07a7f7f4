package casejourney.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The identity provider's health check against real sockets: one nobody listens on, one that takes
 * the connection and never answers, and a server that answers with an error. Against the real
 * provider it is UP: case-service's HealthIT and the portal's PortalHealthIT.
 */
class IdentityProviderProbeTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(1);

  @Test
  void a_provider_nobody_listens_on_fails_naming_only_the_exceptions_class() throws Exception {
    int port;
    try (ServerSocket closed = new ServerSocket(0)) {
      port = closed.getLocalPort();
    }

    assertThat(probe(port).failure()).isEqualTo("ConnectException");
  }

  @Test
  void a_provider_that_never_answers_fails_once_the_timeout_is_up_rather_than_hang()
      throws Exception {
    try (ServerSocket silent = new ServerSocket(0)) {
      long started = System.nanoTime();

      String failure = probe(silent.getLocalPort()).failure();

      assertThat(failure).endsWith("TimeoutException");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }
  }

  @Test
  void a_provider_that_answers_with_an_error_fails_with_the_status() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          exchange.sendResponseHeaders(503, -1);
          exchange.close();
        });
    server.start();
    try {
      assertThat(probe(server.getAddress().getPort()).failure()).isEqualTo("HTTP 503");
    } finally {
      server.stop(0);
    }
  }

  private static IdentityProviderProbe probe(int port) {
    return new IdentityProviderProbe(
        URI.create("http://127.0.0.1:" + port + "/oauth2/jwks"), TIMEOUT);
  }
}
