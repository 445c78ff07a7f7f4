package casejourney.portal.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The seal on each audit entry: an HMAC-SHA256, under a key only the portal holds, over the entry
 * and the seal of the entry before it in the same case (docs/adr/0017). Changing, removing or
 * reordering an entry breaks every seal after it, and someone with access to the database but not
 * to the key cannot make new seals that fit.
 */
final class AuditChain {

  /** The seal an entry points back to when it is the first of its case. */
  static final String START = "";

  private static final String ALGORITHM = "HmacSHA256";

  /** Bumped if the sealed fields change, so an old entry is never read under new rules. */
  private static final int FORMAT = 1;

  private final SecretKeySpec key;

  AuditChain(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("the audit key must be at least 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  /** The seal of one entry, as lower-case hex. */
  String seal(String caseId, long seq, String who, String what, Instant when, String previousSeal) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HexFormat.of()
          .formatHex(mac.doFinal(fields(caseId, seq, who, what, when, previousSeal)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /**
   * Each field with its length in front, so that no two different entries give the same bytes (with
   * plain joining, "ab" + "c" and "a" + "bc" would).
   */
  private static byte[] fields(
      String caseId, long seq, String who, String what, Instant when, String previousSeal) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      out.writeUTF(caseId);
      out.writeLong(seq);
      out.writeUTF(who);
      out.writeUTF(what);
      out.writeLong(when.toEpochMilli());
      out.writeUTF(previousSeal);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
