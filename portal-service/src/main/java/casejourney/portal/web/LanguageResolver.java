package casejourney.portal.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * English or Welsh, in this order: {@code ?lang=} on the address (remembered in a cookie), the
 * cookie, the person's recorded language (found by {@link RecordedLanguageFilter}), English.
 */
@Component("localeContextResolver")
public class LanguageResolver implements LocaleContextResolver {

  public static final Locale WELSH = Locale.forLanguageTag("cy");
  static final String COOKIE = "lang";
  static final String RECORDED = LanguageResolver.class.getName() + ".recorded";

  @Override
  public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
    return new SimpleLocaleContext(resolve(exchange));
  }

  @Override
  public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
    throw new UnsupportedOperationException(
        "the language comes from ?lang=, the cookie or profile");
  }

  /** The language of this request. */
  public static Locale resolve(ServerWebExchange exchange) {
    String asked = exchange.getRequest().getQueryParams().getFirst("lang");
    if (isSupported(asked)) {
      return Locale.forLanguageTag(asked);
    }
    HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
    if (cookie != null && isSupported(cookie.getValue())) {
      return Locale.forLanguageTag(cookie.getValue());
    }
    Locale recorded = exchange.getAttribute(RECORDED);
    return recorded != null ? recorded : Locale.ENGLISH;
  }

  /** {@code en} or {@code cy}. */
  public static String code(Locale locale) {
    return WELSH.getLanguage().equals(locale.getLanguage()) ? "cy" : "en";
  }

  static boolean isSupported(String lang) {
    return "en".equals(lang) || "cy".equals(lang);
  }

  /** Remembers an explicit choice for the following pages. */
  static void remember(ServerWebExchange exchange) {
    String asked = exchange.getRequest().getQueryParams().getFirst("lang");
    if (isSupported(asked)) {
      exchange
          .getResponse()
          .addCookie(
              ResponseCookie.from(COOKIE, asked)
                  .path("/")
                  .httpOnly(true)
                  .sameSite("Lax")
                  .secure(casejourney.portal.session.Tls.isSecure(exchange))
                  .maxAge(Duration.ofDays(365))
                  .build());
    }
  }
}
