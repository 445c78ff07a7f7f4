package casejourney.portal.staff;

import casejourney.api.StaffMember;
import casejourney.api.views.Audience;
import casejourney.portal.access.AccessPolicy;
import casejourney.portal.access.CaseNotFound;
import casejourney.portal.commands.CaseCommands;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.readmodel.ReadModels;
import casejourney.portal.web.FormErrors;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import reactor.core.publisher.Mono;

/**
 * Any social worker opens a case for a child, allocated to themselves (case-service allows no
 * other). There is no case to check access to yet: the page asks only that the person is a worker.
 */
@Controller
class OpenCaseController {

  static final String PAGE = "/staff/cases/new";

  /**
   * How long to wait for the read models to show the new case before going to it: normally well
   * under a second (docs/architecture.md). After that the worker goes to their caseload, told that
   * the case will appear there, rather than to a "page not found".
   */
  static final Duration READ_POLL = Duration.ofMillis(100);

  static final int READ_TRIES = 30;

  static final String OPENED_NOT_YET_SHOWN = "redirect:/staff?done=opened";

  private final CaseCommands commands;
  private final ReadModels readModels;
  private final StaffCalendar calendar;

  OpenCaseController(CaseCommands commands, ReadModels readModels, StaffCalendar calendar) {
    this.commands = commands;
    this.readModels = readModels;
    this.calendar = calendar;
  }

  @GetMapping(PAGE)
  Mono<String> page(Authentication user, Model m) {
    return requireWorker(user)
        .then(Mono.fromSupplier(() -> openPage(user, OpenCaseForm.fresh(), new FormErrors(), m)));
  }

  @PostMapping(PAGE)
  Mono<String> open(Authentication user, @ModelAttribute("form") OpenCaseForm form, Model m) {
    return requireWorker(user)
        .then(
            Mono.defer(
                () -> {
                  form.withRows();
                  FormErrors errors = form.validate(calendar.today());
                  if (!errors.isEmpty()) {
                    return Mono.just(openPage(user, form, errors, m));
                  }
                  String caseId = form.caseId();
                  return commands
                      .send(user, "", form.command(worker(user)), form.getFormId())
                      .flatMap(
                          outcome ->
                              outcome instanceof CommandOutcome.Refused
                                  ? Mono.just(
                                      StaffCaseContext.sent(
                                          CaseLifecycleForms.renamed(outcome, form.refusalFields()),
                                          OPENED_NOT_YET_SHOWN,
                                          form.inputs(),
                                          "nation",
                                          "staff.error.open.conflict",
                                          e -> openPage(user, form, e, m)))
                                  : whenShown(user, caseId));
                }));
  }

  /**
   * The new case's page once the worker's access and the case's overview are written (the case page
   * needs both), or else the caseload.
   */
  private Mono<String> whenShown(Authentication user, String caseId) {
    Mono<Boolean> shown =
        Mono.defer(
            () ->
                Mono.zip(
                        readModels
                            .access(user.getName())
                            .filter(
                                a ->
                                    a.cases() != null
                                        && a.cases().stream()
                                            .anyMatch(
                                                g ->
                                                    g.active()
                                                        && g.role() == Audience.WORKER
                                                        && caseId.equals(g.caseId()))),
                        readModels.caseOverview(caseId))
                    .map(both -> true));
    return shown
        .repeatWhenEmpty(tries -> tries.take(READ_TRIES).delayElements(READ_POLL))
        .map(ready -> StaffCaseContext.done(caseId, "opened"))
        .defaultIfEmpty(OPENED_NOT_YET_SHOWN);
  }

  /** A chair or a family member gets the same answer as for a page that does not exist. */
  static Mono<Void> requireWorker(Authentication user) {
    return user != null && AccessPolicy.hasRole(user, Audience.WORKER)
        ? Mono.empty()
        : Mono.error(CaseNotFound::new);
  }

  /** The signed-in worker, by the name in their token (families see it), else their sign-in id. */
  static StaffMember worker(Authentication user) {
    Object name = null;
    if (user.getPrincipal() instanceof OAuth2AuthenticatedPrincipal p) {
      name = p.getAttribute("name");
    } else if (user instanceof JwtAuthenticationToken jwt) {
      name = jwt.getTokenAttributes().get("name");
    }
    String shown = name == null || name.toString().isBlank() ? user.getName() : name.toString();
    return new StaffMember(user.getName(), shown.strip());
  }

  private static String openPage(
      Authentication user, OpenCaseForm form, FormErrors errors, Model m) {
    m.addAttribute("form", form)
        .addAttribute("errors", errors)
        .addAttribute("worker", worker(user))
        .addAttribute("nations", OpenCaseForm.NATIONS)
        .addAttribute("childRoles", OpenCaseForm.CHILD_ROLES)
        .addAttribute("memberRoles", OpenCaseForm.MEMBER_ROLES)
        .addAttribute("languages", OpenCaseForm.LANGUAGES)
        .addAttribute("nav", StaffController.NAV);
    return "staff/case-open";
  }
}
