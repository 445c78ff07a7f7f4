package casejourney.portal.staff;

import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.MeetingView;
import casejourney.portal.access.AccessPolicy;
import casejourney.portal.access.CaseNotFound;
import casejourney.portal.access.StaffAccess;
import casejourney.portal.commands.CaseCommands;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.staff.MeetingForms.InviteForm;
import casejourney.portal.staff.MeetingForms.ReportForm;
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

/** Inviting people to a meeting and recording that a report was shared before it. */
@Controller
class MeetingTasksController {

  private static final String BASE = "/staff/cases/{caseId}/meetings/{meetingId}";

  private final AccessPolicy access;
  private final StaffPages pages;
  private final CaseCommands commands;
  private final StaffCalendar calendar;

  MeetingTasksController(
      AccessPolicy access, StaffPages pages, CaseCommands commands, StaffCalendar calendar) {
    this.access = access;
    this.pages = pages;
    this.commands = commands;
    this.calendar = calendar;
  }

  @GetMapping(BASE + "/invitations/new")
  Mono<String> invite(
      Authentication user, @PathVariable String caseId, @PathVariable String meetingId, Model m) {
    return meeting(user, caseId, meetingId, "invite")
        .map(ctx -> invitePage(ctx, InviteForm.fresh(), new FormErrors(), m));
  }

  @PostMapping(BASE + "/invitations/new")
  Mono<String> sendInvite(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @ModelAttribute("form") InviteForm form,
      Model m) {
    return meeting(user, caseId, meetingId, "invite")
        .flatMap(
            ctx -> {
              FormErrors errors = form.validate();
              if (!errors.isEmpty()) {
                return Mono.just(invitePage(ctx, form, errors, m));
              }
              Map<String, Object> body = new HashMap<>();
              body.put("kind", form.professional() ? "PROFESSIONAL" : "FAMILY_MEMBER");
              body.put("participantId", form.professional() ? form.participantId() : form.who());
              if (form.professional()) {
                body.put("name", form.name().strip());
                body.put("roleDescription", MeetingForms.strip(form.roleDescription()));
                body.put("language", "CY".equals(form.language()) ? "CY" : "EN");
              }
              return commands
                  .send(user, path(ctx, "/invitations"), body, form.formId())
                  .map(
                      outcome ->
                          outcome instanceof CommandOutcome.Refused refused
                              ? invitePage(
                                  ctx,
                                  form,
                                  Refusals.errors(
                                      refused,
                                      Set.of("participantId", "name", "roleDescription"),
                                      "who",
                                      "staff.error.refused"),
                                  m)
                              : done(ctx, "invited"));
            });
  }

  @GetMapping(BASE + "/reports/new")
  Mono<String> report(
      Authentication user, @PathVariable String caseId, @PathVariable String meetingId, Model m) {
    return meeting(user, caseId, meetingId, "report")
        .map(ctx -> reportPage(ctx, ReportForm.fresh(calendar.now()), new FormErrors(), m));
  }

  @PostMapping(BASE + "/reports/new")
  Mono<String> share(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @ModelAttribute("form") ReportForm form,
      Model m) {
    return meeting(user, caseId, meetingId, "report")
        .flatMap(
            ctx -> {
              FormErrors errors = form.validate(rule(ctx, form));
              if (!errors.isEmpty()) {
                return Mono.just(reportPage(ctx, form, errors, m));
              }
              Map<String, Object> body = new HashMap<>();
              body.put("title", form.title().strip());
              body.put("author", form.author().strip());
              body.put("sharedWithPersonIds", form.people());
              body.put("sharedAt", form.sharedAt());
              body.put("lateReason", MeetingForms.strip(form.lateReason()));
              return commands
                  .send(user, path(ctx, "/reports"), body, form.formId())
                  .map(
                      outcome ->
                          outcome instanceof CommandOutcome.Refused refused
                              ? reportPage(
                                  ctx,
                                  form,
                                  Refusals.errors(
                                      refused,
                                      Set.of("title", "author", "sharedWith", "date", "lateReason"),
                                      "title",
                                      "staff.error.refused"),
                                  m)
                              : done(ctx, "shared"));
            });
  }

  private String invitePage(Ctx ctx, InviteForm form, FormErrors errors, Model m) {
    common(ctx, errors, m).addAttribute("form", form);
    return "staff/invite";
  }

  private String reportPage(Ctx ctx, ReportForm form, FormErrors errors, Model m) {
    common(ctx, errors, m).addAttribute("form", form).addAttribute("rule", rule(ctx, form));
    return "staff/report";
  }

  private LateRule rule(Ctx ctx, ReportForm form) {
    return LateRule.report(
        calendar, ctx.meeting().type(), ctx.meeting().startsAt(), form.sharedAt());
  }

  private static Model common(Ctx ctx, FormErrors errors, Model m) {
    return m.addAttribute("caseId", ctx.staff().caseId())
        .addAttribute("meeting", ctx.meeting())
        .addAttribute("family", ctx.overview().familyMembers())
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
    return MeetingController.worker(access, user, caseId, what)
        .flatMap(
            staff ->
                pages
                    .overview(staff)
                    .flatMap(
                        o ->
                            Mono.justOrEmpty(
                                o.meetings().stream()
                                    .filter(x -> x.meetingId().equals(meetingId))
                                    .filter(x -> !MeetingView.CANCELLED.equals(x.status()))
                                    .findFirst()
                                    .map(x -> new Ctx(staff, o, x)))))
        .switchIfEmpty(Mono.error(new CaseNotFound()));
  }

  record Ctx(StaffAccess staff, CaseOverviewView overview, MeetingView meeting) {}
}
