package casejourney.caseservice.config;

import casejourney.caseservice.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * An OAuth2 resource server: every command needs a JWT from the configured issuer. Who may act on
 * which case is decided by the aggregate, against the subjects recorded on the case.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

  static final String OPERATOR = "OPERATOR";

  /** The token's {@code roles} claim as Spring roles, for the operator's endpoint. */
  private static ReactiveJwtAuthenticationConverterAdapter rolesFromToken() {
    JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
    roles.setAuthoritiesClaimName("roles");
    roles.setAuthorityPrefix("ROLE_");
    JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
    tokens.setJwtGrantedAuthoritiesConverter(roles);
    return new ReactiveJwtAuthenticationConverterAdapter(tokens);
  }

  @Bean
  SecurityWebFilterChain securityWebFilterChain(
      ServerHttpSecurity http, ProblemResponses problems) {
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable) // bearer tokens only, no cookies
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .authorizeExchange(
            exchange ->
                exchange
                    .pathMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**")
                    .permitAll()
                    // Erasing records at the end of retention, and republishing the event store
                    // to Kafka, are for operators alone.
                    .pathMatchers(
                        "/actuator/retention",
                        "/actuator/retention/**",
                        "/actuator/republish",
                        "/actuator/republish/**")
                    .hasRole(OPERATOR)
                    .anyExchange()
                    .authenticated())
        .oauth2ResourceServer(
            oauth ->
                oauth
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromToken()))
                    .authenticationEntryPoint(
                        (exchange, e) ->
                            problems.write(
                                exchange,
                                HttpStatus.UNAUTHORIZED,
                                "Sign in needed",
                                "Send a valid access token from the Case Journey sign-in service"
                                    + " in the Authorization header."))
                    .accessDeniedHandler(
                        (exchange, e) ->
                            problems.write(
                                exchange,
                                HttpStatus.FORBIDDEN,
                                "Not allowed",
                                "Your account may not do this.")))
        .exceptionHandling(
            ex ->
                ex.authenticationEntryPoint(
                    (exchange, e) ->
                        problems.write(
                            exchange,
                            HttpStatus.UNAUTHORIZED,
                            "Sign in needed",
                            "Send a valid access token from the Case Journey sign-in service in"
                                + " the Authorization header.")))
        .build();
  }
}
