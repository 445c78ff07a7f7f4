package casejourney.portal.support;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.OidcLoginMutator;

/** Signed-in demo users for WebTestClient, with the roles their tokens carry. */
public final class Users {

  private Users() {}

  public static OidcLoginMutator user(String subject, String role) {
    return mockOidcLogin()
        .idToken(token -> token.subject(subject).claim("roles", java.util.List.of(role)))
        .authorities(new SimpleGrantedAuthority("ROLE_" + role));
  }

  public static OidcLoginMutator parentA() {
    return user("parent-a", "PARENT");
  }

  public static OidcLoginMutator otherParent() {
    return user("other-parent", "PARENT");
  }

  public static OidcLoginMutator youngPerson() {
    return user("young-person", "YOUNG_PERSON");
  }

  public static OidcLoginMutator worker() {
    return user("worker", "WORKER");
  }
}
