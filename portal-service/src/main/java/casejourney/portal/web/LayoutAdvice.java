package casejourney.portal.web;

import casejourney.api.views.Audience;
import casejourney.portal.access.AccessPolicy;
import casejourney.portal.config.PortalProperties;
import casejourney.portal.session.SessionNotice;
import java.net.URI;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/** Puts {@link PageContext} ({@code page}) and the CSRF token ({@code _csrf}) in every model. */
@ControllerAdvice
public class LayoutAdvice {

  private final PortalProperties properties;

  public LayoutAdvice(PortalProperties properties) {
    this.properties = properties;
  }

  @ModelAttribute("page")
  Mono<PageContext> page(ServerWebExchange exchange) {
    return exchange
        .getPrincipal()
        .filter(Authentication.class::isInstance)
        .cast(Authentication.class)
        .map(user -> !isStaff(user))
        .defaultIfEmpty(true)
        .map(family -> context(exchange, properties, family));
  }

  /**
   * The service navigation for family members. Staff pages add their own ({@code nav} in the model
   * wins over this one when a controller sets it).
   */
  @ModelAttribute("nav")
  Mono<java.util.List<NavItem>> nav(ServerWebExchange exchange) {
    return exchange
        .getPrincipal()
        .filter(Authentication.class::isInstance)
        .cast(Authentication.class)
        .map(
            user -> {
              if (AccessPolicy.hasRole(user, Audience.YOUNG_PERSON)) {
                return YOUNG_PERSON_NAV;
              }
              return AccessPolicy.hasRole(user, Audience.PARENT)
                  ? PARENT_NAV
                  : java.util.List.<NavItem>of();
            })
        .defaultIfEmpty(java.util.List.of());
  }

  public static final java.util.List<NavItem> PARENT_NAV =
      java.util.List.of(
          new NavItem("/updates", "nav.updates"),
          new NavItem("/expected", "nav.expected"),
          new NavItem("/what-changed", "nav.whatChanged"),
          new NavItem("/meeting", "nav.meeting"),
          new NavItem("/plan/respond", "nav.respond"),
          new NavItem("/something-wrong", "nav.wrong"));

  public static final java.util.List<NavItem> YOUNG_PERSON_NAV =
      java.util.List.of(
          new NavItem("/young-person/meeting", "nav.yp.meeting"),
          new NavItem("/young-person/take-part", "nav.yp.takePart"),
          new NavItem("/young-person/views", "nav.yp.views"),
          new NavItem("/young-person/response", "nav.yp.response"),
          new NavItem("/young-person/plan", "nav.yp.plan"),
          new NavItem("/young-person/something-wrong", "nav.yp.wrong"));

  /**
   * The CSRF token, resolved, so that forms can carry it in a hidden field. Spring Security only
   * creates it when something subscribes.
   */
  @ModelAttribute("_csrf")
  Mono<CsrfToken> csrf(ServerWebExchange exchange) {
    Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
    if (token == null) {
      return Mono.empty();
    }
    return token.doOnSuccess(
        t -> exchange.getAttributes().put(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME, t));
  }

  /** The page context for this exchange; also used by pages rendered outside controllers. */
  public static PageContext context(
      ServerWebExchange exchange, PortalProperties properties, boolean family) {
    String lang = LanguageResolver.code(LanguageResolver.resolve(exchange));
    String other = "cy".equals(lang) ? "en" : "cy";
    URI uri = exchange.getRequest().getURI();
    String otherUrl =
        UriComponentsBuilder.fromPath(uri.getRawPath())
            .query(uri.getRawQuery())
            .replaceQueryParam("lang", other)
            .build(true)
            .toUriString();
    String here =
        UriComponentsBuilder.fromPath(uri.getRawPath())
            .query(uri.getRawQuery())
            .replaceQueryParam("lang")
            .build(true)
            .toUriString();
    return new PageContext(
        lang,
        other,
        otherUrl,
        here,
        SessionNotice.of(exchange, properties.session().warningBefore()),
        family,
        properties.quickExitUrl());
  }

  private static boolean isStaff(Authentication user) {
    return AccessPolicy.hasRole(user, Audience.WORKER)
        || AccessPolicy.hasRole(user, Audience.CHAIR);
  }
}
