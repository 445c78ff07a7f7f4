package casejourney.infra.embedded;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.HttpEncodingAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Spring configuration of the {@link OidcProvider}.
 *
 * <p>Why an explicit list of auto-configurations: the provider is started inside other Spring Boot
 * applications' JVMs whose classpath holds Axon, JDBC, Kafka and MongoDB auto-configurations.
 * {@code @SpringBootApplication} would switch all of them on (and try to connect to databases);
 * {@code @SpringBootConfiguration} without component scanning plus {@link ImportAutoConfiguration}
 * gives a servlet web server with Spring Security and nothing else. The authorization server itself
 * is configured here rather than by Boot's property-driven auto-configuration so that clients,
 * users and token claims are in one place.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableWebSecurity
@ImportAutoConfiguration({
  PropertyPlaceholderAutoConfiguration.class,
  ServletWebServerFactoryAutoConfiguration.class,
  DispatcherServletAutoConfiguration.class,
  WebMvcAutoConfiguration.class,
  HttpEncodingAutoConfiguration.class,
  HttpMessageConvertersAutoConfiguration.class,
  JacksonAutoConfiguration.class,
  ErrorMvcAutoConfiguration.class,
  SecurityAutoConfiguration.class,
  SecurityFilterAutoConfiguration.class
})
class OidcProviderConfig {

  /** What {@link OidcProvider} decides before the context starts. */
  record Settings(String issuer, String portalBaseUrl, RSAKey signingKey) {}

  static final Duration ACCESS_TOKEN_TTL = Duration.ofMinutes(30);

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http) throws Exception {
    OAuth2AuthorizationServerConfigurer authorizationServer =
        OAuth2AuthorizationServerConfigurer.authorizationServer();
    http.securityMatcher(authorizationServer.getEndpointsMatcher())
        .with(
            authorizationServer,
            server ->
                server
                    // Tells the services this is the demo provider, whatever host name it is
                    // reached by: they refuse it unless allowed (docs/adr/0016).
                    .authorizationServerMetadataEndpoint(
                        metadata ->
                            metadata.authorizationServerMetadataCustomizer(
                                claims -> claims.claim(OidcProvider.DEMO_MARKER, true)))
                    .oidc(
                        oidc ->
                            oidc.providerConfigurationEndpoint(
                                    discovery ->
                                        discovery.providerConfigurationCustomizer(
                                            claims -> claims.claim(OidcProvider.DEMO_MARKER, true)))
                                .userInfoEndpoint(
                                    userInfo ->
                                        userInfo.userInfoMapper(OidcProviderConfig::userInfo))))
        .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
        // Browsers that are not logged in go to the login page.
        .exceptionHandling(
            exceptions ->
                exceptions.defaultAuthenticationEntryPointFor(
                    new LoginUrlAuthenticationEntryPoint("/login"),
                    new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
        // The userinfo endpoint accepts the access tokens this server issues.
        .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
    return http.build();
  }

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE + 1)
  SecurityFilterChain loginSecurityFilterChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            authorize ->
                authorize.requestMatchers("/error").permitAll().anyRequest().authenticated())
        .formLogin(Customizer.withDefaults());
    return http.build();
  }

  /** Userinfo returns the ID token's identity claims, including {@code roles}. */
  private static OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context) {
    OAuth2Authorization authorization = context.getAuthorization();
    OAuth2Authorization.Token<OidcIdToken> idToken = authorization.getToken(OidcIdToken.class);
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", authorization.getPrincipalName());
    if (idToken != null) {
      for (String claim : List.of("preferred_username", "name", "roles")) {
        Object value = idToken.getToken().getClaims().get(claim);
        if (value != null) {
          claims.put(claim, value);
        }
      }
    }
    return new OidcUserInfo(claims);
  }

  /** Adds {@code roles}, {@code preferred_username} and {@code name} to users' tokens. */
  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> tokenCustomizer() {
    return context -> {
      boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
      boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
      if (!accessToken && !idToken) {
        return;
      }
      if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
        return;
      }
      Authentication principal = context.getPrincipal();
      List<String> roles =
          principal.getAuthorities().stream()
              .map(GrantedAuthority::getAuthority)
              .filter(authority -> authority.startsWith("ROLE_"))
              .map(authority -> authority.substring("ROLE_".length()))
              .sorted()
              .toList();
      context
          .getClaims()
          .claim("roles", roles)
          .claim("preferred_username", principal.getName())
          .claim("name", OidcProvider.nameOf(principal.getName()));
    };
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService userDetailsService() {
    List<UserDetails> users =
        OidcProvider.DEMO_USERS.stream()
            .map(
                user ->
                    User.withUsername(user.username())
                        .password("{noop}" + OidcProvider.DEMO_PASSWORD)
                        .roles(user.role())
                        .build())
            .toList();
    return new InMemoryUserDetailsManager(users);
  }

  @Bean
  RegisteredClientRepository registeredClientRepository(Settings settings) {
    TokenSettings tokens =
        TokenSettings.builder()
            .accessTokenTimeToLive(ACCESS_TOKEN_TTL)
            .refreshTokenTimeToLive(Duration.ofHours(8))
            .reuseRefreshTokens(false)
            .build();
    String portal = settings.portalBaseUrl();
    RegisteredClient.Builder portalClient =
        RegisteredClient.withId(
                UUID.nameUUIDFromBytes(OidcProvider.PORTAL_CLIENT_ID.getBytes()).toString())
            .clientId(OidcProvider.PORTAL_CLIENT_ID)
            .clientSecret("{noop}" + OidcProvider.PORTAL_CLIENT_SECRET)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
            .redirectUri(portal + "/login/oauth2/code/" + OidcProvider.PORTAL_REGISTRATION_ID)
            .postLogoutRedirectUri(portal + "/")
            .scope(OidcScopes.OPENID)
            .scope(OidcScopes.PROFILE)
            .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
            .tokenSettings(tokens);
    if (portal.contains("://localhost")) {
      String loopback = portal.replace("://localhost", "://127.0.0.1");
      portalClient
          .redirectUri(loopback + "/login/oauth2/code/" + OidcProvider.PORTAL_REGISTRATION_ID)
          .postLogoutRedirectUri(loopback + "/");
    }
    RegisteredClient cliClient =
        RegisteredClient.withId(
                UUID.nameUUIDFromBytes(OidcProvider.CLI_CLIENT_ID.getBytes()).toString())
            .clientId(OidcProvider.CLI_CLIENT_ID)
            .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri(OidcProvider.CLI_REDIRECT_URI)
            .scope(OidcScopes.OPENID)
            .scope(OidcScopes.PROFILE)
            .clientSettings(
                ClientSettings.builder()
                    .requireProofKey(true)
                    .requireAuthorizationConsent(false)
                    .build())
            .tokenSettings(tokens)
            .build();
    return new InMemoryRegisteredClientRepository(portalClient.build(), cliClient);
  }

  @Bean
  JWKSource<SecurityContext> jwkSource(Settings settings) {
    return new ImmutableJWKSet<>(new JWKSet(settings.signingKey()));
  }

  @Bean
  JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
    return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings(Settings settings) {
    return AuthorizationServerSettings.builder().issuer(settings.issuer()).build();
  }
}
