package casejourney.portal.disputes;

import casejourney.api.views.Audience;
import casejourney.portal.access.AccessPolicy;
import casejourney.portal.access.FamilyAccess;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.web.FormErrors;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/**
 * A parent, carer or the young person says something in the record is wrong, and sees what they
 * said and the answer (docs/adr/0015). The same two pages for both, each in their own words; the
 * case and the person come from their sign-in, and the address carries only the opaque token of
 * what it is about.
 */
@Controller
class DisputeController {

  static final String PARENT = "/something-wrong";
  static final String YOUNG_PERSON = "/young-person/something-wrong";

  private final AccessPolicy access;
  private final FamilyDisputes disputes;

  DisputeController(AccessPolicy access, FamilyDisputes disputes) {
    this.access = access;
    this.disputes = disputes;
  }

  /** Whose pages: the role, its address and its words. */
  private record Who(Audience role, String base, String p) {}

  private static final Who PARENT_PAGES = new Who(Audience.PARENT, PARENT, "");
  private static final Who YOUNG_PERSON_PAGES = new Who(Audience.YOUNG_PERSON, YOUNG_PERSON, "yp.");

  @GetMapping(PARENT)
  Mono<String> parentList(
      Authentication user, @RequestParam(name = "sent", required = false) String sent, Model m) {
    return list(PARENT_PAGES, user, sent, m);
  }

  @GetMapping(YOUNG_PERSON)
  Mono<String> youngPersonList(
      Authentication user, @RequestParam(name = "sent", required = false) String sent, Model m) {
    return list(YOUNG_PERSON_PAGES, user, sent, m);
  }

  @GetMapping(PARENT + "/new")
  Mono<String> parentForm(
      Authentication user, @RequestParam(name = "about", required = false) String about, Model m) {
    return form(PARENT_PAGES, user, about, m);
  }

  @GetMapping(YOUNG_PERSON + "/new")
  Mono<String> youngPersonForm(
      Authentication user, @RequestParam(name = "about", required = false) String about, Model m) {
    return form(YOUNG_PERSON_PAGES, user, about, m);
  }

  @PostMapping(PARENT + "/new")
  Mono<String> parentSend(Authentication user, @ModelAttribute("form") DisputeForm form, Model m) {
    return send(PARENT_PAGES, user, form, m);
  }

  @PostMapping(YOUNG_PERSON + "/new")
  Mono<String> youngPersonSend(
      Authentication user, @ModelAttribute("form") DisputeForm form, Model m) {
    return send(YOUNG_PERSON_PAGES, user, form, m);
  }

  private Mono<String> list(Who who, Authentication user, String sent, Model m) {
    return access
        .family(user, who.role())
        .flatMap(disputes::disputes)
        .map(
            d -> {
              words(who, m).addAttribute("disputes", d).addAttribute("sent", sent != null);
              return "family/wrong";
            });
  }

  private Mono<String> form(Who who, Authentication user, String about, Model m) {
    return access
        .family(user, who.role())
        .flatMap(disputes::disputes)
        .map(d -> page(who, d, DisputeForm.fresh(about, d.choices()), new FormErrors(), m));
  }

  private Mono<String> send(Who who, Authentication user, DisputeForm form, Model m) {
    return access
        .family(user, who.role())
        .flatMap(
            family -> disputes.disputes(family).flatMap(d -> send(who, user, family, d, form, m)));
  }

  private Mono<String> send(
      Who who,
      Authentication user,
      FamilyAccess family,
      FamilyDisputes.Disputes d,
      DisputeForm form,
      Model m) {
    FormErrors errors = form.validate(d.choices(), who.p());
    if (!errors.isEmpty()) {
      return Mono.just(page(who, d, form, errors, m));
    }
    String disputeId = form.disputeId();
    return disputes
        .raise(
            user,
            family,
            form.chosen(d.choices()).orElseThrow(),
            form.whatIsWrong(),
            form.whatItShouldSay(),
            disputeId)
        .map(
            outcome ->
                outcome instanceof CommandOutcome.Refused refused
                    ? page(
                        who,
                        d,
                        form.again(),
                        new FormErrors()
                            .addRefusal(
                                refused,
                                Set.of("whatIsWrong", "whatItShouldSay"),
                                "about",
                                who.p() + "wrong.error.refused"),
                        m)
                    : "redirect:" + who.base() + "?sent=1");
  }

  private static String page(
      Who who, FamilyDisputes.Disputes d, DisputeForm form, FormErrors errors, Model m) {
    words(who, m)
        .addAttribute("disputes", d)
        .addAttribute("form", form)
        .addAttribute("errors", errors);
    return "family/wrong-new";
  }

  private static Model words(Who who, Model m) {
    return m.addAttribute("p", who.p()).addAttribute("base", who.base());
  }
}
