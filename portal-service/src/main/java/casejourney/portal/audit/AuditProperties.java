package casejourney.portal.audit;

import java.util.Base64;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param key the secret that seals the staff audit trail, in base64, at least 32 bytes. Only the
 *     portal holds it: someone who can write to the audit database but does not have it cannot make
 *     an entry that passes the check (docs/adr/0017).
 */
@ConfigurationProperties("portal.audit")
public record AuditProperties(String key) {

  private static final String HOW =
      "Set PORTAL_AUDIT_KEY (portal.audit.key) to a random secret of at least 32 bytes in base64,"
          + " for example the output of: openssl rand -base64 32. It seals the staff audit trail;"
          + " keep it in your secret store and give every portal instance the same one"
          + " (docs/runbook.md, section 7).";

  /** The key's bytes; refuses a missing, malformed or short key with what to set. */
  byte[] bytes() {
    if (key == null || key.isBlank()) {
      throw new IllegalStateException("No audit key. " + HOW);
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(key.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("The audit key is not base64. " + HOW);
    }
    if (bytes.length < 32) {
      throw new IllegalStateException(
          "The audit key is " + bytes.length + " bytes, fewer than 32. " + HOW);
    }
    return bytes;
  }
}
