package casejourney.portal.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Turns the provider's {@code roles} claim (WORKER, CHAIR, PARENT, YOUNG_PERSON, OPERATOR) into
 * roles.
 */
final class RoleClaims {

  static final String CLAIM = "roles";
  private static final List<String> KNOWN =
      List.of("WORKER", "CHAIR", "PARENT", "YOUNG_PERSON", "OPERATOR");

  private RoleClaims() {}

  /** {@code ROLE_<name>} for each known role in the claims; unknown names are ignored. */
  static List<GrantedAuthority> authorities(Map<String, Object> claims) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    for (String role : roles(claims)) {
      authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
    }
    return authorities;
  }

  /** The known roles in the claims. */
  static List<String> roles(Map<String, Object> claims) {
    List<String> known = new ArrayList<>();
    if (claims.get(CLAIM) instanceof Collection<?> roles) {
      for (Object role : roles) {
        if (role != null && KNOWN.contains(role.toString())) {
          known.add(role.toString());
        }
      }
    }
    return known;
  }
}
