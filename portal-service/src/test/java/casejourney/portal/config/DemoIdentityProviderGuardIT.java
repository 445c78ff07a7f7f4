package casejourney.portal.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import casejourney.api.identity.DemoIdentityProviderGuard;
import casejourney.infra.embedded.OidcProvider;
import casejourney.portal.PortalApplication;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The portal against Case Journey's real demo identity provider: without the permission it refuses
 * to start, before it connects to anything, and says what to set; with the permission it is let
 * through (as in every other test, which all run on the demo provider).
 */
class DemoIdentityProviderGuardIT {

  static OidcProvider provider;

  @BeforeAll
  static void startProvider() {
    provider = OidcProvider.start(0, null);
  }

  @AfterAll
  static void stopProvider() {
    provider.close();
  }

  @Test
  void the_portal_refuses_to_start_on_the_demo_provider_without_the_permission() {
    assertThatThrownBy(() -> start(provider.issuer()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "spring.security.oauth2.client.provider.casejourney.issuer-uri is "
                + provider.issuer()
                + ", Case Journey's demo identity provider")
        .hasMessageContaining("environment variable OIDC_ISSUER")
        .hasMessageContaining("casejourney.allow-demo-identity-provider=true");
  }

  @Test
  void the_demo_provider_is_known_whatever_host_name_it_is_reached_by() {
    String alias = "http://127.0.0.1:" + provider.port();

    assertThatThrownBy(() -> start(alias))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(alias + ", Case Journey's demo identity provider");
  }

  @Test
  void with_the_permission_the_guard_lets_it_start_on_the_demo_provider() {
    Map<String, Object> settings = new HashMap<>();
    settings.put(
        "spring.security.oauth2.client.provider.casejourney.issuer-uri", provider.issuer());
    settings.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", provider.issuer());
    settings.put(DemoIdentityProviderGuard.ALLOW_SETTING, "true");
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", settings));

    assertThatCode(
            () ->
                IdentityProviderGuardConfig.demoIdentityProviderGuard(environment)
                    .postProcessBeanFactory(new DefaultListableBeanFactory()))
        .doesNotThrowAnyException();
  }

  /**
   * Starts the whole service as its main method would, without the permission: command-line
   * arguments win over the tests' {@code config/application.properties}, which gives it.
   */
  private static void start(String issuer) {
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    args.add("--spring.security.oauth2.client.provider.casejourney.issuer-uri=" + issuer);
    args.add("--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer);
    args.add("--casejourney.allow-demo-identity-provider=false");
    new SpringApplicationBuilder(PortalApplication.class).run(args.toArray(String[]::new)).close();
  }
}
