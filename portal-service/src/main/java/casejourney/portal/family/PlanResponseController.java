package casejourney.portal.family;

import casejourney.api.views.Audience;
import casejourney.portal.access.AccessPolicy;
import casejourney.portal.access.FamilyAccess;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.disputes.FamilyDisputes;
import casejourney.portal.web.FormErrors;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/** "I have read this" or "I disagree, because …", both recorded and shown back. */
@Controller
class PlanResponseController {

  private final AccessPolicy access;
  private final ParentPages pages;
  private final PlanResponses responses;
  private final FamilyDisputes disputes;

  PlanResponseController(
      AccessPolicy access, ParentPages pages, PlanResponses responses, FamilyDisputes disputes) {
    this.access = access;
    this.pages = pages;
    this.responses = responses;
    this.disputes = disputes;
  }

  @GetMapping("/plan/respond")
  Mono<String> show(
      Authentication user,
      @RequestParam(name = "sent", required = false) String sent,
      Model model) {
    return access
        .family(user, Audience.PARENT)
        .flatMap(
            f ->
                render(
                    f,
                    new PlanResponseForm(null, null, null, newFormId()),
                    new FormErrors(),
                    model))
        .doOnNext(
            v ->
                model.addAttribute(
                    "sent", "read".equals(sent) || "disagree".equals(sent) ? sent : null));
  }

  @PostMapping("/plan/respond")
  Mono<String> respond(
      Authentication user, @ModelAttribute("form") PlanResponseForm form, Model model) {
    return access
        .family(user, Audience.PARENT)
        .flatMap(
            family -> {
              FormErrors errors = form.validate();
              if (!errors.isEmpty()) {
                return render(family, form, errors, model);
              }
              return responses
                  .send(user, family, form)
                  .flatMap(
                      outcome -> {
                        if (outcome instanceof CommandOutcome.Refused refused) {
                          FormErrors refusal =
                              refused.status() == PlanResponses.CHANGED
                                  ? new FormErrors().add("answer", "error.plan.changed")
                                  : new FormErrors()
                                      .addRefusal(
                                          refused,
                                          Set.of("response"),
                                          "answer",
                                          "error.plan.refused");
                          PlanResponseForm again =
                              new PlanResponseForm(
                                  form.answer(), form.response(), null, newFormId());
                          return render(family, again, refusal, model);
                        }
                        return Mono.just("redirect:/plan/respond?sent=" + form.answer());
                      });
            });
  }

  private Mono<String> render(
      FamilyAccess family, PlanResponseForm form, FormErrors errors, Model model) {
    return pages
        .plan(family)
        .zipWith(disputes.mine(family))
        .map(
            t -> {
              model.addAllAttributes(
                  Map.of("plan", t.getT1(), "form", form, "errors", errors, "mine", t.getT2()));
              return "family/plan-respond";
            });
  }

  static String newFormId() {
    return UUID.randomUUID().toString();
  }
}
