package casejourney.portal.session;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** "Stay signed in", and the page people see after signing out or timing out. */
@Controller
class SessionController {

  /**
   * Any request keeps the session alive; this one exists so the person can do it on purpose. With
   * script the dialog posts here and stays on the page (204); without, the form brings them back.
   */
  @PostMapping("/session/extend")
  Mono<ResponseEntity<Void>> extend(
      ServerWebExchange exchange,
      @RequestHeader(name = "X-Requested-With", required = false) String requestedWith) {
    return exchange
        .getFormData()
        .map(
            form -> {
              if ("fetch".equals(requestedWith)) {
                return ResponseEntity.noContent().build();
              }
              return ResponseEntity.status(HttpStatus.SEE_OTHER)
                  .location(URI.create(localPath(form.getFirst("returnTo"))))
                  .build();
            });
  }

  @GetMapping("/signed-out")
  String signedOut() {
    return "signed-out";
  }

  /**
   * Only a path on this site: an absolute or protocol-relative address would be an open redirect.
   */
  static String localPath(String returnTo) {
    if (returnTo == null
        || !returnTo.startsWith("/")
        || returnTo.startsWith("//")
        || returnTo.contains("\\")) {
      return "/";
    }
    return returnTo;
  }
}
