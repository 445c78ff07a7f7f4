package casejourney.portal.family;

import casejourney.api.views.Audience;
import casejourney.portal.access.AccessPolicy;
import casejourney.portal.disputes.FamilyDisputes;
import casejourney.portal.web.LanguageResolver;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/**
 * The parent and carer reading pages. No ids in any address: the case is the one in the person's
 * access document.
 */
@Controller
class ParentController {

  private final AccessPolicy access;
  private final ParentPages pages;
  private final TimelineRows rows;
  private final FamilyDisputes disputes;

  ParentController(
      AccessPolicy access, ParentPages pages, TimelineRows rows, FamilyDisputes disputes) {
    this.access = access;
    this.pages = pages;
    this.rows = rows;
    this.disputes = disputes;
  }

  @GetMapping("/updates")
  Mono<String> updates(
      Authentication user,
      @RequestParam(name = "show", required = false) String show,
      @RequestParam(name = "page", required = false) String page,
      Locale locale,
      Model model) {
    String lang = LanguageResolver.code(locale);
    Integer number = number(page);
    return access
        .family(user, Audience.PARENT)
        .flatMap(f -> pages.timeline(f, show))
        .doOnNext(
            t -> model.addAttribute("timeline", rows.page(t, lang, number == null ? 1 : number)))
        .thenReturn("family/updates");
  }

  @GetMapping("/expected")
  Mono<String> expected(Authentication user, Model model) {
    return access
        .family(user, Audience.PARENT)
        .flatMap(pages::expected)
        .doOnNext(l -> model.addAttribute("ledger", l))
        .thenReturn("family/expected");
  }

  /** Version numbers are read as text so that nonsense gives the default view, not an error. */
  @GetMapping("/what-changed")
  Mono<String> whatChanged(
      Authentication user,
      @RequestParam(name = "from", required = false) String from,
      @RequestParam(name = "to", required = false) String to,
      Model model) {
    return access
        .family(user, Audience.PARENT)
        .flatMap(f -> pages.whatChanged(f, number(from), number(to)).zipWith(disputes.mine(f)))
        .doOnNext(t -> model.addAttribute("changes", t.getT1()).addAttribute("mine", t.getT2()))
        .thenReturn("family/what-changed");
  }

  @GetMapping("/meeting")
  Mono<String> meeting(Authentication user, Model model) {
    return access
        .family(user, Audience.PARENT)
        .flatMap(
            f ->
                pages
                    .meeting(f)
                    .zipWith(disputes.mine(f))
                    .doOnNext(
                        t ->
                            model
                                .addAttribute("details", t.getT1())
                                .addAttribute("mine", t.getT2())
                                // So the list of who is invited says "You", not their own name.
                                .addAttribute("personId", f.personId())))
        .thenReturn("family/meeting");
  }

  static Integer number(String value) {
    if (value == null || !value.matches("\\d{1,6}")) {
      return null;
    }
    return Integer.valueOf(value);
  }
}
