package casejourney.portal.staff;

import casejourney.api.WelshText;
import casejourney.api.plan.Expectation;
import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.MeetingView;
import casejourney.api.views.WorkerDashboardView.MissingTranslation;
import casejourney.portal.access.CaseNotFound;
import casejourney.portal.access.StaffAccess;
import casejourney.portal.commands.CaseCommands;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.staff.WelshTexts.Target;
import casejourney.portal.web.FormErrors;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/**
 * Completes a "Welsh text to add" task from the caseload (docs/adr/0018): the Welsh version of one
 * text already recorded, tied to the English it was written from, so that case-service can refuse
 * it if that English has changed since.
 */
@Controller
class WelshTextController {

  static final String PATH = "/staff/cases/{caseId}/welsh-text";
  static final String DONE = "redirect:/staff?done=welshAdded";

  private final WelshTexts welsh;
  private final StaffPages pages;
  private final CaseCommands commands;

  WelshTextController(WelshTexts welsh, StaffPages pages, CaseCommands commands) {
    this.welsh = welsh;
    this.pages = pages;
    this.commands = commands;
  }

  @GetMapping(PATH)
  Mono<String> show(
      Authentication user,
      @PathVariable String caseId,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String ref,
      @RequestParam(required = false) String personId,
      @RequestParam(required = false) String reportId,
      Model m) {
    Target target = Target.of(kind, ref, personId, reportId).orElseThrow(CaseNotFound::new);
    return context(user, caseId, target)
        .flatMap(
            c ->
                welsh
                    .taskIfListed(c.caseId(), target)
                    .map(
                        task ->
                            page(
                                c,
                                task.map(t -> WelshTextForm.forTask(target, t)).orElse(null),
                                new FormErrors(),
                                m)));
  }

  @PostMapping(PATH)
  Mono<String> add(
      Authentication user,
      @PathVariable String caseId,
      @ModelAttribute("form") WelshTextForm form,
      Model m) {
    Target target =
        Target.of(form.kind(), form.ref(), form.personId(), form.reportId())
            .filter(t -> !MeetingForms.blank(form.english()))
            .orElseThrow(CaseNotFound::new);
    return context(user, caseId, target)
        .flatMap(
            c -> {
              FormErrors errors = form.validate();
              if (!errors.isEmpty()) {
                return Mono.just(page(c, form, errors, m));
              }
              return commands
                  .send(user, c.caseId() + "/welsh-text", form.command(), form.formId())
                  .flatMap(outcome -> answered(c, target, form, outcome, m));
            });
  }

  /**
   * A refusal for changed English shows the English as the caseload now has it, to translate
   * instead; one for a text no longer there says so, as neither can be fixed by rewording the
   * Welsh.
   */
  private Mono<String> answered(
      Context c, Target target, WelshTextForm form, CommandOutcome outcome, Model m) {
    if (!(outcome instanceof CommandOutcome.Refused refused)) {
      return Mono.just(DONE);
    }
    if (refused.status() == 404) {
      return Mono.just(
          page(c, form, new FormErrors().add("welsh", "staff.error.welshText.gone"), m));
    }
    if (refused.status() == 409 && !refused.errors().isEmpty()) {
      return welsh
          .taskIfListed(c.caseId(), target)
          .map(task -> page(c, changed(form, task), errorForChanged(form, task), m));
    }
    return Mono.just(
        StaffCaseContext.sent(
            outcome,
            DONE,
            Set.of("welsh"),
            "welsh",
            "staff.error.conflict",
            e -> page(c, form, e, m)));
  }

  private static WelshTextForm changed(WelshTextForm form, Optional<MissingTranslation> task) {
    return task.map(t -> form.withEnglish(t.english())).orElse(form);
  }

  private static FormErrors errorForChanged(WelshTextForm form, Optional<MissingTranslation> task) {
    String key =
        task.isEmpty()
            // Changed, and the new words already have their Welsh (or are gone).
            ? "staff.error.welshText.changedDone"
            : task.get().english().equals(form.english())
                // The caseload has not caught up with the change yet.
                ? "staff.error.welshText.changedReload"
                : "staff.error.welshText.changed";
    return new FormErrors().add("welsh", key);
  }

  /**
   * The case and the text's place in it, as the page names them. {@code expectation}: the words of
   * the expectation a measure, help, consequence or reason belongs to, or null.
   */
  private record Context(
      String caseId, CaseOverviewView overview, Target target, String expectation) {

    /** Who reads this text, for the kinds written to one person. */
    String reader() {
      return target.personId() == null
          ? null
          : MeetingPeople.nameOnCase(overview, target.personId());
    }

    String reportTitle() {
      return target.reportId() == null
          ? null
          : overview.meetings().stream()
              .filter(x -> x.meetingId().equals(target.ref()) && x.reports() != null)
              .flatMap(x -> x.reports().stream())
              .filter(r -> r.reportId().equals(target.reportId()))
              .map(MeetingView.Report::title)
              .findFirst()
              .orElse(null);
    }
  }

  private Mono<Context> context(Authentication user, String caseId, Target target) {
    return welsh
        .access(user, caseId, target.kind(), target.ref())
        .flatMap(
            staff -> Mono.zip(pages.overview(staff), expectation(staff, target).defaultIfEmpty("")))
        .map(
            t ->
                new Context(
                    t.getT1().caseId(), t.getT1(), target, t.getT2().isEmpty() ? null : t.getT2()));
  }

  /**
   * "Help given" or "If it is not done" alone may be the same words in several expectations (or
   * none at all, once read aloud): the page names the expectation too.
   */
  private Mono<String> expectation(StaffAccess staff, Target target) {
    if (!target.kind().isPlanText() || target.kind() == WelshText.PLAN_EXPECTATION) {
      return Mono.empty();
    }
    return pages
        .currentPlan(staff)
        .flatMap(
            plan ->
                Mono.justOrEmpty(
                    plan.flatMap(
                        v ->
                            v.content().expectations().stream()
                                .filter(e -> e.expectationId().equals(target.ref()))
                                .map(Expectation::what)
                                .findFirst())));
  }

  /** {@code form} null: there is no Welsh to add for this text now, so no form either. */
  private static String page(Context c, WelshTextForm form, FormErrors errors, Model m) {
    WelshText kind = c.target().kind();
    m.addAttribute("caseId", c.caseId())
        .addAttribute("child", c.overview().child().name())
        .addAttribute("kind", kind.name())
        .addAttribute("reader", c.reader())
        .addAttribute("report", c.reportTitle())
        .addAttribute("expectation", c.expectation())
        .addAttribute("form", form)
        .addAttribute("errors", errors)
        .addAttribute("nav", StaffController.NAV);
    return "staff/welsh-text";
  }
}
