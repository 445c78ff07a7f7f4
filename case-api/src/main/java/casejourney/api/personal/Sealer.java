package casejourney.api.personal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals one value as {@code {"$sealed": "A256GCM", "key": caseId, "data": base64(iv ‖ ciphertext ‖
 * tag)}}: the value's own JSON, encrypted with AES-256-GCM under the case's key, with the case id
 * as additional authenticated data so a sealed value cannot be moved to another case unnoticed. A
 * fresh random 96-bit IV per value, as GCM requires.
 */
final class Sealer {

  static final String MARKER = "$sealed";
  static final String ALGORITHM = "A256GCM";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  // Cipher.getInstance looks the provider up each time; one per thread is enough.
  private static final ThreadLocal<Cipher> CIPHERS =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("AES/GCM is part of every Java 17 runtime", e);
            }
          });

  private final CaseKeys keys;
  private final ObjectMapper plain;

  Sealer(CaseKeys keys, ObjectMapper plain) {
    this.keys = keys;
    this.plain = plain;
  }

  ObjectNode seal(String caseId, Object value) throws IOException {
    byte[] json = plain.writeValueAsBytes(value);
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    byte[] sealed;
    try {
      Cipher cipher = CIPHERS.get();
      cipher.init(Cipher.ENCRYPT_MODE, keys.sealingKey(caseId), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(caseId.getBytes(StandardCharsets.UTF_8));
      sealed = cipher.doFinal(json);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not seal a value of case " + caseId, e);
    }
    ObjectNode node = plain.createObjectNode();
    node.put(MARKER, ALGORITHM);
    node.put("key", caseId);
    node.put(
        "data",
        Base64.getEncoder()
            .encodeToString(
                ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array()));
    return node;
  }

  /** The value's JSON, or empty when the case's key has been destroyed. */
  Optional<byte[]> unseal(JsonNode node) {
    if (!ALGORITHM.equals(node.path(MARKER).asText())) {
      throw new IllegalStateException("unknown sealing " + node.path(MARKER));
    }
    String caseId = node.path("key").asText();
    Optional<SecretKey> key = keys.readingKey(caseId);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    byte[] data = Base64.getDecoder().decode(node.path("data").asText());
    try {
      Cipher cipher = CIPHERS.get();
      cipher.init(
          Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
      cipher.updateAAD(caseId.getBytes(StandardCharsets.UTF_8));
      return Optional.of(cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES));
    } catch (GeneralSecurityException e) {
      // A wrong key or altered data: never carry on as if the value were absent.
      throw new IllegalStateException("a sealed value of case " + caseId + " does not open", e);
    }
  }

  ObjectMapper plain() {
    return plain;
  }
}
