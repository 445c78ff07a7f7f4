package casejourney.portal.config;

import casejourney.api.identity.IdentityProviderProbe;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Health shows whether the portal reaches what it needs beyond its read models: case-service, where
 * every command goes, and the identity provider, whose keys check every sign-in. Both are in the
 * overall health only, not in the liveness or readiness group (application.yml): without
 * case-service the portal still shows every reading page, and people signed in keep their sessions
 * while the provider is away, so restarting the portal or taking it out of the load balancer would
 * take those away too. Each check gives up after three seconds; a DOWN names only a status or the
 * exception's class, never an address.
 */
@Configuration(proxyBeanMethods = false)
class DependencyHealth {

  static final Duration TIMEOUT = Duration.ofSeconds(3);

  /** The portal's sign-in registration, {@code spring.security.oauth2.client.registration.*}. */
  static final String REGISTRATION = "casejourney";

  /** Named {@code caseService}: UP when case-service says it is ready for commands. */
  @Bean
  ReactiveHealthIndicator caseServiceHealthIndicator(
      WebClient.Builder builder, PortalProperties properties) {
    WebClient client = builder.baseUrl(properties.caseServiceUrl()).build();
    return () ->
        client
            .get()
            .uri("/actuator/health/readiness")
            .accept(MediaType.APPLICATION_JSON)
            .exchangeToMono(
                response ->
                    response
                        .bodyToMono(JsonNode.class)
                        .map(body -> body.path("status").asText(""))
                        .defaultIfEmpty("")
                        .map(
                            status ->
                                response.statusCode().is2xxSuccessful() && status.equals("UP")
                                    ? Health.up().build()
                                    : Health.down()
                                        .withDetail(
                                            "readiness",
                                            status.isEmpty()
                                                ? "HTTP " + response.statusCode().value()
                                                : status)
                                        .build()))
            .timeout(TIMEOUT)
            .onErrorResume(
                e ->
                    Mono.just(
                        Health.down().withDetail("error", e.getClass().getSimpleName()).build()));
  }

  /**
   * Named {@code identityProvider}: fetches the provider's keys, as case-service's check does, from
   * the key set the portal discovered from the provider when it started.
   */
  @Bean
  HealthIndicator identityProviderHealthIndicator(
      ReactiveClientRegistrationRepository registrations) {
    // Boot's repository holds the registrations in memory: this does not wait on anything.
    ClientRegistration registration =
        registrations
            .findByRegistrationId(REGISTRATION)
            .blockOptional(TIMEOUT)
            .orElseThrow(
                () -> new IllegalStateException("No sign-in registration " + REGISTRATION));
    IdentityProviderProbe probe =
        new IdentityProviderProbe(
            URI.create(registration.getProviderDetails().getJwkSetUri()), TIMEOUT);
    return () -> {
      String failure = probe.failure();
      return failure == null
          ? Health.up().build()
          : Health.down().withDetail("error", failure).build();
    };
  }
}
