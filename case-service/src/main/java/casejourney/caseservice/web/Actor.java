package casejourney.caseservice.web;

import casejourney.api.ActorRole;
import java.util.Collection;
import java.util.Optional;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The signed-in person behind a request: the token's subject and the role they act in. Every rule
 * in the aggregate is checked against these, never against names.
 */
record Actor(String subject, ActorRole role) {

  static final String ROLES_CLAIM = "roles";

  /** The actor in a verified token, if it names exactly one role this service knows. */
  static Optional<Actor> from(Jwt jwt) {
    Collection<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
    if (jwt.getSubject() == null || roles == null) {
      return Optional.empty();
    }
    return roles.stream()
        .flatMap(r -> parse(r).stream())
        .findFirst()
        .map(role -> new Actor(jwt.getSubject(), role));
  }

  private static Optional<ActorRole> parse(String role) {
    try {
      ActorRole parsed = ActorRole.valueOf(role);
      // Only case-service itself acts as the system; a token claiming it is not believed.
      return parsed == ActorRole.SYSTEM ? Optional.empty() : Optional.of(parsed);
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
