package casejourney.portal.security;

import casejourney.portal.directory.StaffDirectory;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.HttpStatusServerEntryPoint;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Two filter chains: {@code /api/**} for other clients (bearer tokens, 401 rather than a login
 * redirect) and everything else for browsers (OIDC login, sessions, CSRF on every form). Both send
 * the same security headers; the CSP allows no inline script or style at all.
 */
@Configuration
@EnableWebFluxSecurity
public class SecurityConfig {

  private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

  static final String[] PUBLIC_PATHS = {
    "/",
    "/signed-out",
    "/glossary",
    "/govuk-frontend/**",
    "/assets/**",
    "/css/**",
    "/js/**",
    "/favicon.ico",
    "/actuator/health/**",
    "/error"
  };

  private final String issuerOrigin;

  SecurityConfig(
      @Value("${spring.security.oauth2.client.provider.casejourney.issuer-uri:}") String issuer) {
    this.issuerOrigin = origin(issuer);
  }

  @Bean
  @Order(1)
  SecurityWebFilterChain api(ServerHttpSecurity http) {
    return headers(http)
        .securityMatcher(ServerWebExchangeMatchers.pathMatchers("/api/**"))
        .authorizeExchange(
            a -> a.pathMatchers("/api/openapi/**").permitAll().anyExchange().authenticated())
        .oauth2ResourceServer(
            rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(SecurityConfig::jwtAuthentication)))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(new HttpStatusServerEntryPoint(HttpStatus.UNAUTHORIZED)))
        // A bearer token cannot be sent by a forged form, a session cookie can.
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfig::cookieAuthenticatedWrite))
        .build();
  }

  @Bean
  @Order(2)
  SecurityWebFilterChain web(
      ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations) {
    OidcClientInitiatedServerLogoutSuccessHandler providerLogout =
        new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
    providerLogout.setPostLogoutRedirectUri("{baseUrl}/");
    return headers(http)
        .authorizeExchange(
            a -> a.pathMatchers(PUBLIC_PATHS).permitAll().anyExchange().authenticated())
        .oauth2Login(login -> {})
        .logout(
            logout ->
                logout
                    .logoutUrl("/sign-out")
                    .logoutHandler(
                        new DelegatingServerLogoutHandler(
                            new SecurityContextServerLogoutHandler(),
                            new WebSessionServerLogoutHandler()))
                    .logoutSuccessHandler(providerLogout))
        .exceptionHandling(
            e ->
                e.accessDeniedHandler(
                    (exchange, denied) ->
                        Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN))))
        .csrf(
            csrf ->
                csrf.accessDeniedHandler(
                    (exchange, denied) ->
                        Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN))))
        .build();
  }

  private ServerHttpSecurity headers(ServerHttpSecurity http) {
    String formAction = issuerOrigin.isEmpty() ? "'self'" : "'self' " + issuerOrigin;
    return http.headers(
        h ->
            h.contentSecurityPolicy(
                    csp ->
                        csp.policyDirectives(
                            "default-src 'self'; script-src 'self'; style-src 'self'; "
                                + "img-src 'self' data:; font-src 'self'; connect-src 'self'; "
                                + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                                + "form-action "
                                + formAction))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(f -> f.mode(Mode.DENY)));
    // HSTS: Spring writes it only on HTTPS requests, which is what we want.
  }

  /**
   * Roles from the ID token (or userinfo) of the browser sign-in. Staff are recorded in the staff
   * directory as they sign in, with the name and roles the provider gives.
   */
  @Bean
  ReactiveOAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(StaffDirectory directory) {
    OidcReactiveOAuth2UserService delegate = new OidcReactiveOAuth2UserService();
    return request ->
        delegate
            .loadUser(request)
            .map(
                user -> {
                  List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
                  authorities.addAll(RoleClaims.authorities(user.getClaims()));
                  return (OidcUser)
                      new DefaultOidcUser(
                          authorities, user.getIdToken(), user.getUserInfo(), "sub");
                })
            .flatMap(user -> recorded(directory, user));
  }

  /**
   * The sign-in goes ahead if the directory cannot be written: the next sign-in writes it, and
   * refusing a worker their caseload for it would do more harm. The failure is logged, without who
   * it was.
   */
  private static Mono<OidcUser> recorded(StaffDirectory directory, OidcUser user) {
    List<String> roles = RoleClaims.roles(user.getClaims());
    return directory
        .signedIn(user.getSubject(), user.getFullName(), roles)
        .onErrorResume(
            e -> {
              // The class only: a driver's message can quote the document's id, the sign-in id.
              log.warn(
                  "Could not record a sign-in in the staff directory: {}", e.getClass().getName());
              return Mono.empty();
            })
        .thenReturn(user);
  }

  private static Mono<AbstractAuthenticationToken> jwtAuthentication(Jwt jwt) {
    return Mono.just(
        new JwtAuthenticationToken(jwt, RoleClaims.authorities(jwt.getClaims()), jwt.getSubject()));
  }

  private static Mono<ServerWebExchangeMatcher.MatchResult> cookieAuthenticatedWrite(
      org.springframework.web.server.ServerWebExchange exchange) {
    HttpMethod method = exchange.getRequest().getMethod();
    boolean safe =
        method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
    String authorization = exchange.getRequest().getHeaders().getFirst("Authorization");
    boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    return safe || bearer
        ? ServerWebExchangeMatcher.MatchResult.notMatch()
        : ServerWebExchangeMatcher.MatchResult.match();
  }

  private static String origin(String issuer) {
    if (issuer == null || issuer.isBlank()) {
      return "";
    }
    URI uri = URI.create(issuer);
    return uri.getScheme() + "://" + uri.getAuthority();
  }
}
