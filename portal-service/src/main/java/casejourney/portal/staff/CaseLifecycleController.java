package casejourney.portal.staff;

import casejourney.api.StaffMember;
import casejourney.api.views.Audience;
import casejourney.api.views.CaseOverviewView;
import casejourney.portal.commands.CaseCommands;
import casejourney.portal.directory.StaffDirectory;
import casejourney.portal.staff.CaseLifecycleForms.CloseForm;
import casejourney.portal.staff.CaseLifecycleForms.HandOnForm;
import casejourney.portal.web.FormErrors;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import reactor.core.publisher.Mono;

/**
 * The allocated worker closes the case (the plan ends and the family is told why) or hands it to
 * another social worker (the family is told who). Both are final for this worker, so each page says
 * what will happen before anything is sent.
 */
@Controller
class CaseLifecycleController {

  private static final String CLOSE = "/staff/cases/{caseId}/close";
  private static final String HAND_ON = "/staff/cases/{caseId}/worker";

  /** Where a worker goes once the case is no longer theirs: their caseload, with a banner. */
  static final String HANDED_ON = "redirect:/staff?done=handedOn";

  private final StaffCaseContext cases;
  private final StaffPages pages;
  private final CaseCommands commands;
  private final StaffDirectory directory;

  CaseLifecycleController(
      StaffCaseContext cases, StaffPages pages, CaseCommands commands, StaffDirectory directory) {
    this.cases = cases;
    this.pages = pages;
    this.commands = commands;
    this.directory = directory;
  }

  @GetMapping(CLOSE)
  Mono<String> close(
      Authentication user, @PathVariable String caseId, ServerHttpResponse response, Model m) {
    return cases
        .worker(user, caseId, "case-close")
        .flatMap(pages::overview)
        .map(o -> closePage(o, CloseForm.fresh(), new FormErrors(), response, m));
  }

  @PostMapping(CLOSE)
  Mono<String> sendClose(
      Authentication user,
      @PathVariable String caseId,
      @ModelAttribute("form") CloseForm form,
      ServerHttpResponse response,
      Model m) {
    return cases
        .worker(user, caseId, "case-close")
        .flatMap(pages::overview)
        .flatMap(
            o -> {
              FormErrors errors = form.validate();
              if (!o.open() || !errors.isEmpty()) {
                return Mono.just(closePage(o, form, errors, response, m));
              }
              return commands
                  .send(
                      user,
                      o.caseId() + "/closure",
                      Map.of("reason", form.bilingualReason()),
                      form.formId())
                  .map(
                      outcome ->
                          StaffCaseContext.sent(
                              StaffActionForms.reasonFields(outcome),
                              StaffCaseContext.done(o.caseId(), "closed"),
                              Set.of("reason", "reasonCy"),
                              "reason",
                              "staff.error.conflict",
                              e -> closePage(o, form, e, response, m)));
            });
  }

  @GetMapping(HAND_ON)
  Mono<String> handOn(
      Authentication user, @PathVariable String caseId, ServerHttpResponse response, Model m) {
    return cases
        .worker(user, caseId, "case-hand-on")
        .flatMap(pages::overview)
        .zipWith(otherWorkers(user))
        .map(
            t ->
                handOnPage(
                    t.getT1(), t.getT2(), HandOnForm.fresh(), new FormErrors(), response, m));
  }

  /** The social workers the case can go to: everyone in the directory but the caller. */
  private Mono<List<StaffMember>> otherWorkers(Authentication user) {
    return directory
        .withRole(Audience.WORKER)
        .map(all -> all.stream().filter(w -> !w.subject().equals(user.getName())).toList());
  }

  @PostMapping(HAND_ON)
  Mono<String> sendHandOn(
      Authentication user,
      @PathVariable String caseId,
      @ModelAttribute("form") HandOnForm form,
      ServerHttpResponse response,
      Model m) {
    return cases
        .worker(user, caseId, "case-hand-on")
        .flatMap(pages::overview)
        .zipWith(otherWorkers(user))
        .flatMap(
            t -> {
              CaseOverviewView o = t.getT1();
              List<StaffMember> workers = t.getT2();
              FormErrors errors = form.validate(user.getName(), workers);
              if (!o.open() || !errors.isEmpty()) {
                return Mono.just(handOnPage(o, workers, form, errors, response, m));
              }
              return commands
                  .send(
                      user,
                      o.caseId() + "/worker",
                      Map.of("newWorker", form.newWorker(workers)),
                      form.formId())
                  .map(
                      outcome ->
                          StaffCaseContext.sent(
                              CaseLifecycleForms.renamed(
                                  outcome, CaseLifecycleForms.HAND_ON_FIELDS),
                              // The case page is no longer theirs to see once the change is read.
                              HANDED_ON,
                              Set.of("newWorkerSubject"),
                              "newWorkerSubject",
                              "staff.error.conflict",
                              e -> handOnPage(o, workers, form, e, response, m)));
            });
  }

  private static String closePage(
      CaseOverviewView o, CloseForm form, FormErrors errors, ServerHttpResponse response, Model m) {
    if (!o.open()) {
      return StaffActionsController.notPossible(o.caseId(), "CLOSED", response, m);
    }
    m.addAttribute("caseId", o.caseId())
        .addAttribute("child", o.child())
        .addAttribute("form", form)
        .addAttribute("errors", errors)
        .addAttribute("nav", StaffController.NAV);
    return "staff/case-close";
  }

  private static String handOnPage(
      CaseOverviewView o,
      List<StaffMember> workers,
      HandOnForm form,
      FormErrors errors,
      ServerHttpResponse response,
      Model m) {
    if (!o.open()) {
      return StaffActionsController.notPossible(o.caseId(), "CLOSED", response, m);
    }
    m.addAttribute("caseId", o.caseId())
        .addAttribute("child", o.child())
        .addAttribute("workers", workers)
        .addAttribute("form", form)
        .addAttribute("errors", errors)
        .addAttribute("nav", StaffController.NAV);
    return "staff/case-worker";
  }
}
