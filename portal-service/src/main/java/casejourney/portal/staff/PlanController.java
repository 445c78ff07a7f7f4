package casejourney.portal.staff;

import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.MeetingView;
import casejourney.api.views.PlanHistoryView.PlanVersionView;
import casejourney.portal.access.StaffAccess;
import casejourney.portal.commands.CaseCommands;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.web.FormErrors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import reactor.core.publisher.Mono;

/**
 * Publishing a plan version in two steps: the form, then a preview of the goalpost changes in which
 * each flagged change asks for its reason. Both steps score the text; nothing needs JavaScript.
 */
@Controller
class PlanController {

  private static final Set<String> FIELDS = Set.of("outcomes", "strengths", "risks");

  private final StaffCaseContext cases;
  private final StaffPages pages;
  private final CaseCommands commands;

  PlanController(StaffCaseContext cases, StaffPages pages, CaseCommands commands) {
    this.cases = cases;
    this.pages = pages;
    this.commands = commands;
  }

  @GetMapping("/staff/cases/{caseId}/plan/new")
  Mono<String> show(Authentication user, @PathVariable String caseId, Model model) {
    return cases
        .worker(user, caseId, "plan-new")
        .flatMap(this::context)
        .map(
            ctx -> {
              PlanForm form =
                  PlanForm.from(ctx.current().map(PlanVersionView::content).orElse(null));
              return page(ctx, form, null, new FormErrors(), model);
            });
  }

  @PostMapping("/staff/cases/{caseId}/plan/new")
  Mono<String> submit(
      Authentication user,
      @PathVariable String caseId,
      @ModelAttribute("form") PlanForm form,
      Model model) {
    return cases
        .worker(user, caseId, "plan-new")
        .flatMap(this::context)
        .flatMap(ctx -> submit(user, ctx, form, model));
  }

  private Mono<String> submit(Authentication user, Ctx ctx, PlanForm form, Model model) {
    PlanVersionView current = ctx.current().orElse(null);
    PlanDraft draft = PlanDraft.of(form, current, PlanForm.names(ctx.overview().familyMembers()));
    if (form.correcting() && correctable(ctx) == null) {
      draft.errors().add("corrects", "staff.error.plan.corrects");
    }
    if (!draft.errors().isEmpty()) {
      return Mono.just(page(ctx, form, null, draft.errors(), model));
    }
    if (!form.publishing()) {
      return Mono.just(page(ctx, form, draft, new FormErrors(), model));
    }
    FormErrors missing = draft.missingReasons(form);
    if (!missing.isEmpty()) {
      return Mono.just(page(ctx, form, draft, missing, model));
    }
    Map<String, Object> body = new HashMap<>();
    body.put("content", draft.content());
    body.put("reasonsByExpectationId", draft.reasons(form));
    body.put("decidedAtMeetingId", MeetingForms.strip(form.getDecidedAtMeetingId()));
    if (form.correcting()) {
      body.put("correctsVersion", correctable(ctx));
    }
    return commands
        .send(user, ctx.staff().caseId() + "/plan-versions", body, form.getFormId())
        .map(
            outcome -> {
              if (outcome instanceof CommandOutcome.Refused refused) {
                FormErrors refusal =
                    Refusals.errors(refused, FIELDS, "outcomes", "staff.error.refused");
                return page(
                    ctx, form, draft.askingFor(Refusals.reasonIds(refused)), refusal, model);
              }
              return "redirect:/staff/cases/" + ctx.staff().caseId() + "?done=published";
            });
  }

  private String page(Ctx ctx, PlanForm form, PlanDraft draft, FormErrors errors, Model model) {
    PlanDraft scored =
        draft != null
            ? draft
            : PlanDraft.of(
                form, ctx.current().orElse(null), PlanForm.names(ctx.overview().familyMembers()));
    model.addAttribute("caseId", ctx.staff().caseId());
    model.addAttribute("form", form.withSpareRow());
    model.addAttribute("draft", draft);
    model.addAttribute("scores", scored.scores());
    model.addAttribute("current", ctx.current().orElse(null));
    model.addAttribute("family", ctx.overview().familyMembers());
    model.addAttribute("held", held(ctx.overview()));
    model.addAttribute("correctable", correctable(ctx));
    model.addAttribute("errors", errors);
    model.addAttribute("nav", StaffController.NAV);
    return "staff/plan";
  }

  /**
   * The version this one may correct: the current version, when the signed-in worker published it.
   * Only the person who published a version may correct it (DOMAIN.md, "Goalpost changes"); anyone
   * else publishes a new version, with a reason for each change that makes things harder.
   */
  private static Integer correctable(Ctx ctx) {
    return ctx.current()
        .filter(
            v -> v.publishedBy() != null && ctx.staff().subject().equals(v.publishedBy().subject()))
        .map(PlanVersionView::version)
        .orElse(null);
  }

  /** Meetings that can have decided a version: those held, with an outcome. */
  private static List<MeetingView> held(CaseOverviewView overview) {
    return overview.meetings().stream().filter(m -> m.outcome() != null).toList();
  }

  private Mono<Ctx> context(StaffAccess staff) {
    return pages
        .overview(staff)
        .zipWith(pages.currentPlan(staff))
        .map(t -> new Ctx(staff, t.getT1(), t.getT2()));
  }

  record Ctx(StaffAccess staff, CaseOverviewView overview, Optional<PlanVersionView> current) {}
}
