package casejourney.portal.session;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * The session cookie: HttpOnly, SameSite=Lax, and Secure whenever the request came over TLS. Boot's
 * property can only switch Secure on for every request, which would break plain-HTTP local use;
 * deciding per request keeps one configuration for both.
 */
@Configuration
class SessionCookieConfig {

  @Bean
  WebSessionIdResolver webSessionIdResolver(
      @Value("${server.reactive.session.cookie.name:CJSESSION}") String name) {
    CookieWebSessionIdResolver resolver =
        new CookieWebSessionIdResolver() {
          @Override
          public void setSessionId(ServerWebExchange exchange, String id) {
            exchange.getResponse().getCookies().set(getCookieName(), cookie(exchange, id, null));
          }

          @Override
          public void expireSession(ServerWebExchange exchange) {
            exchange
                .getResponse()
                .getCookies()
                .set(getCookieName(), cookie(exchange, "", Duration.ZERO));
          }

          private ResponseCookie cookie(ServerWebExchange exchange, String value, Duration age) {
            ResponseCookie.ResponseCookieBuilder builder =
                ResponseCookie.from(getCookieName(), value)
                    .path("/")
                    .httpOnly(true)
                    .sameSite("Lax")
                    .secure(Tls.isSecure(exchange));
            return age == null ? builder.build() : builder.maxAge(age).build();
          }
        };
    resolver.setCookieName(name);
    return resolver;
  }
}
