package casejourney.portal.staff;

import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.ClockKind;
import casejourney.api.views.MeetingView;
import casejourney.api.views.PlanHistoryView.PlanVersionView;
import casejourney.api.views.StatutoryClocksView;
import casejourney.portal.access.StaffAccess;
import casejourney.portal.commands.CaseCommands;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.readmodel.ReadModels;
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

  private static final Set<String> FIELDS =
      Set.of("outcomes", "strengths", "risks", "outlinePlanLateReason");

  private final StaffCaseContext cases;
  private final StaffPages pages;
  private final CaseCommands commands;
  private final ReadModels readModels;
  private final StaffCalendar calendar;

  PlanController(
      StaffCaseContext cases,
      StaffPages pages,
      CaseCommands commands,
      ReadModels readModels,
      StaffCalendar calendar) {
    this.cases = cases;
    this.pages = pages;
    this.commands = commands;
    this.readModels = readModels;
    this.calendar = calendar;
  }

  @GetMapping("/staff/cases/{caseId}/plan/new")
  Mono<String> show(Authentication user, @PathVariable String caseId, Model model) {
    return cases
        .worker(user, caseId, "plan-new")
        .flatMap(this::context)
        .map(
            ctx -> {
              PlanForm form =
                  PlanForm.from(
                      ctx.current().map(PlanVersionView::content).orElse(null), ctx.version());
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
    MeetingForms.tooLong(
        draft.errors(),
        "outlinePlanLateReason",
        form.getOutlinePlanLateReason(),
        MeetingForms.SHORT_TEXT);
    if (lateOutline(ctx, form.getDecidedAtMeetingId()) != null
        && MeetingForms.blank(form.getOutlinePlanLateReason())) {
      draft.errors().add("outlinePlanLateReason", "staff.error.plan.outlineLate");
    }
    if (!draft.errors().isEmpty()) {
      return Mono.just(page(ctx, form, null, draft.errors(), model));
    }
    if (!form.basedOn(ctx.version())) {
      return Mono.just(changedSince(ctx, form, draft, model));
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
    body.put("outlinePlanLateReason", MeetingForms.strip(form.getOutlinePlanLateReason()));
    body.put("basedOnVersion", ctx.version());
    return commands
        .send(user, ctx.staff().caseId() + "/plan-versions", body, form.getFormId())
        .map(
            outcome -> {
              if (outcome instanceof CommandOutcome.Refused refused && refused.status() == 409) {
                return changedSince(ctx, form, draft, model);
              }
              if (outcome instanceof CommandOutcome.Refused refused) {
                FormErrors refusal =
                    Refusals.errors(refused, FIELDS, "outcomes", "staff.error.refused");
                return page(
                    ctx, form, draft.askingFor(Refusals.reasonIds(refused)), refusal, model);
              }
              return "redirect:/staff/cases/" + ctx.staff().caseId() + "?done=published";
            });
  }

  /**
   * Another version was published after this form was filled in. Publishing it as it is would undo
   * that version's changes without the worker knowing, so the preview is shown again against the
   * version now current, and the next submission is taken as written from it.
   */
  private String changedSince(Ctx ctx, PlanForm form, PlanDraft draft, Model model) {
    form.setBasedOnVersion(String.valueOf(ctx.version()));
    FormErrors errors = new FormErrors().add("preview", "staff.error.plan.changedSince");
    return page(ctx, form, draft, errors, model);
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
    model.addAttribute("outlineLate", lateOutline(ctx, form.getDecidedAtMeetingId()));
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

  /**
   * The outline plan clock this version would stop, when it is already past its due date (Wales):
   * the clock of the conference named, or else the oldest still running, as the clocks count it.
   * Case-service then needs the worker's reason.
   */
  private StatutoryClocksView.Clock lateOutline(Ctx ctx, String decidedAtMeetingId) {
    String named = MeetingForms.strip(decidedAtMeetingId);
    return ctx.clocks().stream()
        .filter(c -> c.kind() == ClockKind.OUTLINE_PLAN && c.running() && c.due() != null)
        .filter(c -> named == null || named.equals(c.meetingId()))
        .findFirst()
        .filter(c -> calendar.statutory().lateness(c.due(), calendar.today()).late())
        .orElse(null);
  }

  /** Meetings that can have decided a version: those held, with an outcome. */
  private static List<MeetingView> held(CaseOverviewView overview) {
    return overview.meetings().stream().filter(m -> m.outcome() != null).toList();
  }

  private Mono<Ctx> context(StaffAccess staff) {
    Mono<List<StatutoryClocksView.Clock>> clocks =
        readModels
            .clocks(staff.caseId())
            .map(StatutoryClocksView::clocks)
            .defaultIfEmpty(List.of());
    return Mono.zip(pages.overview(staff), pages.currentPlan(staff), clocks)
        .map(t -> new Ctx(staff, t.getT1(), t.getT2(), t.getT3()));
  }

  record Ctx(
      StaffAccess staff,
      CaseOverviewView overview,
      Optional<PlanVersionView> current,
      List<StatutoryClocksView.Clock> clocks) {

    int version() {
      return StaffPages.versionOf(current);
    }
  }
}
