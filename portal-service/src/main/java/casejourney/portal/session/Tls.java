package casejourney.portal.session;

import org.springframework.web.server.ServerWebExchange;

/** Whether a request reached us over TLS (directly, or through a proxy that said so). */
public final class Tls {

  private Tls() {}

  public static boolean isSecure(ServerWebExchange exchange) {
    return exchange.getRequest().getSslInfo() != null
        || "https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme());
  }
}
