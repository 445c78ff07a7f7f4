package casejourney.portal.commands;

import casejourney.portal.config.PortalProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;

/**
 * Token relay: a browser session's access token comes from the authorized client (refreshed when
 * needed); an API caller's own bearer token is passed on. case-service then applies its own rules
 * with the person's identity, so the portal cannot act beyond what the person may do.
 */
@Component
class HttpCaseCommands implements CaseCommands {

  private static final Logger LOG = LoggerFactory.getLogger(HttpCaseCommands.class);
  static final String REGISTRATION = "casejourney";

  private final WebClient client;

  /** Opening a case posts to the collection itself: case-service does not match a trailing "/". */
  private final String casesUrl;

  HttpCaseCommands(
      WebClient.Builder builder,
      PortalProperties properties,
      ReactiveOAuth2AuthorizedClientManager clients) {
    this.casesUrl = properties.caseServiceUrl() + "/api/cases";
    this.client =
        builder
            .baseUrl(properties.caseServiceUrl() + "/api/cases/")
            .filter(new ServerOAuth2AuthorizedClientExchangeFilterFunction(clients))
            .build();
  }

  @Override
  public Mono<CommandOutcome> send(
      Authentication user, String path, Object body, String idempotencyKey) {
    WebClient.RequestBodySpec request =
        client
            .post()
            .uri(path.isEmpty() ? casesUrl : path)
            .contentType(MediaType.APPLICATION_JSON)
            .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
    if (user instanceof JwtAuthenticationToken jwt) {
      request = request.headers(h -> h.setBearerAuth(jwt.getToken().getTokenValue()));
    } else {
      request =
          request.attributes(
              ServerOAuth2AuthorizedClientExchangeFilterFunction.clientRegistrationId(
                  REGISTRATION));
    }
    if (idempotencyKey != null && !idempotencyKey.isBlank()) {
      request = request.header("Idempotency-Key", idempotencyKey);
    }
    return request
        .bodyValue(body)
        .exchangeToMono(
            response ->
                response.statusCode().is2xxSuccessful()
                    ? response
                        .bodyToMono(JsonNode.class)
                        .map(
                            json ->
                                (CommandOutcome)
                                    new CommandOutcome.Accepted(json.path("version").asLong()))
                        .defaultIfEmpty(new CommandOutcome.Accepted(0))
                    : response
                        .bodyToMono(JsonNode.class)
                        .map(json -> (CommandOutcome) refused(response.statusCode().value(), json))
                        .defaultIfEmpty(
                            (CommandOutcome)
                                new CommandOutcome.Refused(
                                    response.statusCode().value(), "", List.of())))
        .timeout(Duration.ofSeconds(10))
        .onErrorResume(
            e ->
                e instanceof WebClientRequestException
                    || e instanceof java.util.concurrent.TimeoutException,
            e -> {
              // Path only: it holds case ids, never names or the words people wrote.
              LOG.warn("case-service unreachable for {}: {}", path, e.toString());
              return Mono.just(new CommandOutcome.Refused(503, "", List.of()));
            });
  }

  static CommandOutcome.Refused refused(int status, JsonNode problem) {
    List<CommandOutcome.FieldError> errors = new ArrayList<>();
    for (JsonNode error : problem.path("errors")) {
      errors.add(
          new CommandOutcome.FieldError(
              error.path("field").asText(""), error.path("message").asText("")));
    }
    return new CommandOutcome.Refused(status, problem.path("detail").asText(""), errors);
  }
}
