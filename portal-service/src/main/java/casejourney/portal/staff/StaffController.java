package casejourney.portal.staff;

import casejourney.api.views.Audience;
import casejourney.portal.access.AccessPolicy;
import casejourney.portal.access.CaseNotFound;
import casejourney.portal.web.NavItem;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/** The caseload dashboard and the case page. */
@Controller
class StaffController {

  /** Staff have one menu item; the case pages link onwards from the caseload. */
  static final List<NavItem> NAV = List.of(new NavItem("/staff", "staff.nav.caseload"));

  /** What a form just did, for the banner on the case page; anything else is ignored. */
  static final java.util.Set<String> DONE =
      java.util.Set.of(
          "scheduled",
          "invited",
          "shared",
          "published",
          "outcome",
          "responded",
          "met",
          "advocate",
          "moved",
          "cancelled",
          "recordSent",
          "strategy",
          "closed",
          "visibility",
          "excluded",
          "exclusionWithdrawn",
          "redacted",
          "disputeAnswered",
          "disputeExtended",
          "opened");

  /**
   * What a form just did, for the banner on the caseload: a case opened but not yet in the read
   * models, or one handed on, which is no longer the worker's to see; or a Welsh version added,
   * whose task leaves the caseload once the read models have it.
   */
  static final java.util.Set<String> DASHBOARD_DONE =
      java.util.Set.of("opened", "handedOn", "welshAdded");

  private final AccessPolicy access;
  private final StaffPages pages;

  StaffController(AccessPolicy access, StaffPages pages) {
    this.access = access;
    this.pages = pages;
  }

  @GetMapping("/staff")
  Mono<String> dashboard(
      Authentication user,
      @RequestParam(name = "done", required = false) String done,
      Model model) {
    return requireStaff(user)
        .then(pages.dashboard(user))
        .map(
            d -> {
              model.addAttribute("dashboard", d);
              model.addAttribute(
                  "done", done != null && DASHBOARD_DONE.contains(done) ? done : null);
              // Any worker may open a case; a chair may not.
              model.addAttribute("canOpen", AccessPolicy.hasRole(user, Audience.WORKER));
              model.addAttribute("nav", NAV);
              return "staff/dashboard";
            });
  }

  @GetMapping("/staff/cases/{caseId}")
  Mono<String> casePage(
      Authentication user,
      @PathVariable String caseId,
      @RequestParam(name = "done", required = false) String done,
      Model model) {
    return access
        .staff(user, caseId, "case")
        .flatMap(pages::casePage)
        .map(
            c -> {
              model.addAttribute("c", c);
              model.addAttribute("done", done != null && DONE.contains(done) ? done : null);
              model.addAttribute("nav", NAV);
              return "staff/case";
            });
  }

  /** Family members get the same answer as for a case they may not see. */
  static Mono<Void> requireStaff(Authentication user) {
    return user != null
            && (AccessPolicy.hasRole(user, Audience.WORKER)
                || AccessPolicy.hasRole(user, Audience.CHAIR))
        ? Mono.empty()
        : Mono.error(CaseNotFound::new);
  }
}
