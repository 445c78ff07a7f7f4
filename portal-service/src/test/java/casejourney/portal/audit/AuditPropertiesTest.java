package casejourney.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The portal will not start without a usable key, and says what to set. */
class AuditPropertiesTest {

  @Test
  void a_missing_malformed_or_short_key_is_refused_with_what_to_set() {
    assertThatThrownBy(() -> new AuditProperties(null).bytes())
        .hasMessageStartingWith("No audit key.")
        .hasMessageContaining("PORTAL_AUDIT_KEY")
        .hasMessageContaining("openssl rand -base64 32");
    assertThatThrownBy(() -> new AuditProperties(" ").bytes())
        .hasMessageStartingWith("No audit key.");
    assertThatThrownBy(() -> new AuditProperties("not base64!").bytes())
        .hasMessageStartingWith("The audit key is not base64.");
    String short16 = Base64.getEncoder().encodeToString(new byte[16]);
    assertThatThrownBy(() -> new AuditProperties(short16).bytes())
        .hasMessageStartingWith("The audit key is 16 bytes, fewer than 32.");
  }

  @Test
  void a_good_key_is_decoded_and_seals_each_field_apart() {
    byte[] key = new AuditProperties(Base64.getEncoder().encodeToString(new byte[32])).bytes();
    assertThat(key).hasSize(32);
    AuditChain chain = new AuditChain(key);
    Instant when = Instant.parse("2026-11-28T10:00:00Z");
    String seal = chain.seal("case", 1, "ab", "c", when, AuditChain.START);
    assertThat(seal).hasSize(64).isEqualTo(chain.seal("case", 1, "ab", "c", when, ""));
    // Joined, these fields are the same text; sealed, they are not the same entry.
    assertThat(chain.seal("case", 1, "a", "bc", when, AuditChain.START)).isNotEqualTo(seal);
  }
}
