package casejourney.portal.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/** Fakes for the ports, and a client registration that needs no running provider. */
@TestConfiguration
public class PortalTestConfig {

  @Bean
  @Primary
  public FakeReadModels fakeReadModels() {
    return new FakeReadModels();
  }

  @Bean
  @Primary
  public FakeCommands fakeCommands() {
    return new FakeCommands();
  }

  @Bean
  @Primary
  public FakeAudit fakeAudit() {
    return new FakeAudit();
  }

  @Bean
  @Primary
  public FakeStaffDirectory fakeStaffDirectory() {
    return new FakeStaffDirectory();
  }

  @Bean
  ReactiveClientRegistrationRepository clientRegistrations() {
    return new InMemoryReactiveClientRegistrationRepository(
        ClientRegistration.withRegistrationId("casejourney")
            .clientId("portal")
            .clientSecret("portal-secret")
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .scope("openid", "profile")
            .authorizationUri("http://provider.invalid/oauth2/authorize")
            .tokenUri("http://provider.invalid/oauth2/token")
            .jwkSetUri("http://provider.invalid/oauth2/jwks")
            .userNameAttributeName("sub")
            .build());
  }
}
