package casejourney.portal.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers bearer tokens already verified, until they expire.
 *
 * <p>Why: an API client sends the same token with every call for its lifetime, and checking its RSA
 * signature and claims again each time was a sixth of the portal's work per JSON request. A token
 * is only remembered after the full check (signature, issuer, time) passed, and is never served
 * past its own expiry; a token that fails is not remembered. Bearer tokens here cannot be revoked
 * before they expire in any case, so this changes no answer.
 */
@Configuration(proxyBeanMethods = false)
class VerifiedTokens {

  /** Wraps whatever decoder Spring Boot configured from the issuer, keeping its checks. */
  @Bean
  static BeanPostProcessor rememberVerifiedTokens() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof Remembering)
            ? new Remembering(decoder, Clock.systemUTC(), 10_000, Duration.ofMinutes(10))
            : bean;
      }
    };
  }

  /** A decoder that answers from memory for a token it verified before that has not expired. */
  static final class Remembering implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    Remembering(ReactiveJwtDecoder verifier, Clock clock, int maximum, Duration longest) {
      this.verifier = verifier;
      this.clock = clock;
      this.verified = Caffeine.newBuilder().maximumSize(maximum).expireAfterWrite(longest).build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
      Jwt known = verified.getIfPresent(token);
      if (known != null) {
        if (unexpired(known)) {
          return Mono.just(known);
        }
        verified.invalidate(token);
      }
      return verifier
          .decode(token)
          .doOnNext(
              jwt -> {
                if (unexpired(jwt)) {
                  verified.put(token, jwt);
                }
              });
    }

    private boolean unexpired(Jwt jwt) {
      Instant expiresAt = jwt.getExpiresAt();
      return expiresAt != null && clock.instant().isBefore(expiresAt);
    }
  }
}
