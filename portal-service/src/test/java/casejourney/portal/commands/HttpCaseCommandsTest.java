package casejourney.portal.commands;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.portal.config.PortalProperties;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * Where the relay sends a command: case-service matches {@code /api/cases} exactly, so opening a
 * case must not go to {@code /api/cases/}, and every other command goes below it.
 */
class HttpCaseCommandsTest {

  private final List<String> paths = new CopyOnWriteArrayList<>();
  private DisposableServer caseService;
  private HttpCaseCommands commands;

  @BeforeEach
  void start() {
    caseService =
        HttpServer.create()
            .port(0)
            .handle(
                (request, response) -> {
                  paths.add(request.uri());
                  return response
                      .header("Content-Type", "application/json")
                      .sendString(Mono.just("{\"version\": 3}"));
                })
            .bindNow();
    PortalProperties properties =
        new PortalProperties(
            "http://127.0.0.1:" + caseService.port(),
            new PortalProperties.Session(null, null),
            "https://example.invalid",
            "casejourney_audit",
            java.time.Duration.ofDays(180));
    commands = new HttpCaseCommands(WebClient.builder(), properties, request -> Mono.empty());
  }

  @AfterEach
  void stop() {
    caseService.disposeNow();
  }

  private static JwtAuthenticationToken caller() {
    Jwt jwt =
        Jwt.withTokenValue("token")
            .header("alg", "none")
            .subject("worker")
            .claim("roles", List.of("WORKER"))
            .build();
    return new JwtAuthenticationToken(jwt);
  }

  @Test
  void opening_a_case_posts_to_the_cases_themselves_and_other_commands_below_them() {
    assertThat(commands.send(caller(), "", Map.of("nation", "WALES"), "k-1").block())
        .isEqualTo(new CommandOutcome.Accepted(3));
    assertThat(commands.send(caller(), "c-1/closure", Map.of(), "k-2").block())
        .isEqualTo(new CommandOutcome.Accepted(3));
    assertThat(paths).containsExactly("/api/cases", "/api/cases/c-1/closure");
  }
}
