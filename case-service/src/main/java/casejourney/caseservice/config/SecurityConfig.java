package casejourney.caseservice.config;

import casejourney.caseservice.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * An OAuth2 resource server: every command needs a JWT from the configured issuer. Who may act on
 * which case is decided by the aggregate, against the subjects recorded on the case.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

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
                    .anyExchange()
                    .authenticated())
        .oauth2ResourceServer(
            oauth ->
                oauth
                    .jwt(jwt -> {})
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
