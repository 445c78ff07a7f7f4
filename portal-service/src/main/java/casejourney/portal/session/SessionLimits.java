package casejourney.portal.session;

import casejourney.portal.config.PortalProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The absolute session limit: however active, a signed-in session ends this long after it began, so
 * a shared or stolen session does not live for ever. The idle limit is the session store's own
 * ({@code server.reactive.session.timeout}). Also records, for the page, when the session will end
 * if the person does nothing more.
 */
@Component
class SessionLimits implements WebFilter, Ordered {

  /** Exchange attribute: the {@link Instant} the session ends if idle from now. */
  static final String IDLE_ENDS_AT = SessionLimits.class.getName() + ".idleEndsAt";

  private final PortalProperties properties;
  private final Clock clock = Clock.systemUTC();

  SessionLimits(PortalProperties properties) {
    this.properties = properties;
  }

  @Override
  public int getOrder() {
    // Before Spring Security (-100), so an over-age session is gone before anyone reads it.
    return -200;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    return exchange
        .getSession()
        .flatMap(
            session -> {
              boolean signedIn =
                  session.getAttribute(
                          WebSessionServerSecurityContextRepository
                              .DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME)
                      instanceof SecurityContext;
              Instant now = clock.instant();
              if (signedIn
                  && session
                      .getCreationTime()
                      .plus(properties.session().absoluteTimeout())
                      .isBefore(now)) {
                exchange.getResponse().setStatusCode(HttpStatus.SEE_OTHER);
                exchange.getResponse().getHeaders().setLocation(URI.create("/signed-out"));
                return session.invalidate();
              }
              if (signedIn) {
                exchange.getAttributes().put(IDLE_ENDS_AT, now.plus(session.getMaxIdleTime()));
              }
              return chain.filter(exchange);
            });
  }
}
