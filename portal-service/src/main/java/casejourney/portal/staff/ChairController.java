package casejourney.portal.staff;

import casejourney.api.BilingualText;
import casejourney.api.ConferenceDecision;
import casejourney.api.ProtectionCategory;
import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.MeetingView;
import casejourney.portal.access.AccessPolicy;
import casejourney.portal.access.CaseNotFound;
import casejourney.portal.access.StaffAccess;
import casejourney.portal.commands.CaseCommands;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.staff.ChairForms.OutcomeForm;
import casejourney.portal.staff.ChairForms.ViewsResponseForm;
import casejourney.portal.web.FormErrors;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import reactor.core.publisher.Mono;

/** The chair records a meeting's outcome and responds to the young person's views. */
@Controller
class ChairController {

  private static final String BASE = "/staff/cases/{caseId}/meetings/{meetingId}";

  private final AccessPolicy access;
  private final StaffPages pages;
  private final CaseCommands commands;
  private final StaffCalendar calendar;

  ChairController(
      AccessPolicy access, StaffPages pages, CaseCommands commands, StaffCalendar calendar) {
    this.access = access;
    this.pages = pages;
    this.commands = commands;
    this.calendar = calendar;
  }

  @GetMapping(BASE + "/outcome")
  Mono<String> outcome(
      Authentication user, @PathVariable String caseId, @PathVariable String meetingId, Model m) {
    return meeting(user, caseId, meetingId, "outcome")
        .map(ctx -> outcomePage(ctx, OutcomeForm.blank(calendar.today()), new FormErrors(), m));
  }

  @PostMapping(BASE + "/outcome")
  Mono<String> recordOutcome(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @ModelAttribute("form") OutcomeForm form,
      Model m) {
    return meeting(user, caseId, meetingId, "outcome")
        .flatMap(
            ctx -> {
              FormErrors errors = form.validate();
              if (!errors.isEmpty()) {
                return Mono.just(outcomePage(ctx, form, errors, m));
              }
              Map<String, Object> body = new HashMap<>();
              body.put("heldOn", form.held());
              body.put("decision", form.conferenceDecision());
              body.put("category", form.protectionCategory());
              body.put("nextReviewDate", form.nextReview());
              body.put(
                  "reasons",
                  new BilingualText(form.reasons().strip(), MeetingForms.strip(form.reasonsCy())));
              body.put("strengths", PlanForm.lines(form.strengths()));
              body.put("risks", PlanForm.lines(form.risks()));
              body.put("familyView", MeetingForms.strip(form.familyView()));
              body.put("dissent", MeetingForms.strip(form.dissent()));
              return commands
                  .send(user, path(ctx, "/outcome"), body, form.formId())
                  .map(
                      o ->
                          o instanceof CommandOutcome.Refused refused
                              ? outcomePage(
                                  ctx,
                                  form,
                                  Refusals.errors(
                                      refused,
                                      Set.of(
                                          "heldOn",
                                          "decision",
                                          "category",
                                          "nextReviewDate",
                                          "reasons",
                                          "strengths",
                                          "risks",
                                          "familyView",
                                          "dissent"),
                                      "decision",
                                      "staff.error.refused"),
                                  m)
                              : done(ctx, "outcome"));
            });
  }

  @GetMapping(BASE + "/views-response")
  Mono<String> views(
      Authentication user, @PathVariable String caseId, @PathVariable String meetingId, Model m) {
    return meeting(user, caseId, meetingId, "views-response")
        .map(ctx -> viewsPage(ctx, ViewsResponseForm.blank(), new FormErrors(), m));
  }

  @PostMapping(BASE + "/views-response")
  Mono<String> respond(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @ModelAttribute("form") ViewsResponseForm form,
      Model m) {
    return meeting(user, caseId, meetingId, "views-response")
        .flatMap(
            ctx -> {
              FormErrors errors = form.validate();
              if (!errors.isEmpty()) {
                return Mono.just(viewsPage(ctx, form, errors, m));
              }
              BilingualText response =
                  new BilingualText(form.response().strip(), MeetingForms.strip(form.responseCy()));
              return commands
                  .send(
                      user,
                      path(ctx, "/chair-response"),
                      Map.of("response", response),
                      form.formId())
                  .map(
                      o ->
                          o instanceof CommandOutcome.Refused refused
                              ? viewsPage(
                                  ctx,
                                  form,
                                  Refusals.errors(
                                      refused,
                                      Set.of("response"),
                                      "response",
                                      "staff.error.refused"),
                                  m)
                              : done(ctx, "responded"));
            });
  }

  private String outcomePage(Ctx ctx, OutcomeForm form, FormErrors errors, Model m) {
    common(ctx, errors, m)
        .addAttribute("form", form)
        .addAttribute("decisions", ConferenceDecision.values())
        .addAttribute("categories", ProtectionCategory.values());
    return "staff/outcome";
  }

  private String viewsPage(Ctx ctx, ViewsResponseForm form, FormErrors errors, Model m) {
    // The chair may see every contribution to a meeting they chair, whoever it was shared with.
    common(ctx, errors, m)
        .addAttribute("form", form)
        .addAttribute(
            "contributions",
            ctx.meeting().contributions() == null
                ? java.util.List.of()
                : ctx.meeting().contributions())
        .addAttribute(
            "responses",
            ctx.meeting().chairResponses() == null
                ? java.util.List.of()
                : ctx.meeting().chairResponses());
    return "staff/views-response";
  }

  private static Model common(Ctx ctx, FormErrors errors, Model m) {
    return m.addAttribute("caseId", ctx.staff().caseId())
        .addAttribute("meeting", ctx.meeting())
        .addAttribute("child", ctx.overview().child())
        .addAttribute("errors", errors)
        .addAttribute("nav", StaffController.NAV);
  }

  private static String path(Ctx ctx, String tail) {
    return ctx.staff().caseId() + "/meetings/" + ctx.meeting().meetingId() + tail;
  }

  private static String done(Ctx ctx, String what) {
    return "redirect:/staff/cases/" + ctx.staff().caseId() + "?done=" + what;
  }

  private Mono<Ctx> meeting(Authentication user, String caseId, String meetingId, String what) {
    return access
        .chairOf(user, caseId, meetingId, what)
        .flatMap(
            staff ->
                pages
                    .overview(staff)
                    .flatMap(
                        o ->
                            Mono.justOrEmpty(
                                o.meetings().stream()
                                    .filter(x -> x.meetingId().equals(meetingId))
                                    .findFirst()
                                    .map(x -> new Ctx(staff, o, x)))))
        .switchIfEmpty(Mono.error(new CaseNotFound()));
  }

  record Ctx(StaffAccess staff, CaseOverviewView overview, MeetingView meeting) {}
}
