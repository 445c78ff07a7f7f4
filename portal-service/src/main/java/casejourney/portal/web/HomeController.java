package casejourney.portal.web;

import casejourney.api.views.Audience;
import casejourney.portal.access.AccessPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import reactor.core.publisher.Mono;

/** The start page; once signed in, each person goes to their own first page. */
@Controller
class HomeController {

  @GetMapping("/")
  Mono<String> home(Mono<Authentication> user) {
    return user.map(HomeController::firstPage).defaultIfEmpty("start");
  }

  static String firstPage(Authentication user) {
    if (AccessPolicy.hasRole(user, Audience.YOUNG_PERSON)) {
      return "redirect:/young-person/meeting";
    }
    if (AccessPolicy.hasRole(user, Audience.PARENT)) {
      return "redirect:/updates";
    }
    if (AccessPolicy.hasRole(user, Audience.WORKER) || AccessPolicy.hasRole(user, Audience.CHAIR)) {
      // The staff pages (package casejourney.portal.staff) own this address.
      return "redirect:/staff";
    }
    return "start";
  }
}
