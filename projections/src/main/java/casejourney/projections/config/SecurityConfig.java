package casejourney.projections.config;

import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * This service serves no read model over HTTP; it has health and metrics, open to the platform's
 * probes, and two operator actions: replaying read models and inspecting or retrying dead letters.
 * Those need a token with the {@code OPERATOR} role: a replay rebuilds every family's pages, and
 * the dead letters name cases. Everything else is refused.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

  static final String OPERATOR = "OPERATOR";

  private static final ServerAuthenticationEntryPoint SIGN_IN =
      (exchange, e) ->
          problem(
              exchange,
              HttpStatus.UNAUTHORIZED,
              "Sign in needed",
              "Send an operator's access token in the Authorization header.");

  private static final ServerAccessDeniedHandler NOT_ALLOWED =
      (exchange, e) ->
          problem(
              exchange,
              HttpStatus.FORBIDDEN,
              "Not allowed",
              "Only an operator may replay read models or see dead letters.");

  @Bean
  SecurityWebFilterChain operatorsOnly(ServerHttpSecurity http) {
    JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
    roles.setAuthoritiesClaimName("roles");
    roles.setAuthorityPrefix("ROLE_");
    JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
    tokens.setJwtGrantedAuthoritiesConverter(roles);
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable) // bearer tokens only, no cookies
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .authorizeExchange(
            a ->
                a.pathMatchers(
                        "/actuator/health/**",
                        "/actuator/health",
                        "/actuator/info",
                        "/actuator/prometheus",
                        "/actuator/metrics/**",
                        "/actuator/metrics")
                    .permitAll()
                    .pathMatchers("/actuator/replay/**", "/actuator/deadletters/**")
                    .hasRole(OPERATOR)
                    .pathMatchers("/actuator/deadletters")
                    .hasRole(OPERATOR)
                    .anyExchange()
                    .denyAll())
        .oauth2ResourceServer(
            o ->
                o.jwt(
                        j ->
                            j.jwtAuthenticationConverter(
                                new ReactiveJwtAuthenticationConverterAdapter(tokens)))
                    .authenticationEntryPoint(SIGN_IN)
                    .accessDeniedHandler(NOT_ALLOWED))
        .exceptionHandling(
            e -> e.authenticationEntryPoint(SIGN_IN).accessDeniedHandler(NOT_ALLOWED))
        .build();
  }

  /** An RFC 9457 problem; the texts are fixed, so they are written without a JSON library. */
  private static Mono<Void> problem(
      ServerWebExchange exchange, HttpStatus status, String title, String detail) {
    var response = exchange.getResponse();
    response.setStatusCode(status);
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    String body =
        "{\"type\":\"about:blank\",\"title\":\""
            + title
            + "\",\"status\":"
            + status.value()
            + ",\"detail\":\""
            + detail
            + "\"}";
    DataBuffer buffer = response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8));
    return response.writeWith(Mono.just(buffer));
  }
}
