package casejourney.localstack;

import casejourney.infra.embedded.EmbeddedStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Ports and paths from environment variables (or -D system properties of the same name), each with
 * the documented default, so any port can be moved when it is taken.
 */
record Settings(Map<String, String> values) {

  static Settings fromEnvironment() {
    Map<String, String> values = new HashMap<>(System.getenv());
    System.getProperties().forEach((k, v) -> values.put(k.toString(), v.toString()));
    return new Settings(values);
  }

  int port(String name, int fallback) {
    String value = values.get(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }

  int servicePort(String service) {
    return switch (service) {
      case "case-service" -> port("CASE_SERVICE_PORT", 8081);
      case "projections" -> port("PROJECTIONS_PORT", 8082);
      case "portal-service" -> port("PORTAL_PORT", 8080);
      default -> throw new IllegalArgumentException(service);
    };
  }

  Path repositoryRoot() {
    return Path.of(values.getOrDefault("CASEJOURNEY_HOME", ".")).toAbsolutePath().normalize();
  }

  Path dataDirectory() {
    String configured = values.get("CASEJOURNEY_DATA_DIR");
    return configured == null
        ? repositoryRoot().resolve(".data")
        : Path.of(configured).toAbsolutePath().normalize();
  }

  /** What each service process is told about where everything is. */
  Map<String, String> serviceEnvironment(EmbeddedStack stack) {
    Map<String, String> env = new HashMap<>();
    env.put("CASE_DB_URL", stack.jdbcUrl());
    env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers());
    env.put("MONGODB_URI", stack.mongoConnectionString() + "/casejourney");
    env.put("OIDC_ISSUER", stack.issuer());
    // The services refuse the demo provider unless told it is meant (docs/adr/0016).
    env.put("ALLOW_DEMO_IDENTITY_PROVIDER", "true");
    env.put("CASE_SERVICE_PORT", String.valueOf(servicePort("case-service")));
    env.put("PROJECTIONS_PORT", String.valueOf(servicePort("projections")));
    env.put("PORTAL_PORT", String.valueOf(servicePort("portal-service")));
    env.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
    // The demo accounts open every demo case with the password "demo": like the embedded servers,
    // the services this stack starts listen on this machine only, never on its network.
    env.put("SERVER_ADDRESS", "localhost");
    env.put("CASE_SERVICE_URL", "http://localhost:" + servicePort("case-service"));
    env.put("PORTAL_AUDIT_KEY", auditKey());
    return env;
  }

  /**
   * The key that seals the portal's staff audit trail (docs/adr/0017): the one given, or one made
   * for this data directory on its first start and kept with it, so the trail still checks after a
   * restart and no two installations share a key.
   */
  String auditKey() {
    String given = values.get("PORTAL_AUDIT_KEY");
    if (given != null && !given.isBlank()) {
      return given.trim();
    }
    Path file = dataDirectory().resolve("portal-audit.key");
    try {
      if (!Files.exists(file)) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        try {
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          Files.writeString(file, Base64.getEncoder().encodeToString(key));
        } catch (FileAlreadyExistsException raced) {
          // Another start made it first: use theirs.
        } catch (UnsupportedOperationException notPosix) {
          Files.writeString(file, Base64.getEncoder().encodeToString(key));
        }
      }
      return Files.readString(file).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read or make " + file, e);
    }
  }
}
