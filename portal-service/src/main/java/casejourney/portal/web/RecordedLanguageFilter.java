package casejourney.portal.web;

import casejourney.api.FamilyMember;
import casejourney.api.Language;
import casejourney.portal.access.AccessPolicy;
import casejourney.portal.access.FamilyAccess;
import casejourney.portal.readmodel.ReadModels;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Finds a family member's recorded language (case overview) when they have not chosen one on this
 * device, and keeps it in the session so it is looked up once. Runs after Spring Security so it
 * knows who is signed in.
 */
@Component
class RecordedLanguageFilter implements WebFilter, Ordered {

  private static final String SESSION_KEY = "recordedLanguage";

  private final AccessPolicy access;
  private final ReadModels readModels;

  RecordedLanguageFilter(AccessPolicy access, ReadModels readModels) {
    this.access = access;
    this.readModels = readModels;
  }

  @Override
  public int getOrder() {
    return 0;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    LanguageResolver.remember(exchange);
    String path = exchange.getRequest().getPath().value();
    if (path.startsWith("/govuk-frontend/")
        || path.startsWith("/assets/")
        || path.startsWith("/js/")
        || path.startsWith("/css/")
        // The JSON API answers in data, not pages, and its bearer-token callers have no session:
        // remembering a language there would start a session per request and fill the store.
        || path.startsWith("/api/")) {
      return chain.filter(exchange);
    }
    return exchange
        .getSession()
        .flatMap(
            session -> {
              String known = session.getAttribute(SESSION_KEY);
              if (known != null) {
                return Mono.just(known);
              }
              return exchange
                  .getPrincipal()
                  .filter(Authentication.class::isInstance)
                  .cast(Authentication.class)
                  .flatMap(access::anyFamily)
                  .flatMap(this::recordedLanguage)
                  .doOnNext(
                      lang -> {
                        // Only a signed-in browser's session is kept; never start one here.
                        if (session.isStarted()) {
                          session.getAttributes().put(SESSION_KEY, lang);
                        }
                      });
            })
        .doOnNext(
            lang ->
                exchange
                    .getAttributes()
                    .put(LanguageResolver.RECORDED, Locale.forLanguageTag(lang)))
        .then(chain.filter(exchange));
  }

  private Mono<String> recordedLanguage(FamilyAccess family) {
    return readModels
        .caseOverview(family.caseId())
        .flatMap(
            overview ->
                Mono.justOrEmpty(
                    overview.family().stream()
                        .filter(m -> family.personId().equals(m.personId()))
                        .map(FamilyMember::language)
                        .filter(l -> l != null)
                        .findFirst()))
        .map(language -> language == Language.CY ? "cy" : "en");
  }
}
