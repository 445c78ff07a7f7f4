package casejourney.portal.staff;

import casejourney.api.BilingualText;
import casejourney.api.ConferenceDecision;
import casejourney.api.MeetingType;
import casejourney.api.ProtectionCategory;
import casejourney.api.calendar.Lateness;
import casejourney.portal.commands.CaseCommands;
import casejourney.portal.staff.ChairForms.OutcomeForm;
import casejourney.portal.staff.ChairForms.ViewsResponseForm;
import casejourney.portal.staff.StaffCaseContext.MeetingCase;
import casejourney.portal.web.FormErrors;
import java.time.LocalDate;
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

  private final StaffCaseContext cases;
  private final CaseCommands commands;
  private final StaffCalendar calendar;

  ChairController(StaffCaseContext cases, CaseCommands commands, StaffCalendar calendar) {
    this.cases = cases;
    this.commands = commands;
    this.calendar = calendar;
  }

  @GetMapping(BASE + "/outcome")
  Mono<String> outcome(
      Authentication user, @PathVariable String caseId, @PathVariable String meetingId, Model m) {
    return cases
        .chairedMeeting(user, caseId, meetingId, "outcome")
        .map(ctx -> outcomePage(ctx, OutcomeForm.blank(calendar.today()), new FormErrors(), m));
  }

  @PostMapping(BASE + "/outcome")
  Mono<String> recordOutcome(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @ModelAttribute("form") OutcomeForm form,
      Model m) {
    return cases
        .chairedMeeting(user, caseId, meetingId, "outcome")
        .flatMap(
            ctx -> {
              boolean conference = conference(ctx);
              FormErrors errors = form.validate(conference, heldLate(ctx, form.held()));
              if (!errors.isEmpty()) {
                return Mono.just(outcomePage(ctx, form, errors, m));
              }
              Map<String, Object> body = new HashMap<>();
              body.put("heldOn", form.held());
              body.put("decision", conference ? form.conferenceDecision() : null);
              body.put("category", conference ? form.protectionCategory() : null);
              body.put("nextReviewDate", form.nextReview());
              body.put("reasons", MeetingForms.bilingual(form.reasons(), form.reasonsCy()));
              body.put("strengths", PlanForm.lines(form.strengths()));
              body.put("risks", PlanForm.lines(form.risks()));
              body.put("familyView", MeetingForms.strip(form.familyView()));
              body.put("dissent", MeetingForms.strip(form.dissent()));
              body.put("lateReason", MeetingForms.strip(form.lateReason()));
              return commands
                  .send(user, ctx.commandPath("/outcome"), body, form.formId())
                  .map(
                      o ->
                          ctx.afterSend(
                              o,
                              "outcome",
                              Set.of(
                                  "heldOn",
                                  "decision",
                                  "category",
                                  "nextReviewDate",
                                  "reasons",
                                  "strengths",
                                  "risks",
                                  "familyView",
                                  "dissent",
                                  "lateReason"),
                              "decision",
                              e -> outcomePage(ctx, form, e, m)));
            });
  }

  @GetMapping(BASE + "/views-response")
  Mono<String> views(
      Authentication user, @PathVariable String caseId, @PathVariable String meetingId, Model m) {
    return cases
        .chairedMeeting(user, caseId, meetingId, "views-response")
        .map(ctx -> viewsPage(ctx, ViewsResponseForm.blank(), new FormErrors(), m));
  }

  @PostMapping(BASE + "/views-response")
  Mono<String> respond(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @ModelAttribute("form") ViewsResponseForm form,
      Model m) {
    return cases
        .chairedMeeting(user, caseId, meetingId, "views-response")
        .flatMap(
            ctx -> {
              FormErrors errors = form.validate();
              if (!errors.isEmpty()) {
                return Mono.just(viewsPage(ctx, form, errors, m));
              }
              BilingualText response = MeetingForms.bilingual(form.response(), form.responseCy());
              return commands
                  .send(
                      user,
                      ctx.commandPath("/chair-response"),
                      Map.of("response", response),
                      form.formId())
                  .map(
                      o ->
                          ctx.afterSend(
                              o,
                              "responded",
                              Set.of("response"),
                              "response",
                              e -> viewsPage(ctx, form, e, m)));
            });
  }

  /** A core group meeting records what was agreed, not a conference decision. */
  private static boolean conference(MeetingCase ctx) {
    return ctx.meeting().type() != MeetingType.CORE_GROUP;
  }

  /**
   * Held after the meeting's statutory date and later than the day it was set for: as case-service
   * judges it, a new lateness that needs the chair's reason. A meeting set late gave its reason
   * when it was set.
   */
  private LateRule heldLate(MeetingCase ctx, LocalDate held) {
    LocalDate due = ctx.meeting().dueBy();
    if (due == null
        || held == null
        || ctx.meeting().startsAt() == null
        || !held.isAfter(ctx.meeting().startsAt().toLocalDate())) {
      return new LateRule(due, Lateness.onTime());
    }
    return new LateRule(due, calendar.statutory().lateness(due, held));
  }

  private String outcomePage(MeetingCase ctx, OutcomeForm form, FormErrors errors, Model m) {
    ctx.page(errors, m)
        .addAttribute("form", form)
        .addAttribute("due", ctx.meeting().dueBy())
        .addAttribute("conference", conference(ctx))
        .addAttribute("decisions", ConferenceDecision.values())
        .addAttribute("categories", ProtectionCategory.values());
    return "staff/outcome";
  }

  private String viewsPage(MeetingCase ctx, ViewsResponseForm form, FormErrors errors, Model m) {
    // The chair may see every contribution to a meeting they chair, whoever it was shared with.
    ctx.page(errors, m)
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
}
