package casejourney.benchmarks;

import casejourney.infra.embedded.EmbeddedStack;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** The environment the service processes read, pointing them at an embedded stack. */
final class ServiceEnvironment {

  private ServiceEnvironment() {}

  static Map<String, String> of(
      EmbeddedStack stack, int casePort, int projectionsPort, int portalPort) {
    Map<String, String> env = new HashMap<>();
    env.put("CASE_DB_URL", stack.jdbcUrl());
    env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers());
    env.put("MONGODB_URI", stack.mongoConnectionString() + "/casejourney");
    env.put("OIDC_ISSUER", stack.issuer());
    // The services refuse the demo provider unless told it is meant (docs/adr/0016).
    env.put("ALLOW_DEMO_IDENTITY_PROVIDER", "true");
    env.put("CASE_SERVICE_PORT", String.valueOf(casePort));
    env.put("PROJECTIONS_PORT", String.valueOf(projectionsPort));
    env.put("PORTAL_PORT", String.valueOf(portalPort));
    env.put("CASE_SERVICE_URL", "http://127.0.0.1:" + casePort);
    env.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
    // Each run's stack is new, so a new key for the staff audit trail's seals (docs/adr/0017).
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    env.put("PORTAL_AUDIT_KEY", Base64.getEncoder().encodeToString(key));
    return env;
  }
}
