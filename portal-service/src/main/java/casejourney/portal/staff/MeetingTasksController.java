package casejourney.portal.staff;

import casejourney.portal.commands.CaseCommands;
import casejourney.portal.staff.MeetingForms.InviteForm;
import casejourney.portal.staff.MeetingForms.ReportForm;
import casejourney.portal.staff.StaffCaseContext.MeetingCase;
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

  private final StaffCaseContext cases;
  private final CaseCommands commands;
  private final StaffCalendar calendar;

  MeetingTasksController(StaffCaseContext cases, CaseCommands commands, StaffCalendar calendar) {
    this.cases = cases;
    this.commands = commands;
    this.calendar = calendar;
  }

  @GetMapping(BASE + "/invitations/new")
  Mono<String> invite(
      Authentication user, @PathVariable String caseId, @PathVariable String meetingId, Model m) {
    return cases
        .workerMeeting(user, caseId, meetingId, "invite")
        .map(ctx -> invitePage(ctx, InviteForm.fresh(), new FormErrors(), m));
  }

  @PostMapping(BASE + "/invitations/new")
  Mono<String> sendInvite(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @ModelAttribute("form") InviteForm form,
      Model m) {
    return cases
        .workerMeeting(user, caseId, meetingId, "invite")
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
                  .send(user, ctx.commandPath("/invitations"), body, form.formId())
                  .map(
                      o ->
                          ctx.afterSend(
                              o,
                              "invited",
                              Set.of("participantId", "name", "roleDescription"),
                              "who",
                              e -> invitePage(ctx, form, e, m)));
            });
  }

  @GetMapping(BASE + "/reports/new")
  Mono<String> report(
      Authentication user, @PathVariable String caseId, @PathVariable String meetingId, Model m) {
    return cases
        .workerMeeting(user, caseId, meetingId, "report")
        .map(ctx -> reportPage(ctx, ReportForm.fresh(calendar.now()), new FormErrors(), m));
  }

  @PostMapping(BASE + "/reports/new")
  Mono<String> share(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @ModelAttribute("form") ReportForm form,
      Model m) {
    return cases
        .workerMeeting(user, caseId, meetingId, "report")
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
                  .send(user, ctx.commandPath("/reports"), body, form.formId())
                  .map(
                      o ->
                          ctx.afterSend(
                              o,
                              "shared",
                              Set.of("title", "author", "sharedWith", "date", "lateReason"),
                              "title",
                              e -> reportPage(ctx, form, e, m)));
            });
  }

  private String invitePage(MeetingCase ctx, InviteForm form, FormErrors errors, Model m) {
    common(ctx, errors, m).addAttribute("form", form);
    return "staff/invite";
  }

  private String reportPage(MeetingCase ctx, ReportForm form, FormErrors errors, Model m) {
    common(ctx, errors, m).addAttribute("form", form).addAttribute("rule", rule(ctx, form));
    return "staff/report";
  }

  private LateRule rule(MeetingCase ctx, ReportForm form) {
    return LateRule.report(
        calendar, ctx.meeting().type(), ctx.meeting().startsAt(), form.sharedAt());
  }

  /** The invitation and report forms pick people from the family. */
  private static Model common(MeetingCase ctx, FormErrors errors, Model m) {
    return ctx.page(errors, m).addAttribute("family", ctx.overview().familyMembers());
  }
}
