package casejourney.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/** Real RSA-signed tokens through Spring's Nimbus decoder, counting the full checks made. */
class VerifiedTokensTest {

  private final RSAKey key = generate();
  private final AtomicInteger checks = new AtomicInteger();
  private final NimbusReactiveJwtDecoder nimbus =
      NimbusReactiveJwtDecoder.withPublicKey(publicKey()).build();
  private final ReactiveJwtDecoder counted =
      token ->
          Mono.defer(
              () -> {
                checks.incrementAndGet();
                return nimbus.decode(token);
              });

  @Test
  void a_token_checked_once_is_answered_from_memory_until_it_expires() {
    Instant now = Instant.now();
    String token = sign(now.plusSeconds(300));
    Instant[] clock = {now};
    VerifiedTokens.Remembering decoder =
        new VerifiedTokens.Remembering(counted, clockAt(clock), 100, Duration.ofMinutes(10));

    Jwt first = decoder.decode(token).block();
    Jwt second = decoder.decode(token).block();

    assertThat(second).isSameAs(first);
    assertThat(second.getSubject()).isEqualTo("parent-a");
    assertThat(checks).hasValue(1);

    // Past the token's expiry the remembered answer is not used: the full check runs again.
    clock[0] = now.plusSeconds(301);
    decoder.decode(token).block();
    assertThat(checks).hasValue(2);
  }

  @Test
  void a_token_that_fails_the_check_is_not_remembered() {
    String forged = sign(Instant.now().plusSeconds(300)).replaceFirst("\\.[^.]+$", ".AAAA");
    VerifiedTokens.Remembering decoder = remembering(Instant.now());

    assertThatThrownBy(() -> decoder.decode(forged).block()).isInstanceOf(JwtException.class);
    assertThatThrownBy(() -> decoder.decode(forged).block()).isInstanceOf(JwtException.class);
    assertThat(checks).hasValue(2);
  }

  @Test
  void an_expired_token_is_refused_every_time() {
    String expired = sign(Instant.now().minus(Duration.ofMinutes(5)));
    VerifiedTokens.Remembering decoder = remembering(Instant.now());

    assertThatThrownBy(() -> decoder.decode(expired).block()).isInstanceOf(JwtException.class);
    assertThatThrownBy(() -> decoder.decode(expired).block()).isInstanceOf(JwtException.class);
    assertThat(checks).hasValue(2);
  }

  private VerifiedTokens.Remembering remembering(Instant now) {
    return new VerifiedTokens.Remembering(
        counted, Clock.fixed(now, ZoneOffset.UTC), 100, Duration.ofMinutes(10));
  }

  /** A clock reading whatever instant the test puts in {@code now[0]}. */
  private static Clock clockAt(Instant[] now) {
    return new Clock() {
      @Override
      public ZoneOffset getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now[0];
      }
    };
  }

  private String sign(Instant expiresAt) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
              new JWTClaimsSet.Builder()
                  .subject("parent-a")
                  .issueTime(new Date())
                  .expirationTime(Date.from(expiresAt))
                  .build());
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private java.security.interfaces.RSAPublicKey publicKey() {
    try {
      return key.toRSAPublicKey();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static RSAKey generate() {
    try {
      return new RSAKeyGenerator(2048).keyID("test").generate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
