package casejourney.caseservice.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;

/**
 * Health names every dependency, the key database and the identity provider among them, and is open
 * to anyone.
 */
class HealthIT extends ApiTestSupport {

  @Autowired HealthEndpoint health;

  @Test
  void health_is_up_with_the_key_database_and_the_identity_provider_checked() {
    client()
        .get()
        .uri("/actuator/health")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP");
    // Details are hidden over HTTP (show-details: never), so the component is asked directly.
    assertThat(health.healthForPath("caseKeys").getStatus()).isEqualTo(Status.UP);
    // Fetches the real provider's keys (IdentityProviderProbe, which the portal's check shares).
    assertThat(health.healthForPath("identityProvider").getStatus()).isEqualTo(Status.UP);
  }
}
