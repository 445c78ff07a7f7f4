package casejourney.portal.staff;

import casejourney.api.FamilyMember;
import casejourney.api.views.MeetingView;
import casejourney.portal.access.CaseNotFound;
import casejourney.portal.commands.CaseCommands;
import casejourney.portal.staff.StaffCaseContext.MeetingCase;
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
 * The allocated worker records that parts of a shared report were held back from one person's copy,
 * with the reason that person is told (DOMAIN.md: each redaction is recorded with its safeguarding
 * reason). The rest of the family is not told.
 */
@Controller
class RedactionController {

  private static final String PATH =
      "/staff/cases/{caseId}/meetings/{meetingId}/reports/{reportId}/redaction";

  private final StaffCaseContext cases;
  private final CaseCommands commands;

  RedactionController(StaffCaseContext cases, CaseCommands commands) {
    this.cases = cases;
    this.commands = commands;
  }

  /** The holding back of one copy: whose, and why. */
  public record RedactionForm(String personId, String reason, String reasonCy, String formId) {

    static RedactionForm blank() {
      return new RedactionForm(null, null, null, MeetingForms.newFormId());
    }

    FormErrors validate(List<String> people) {
      FormErrors errors = new FormErrors();
      if (personId == null || !people.contains(personId)) {
        errors.add("personId", "staff.error.redaction.person");
      }
      MeetingForms.bilingualReason(errors, reason, reasonCy, "staff.error.redaction.reason");
      return errors;
    }
  }

  @GetMapping(PATH)
  Mono<String> show(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @PathVariable String reportId,
      ServerHttpResponse response,
      Model m) {
    return report(user, caseId, meetingId, reportId)
        .map(r -> page(r, RedactionForm.blank(), new FormErrors(), response, m));
  }

  @PostMapping(PATH)
  Mono<String> redact(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @PathVariable String reportId,
      @ModelAttribute("form") RedactionForm form,
      ServerHttpResponse response,
      Model m) {
    return report(user, caseId, meetingId, reportId)
        .flatMap(
            r -> {
              FormErrors errors =
                  form.validate(people(r).stream().map(FamilyMember::personId).toList());
              if (!r.ctx().overview().open() || !errors.isEmpty()) {
                return Mono.just(page(r, form, errors, response, m));
              }
              return commands
                  .send(
                      user,
                      r.ctx().commandPath("/reports/" + reportId + "/redactions"),
                      Map.of(
                          "personId",
                          form.personId(),
                          "reason",
                          MeetingForms.bilingual(form.reason(), form.reasonCy())),
                      form.formId())
                  .map(
                      o ->
                          r.ctx()
                              .afterSend(
                                  o,
                                  "redacted",
                                  Set.of("personId", "reason"),
                                  "personId",
                                  e -> page(r, form, e, response, m)));
            });
  }

  /** A report of a meeting on a case the worker holds; any other is not found. */
  private record ReportCase(MeetingCase ctx, MeetingView.Report report) {}

  private Mono<ReportCase> report(
      Authentication user, String caseId, String meetingId, String reportId) {
    return cases
        .workerAnyMeeting(user, caseId, meetingId, "redaction")
        .flatMap(
            ctx ->
                Mono.justOrEmpty(
                    ctx.meeting().reports().stream()
                        .filter(r -> r.reportId().equals(reportId))
                        .findFirst()
                        .map(r -> new ReportCase(ctx, r))))
        .switchIfEmpty(Mono.error(CaseNotFound::new));
  }

  /** The family members the report was shared with, by their names on the case. */
  private static List<FamilyMember> people(ReportCase r) {
    List<String> shared =
        r.report().sharedWithPersonIds() == null ? List.of() : r.report().sharedWithPersonIds();
    return r.ctx().overview().family().stream().filter(p -> shared.contains(p.personId())).toList();
  }

  private static String page(
      ReportCase r, RedactionForm form, FormErrors errors, ServerHttpResponse response, Model m) {
    if (!r.ctx().overview().open()) {
      return StaffActionsController.notPossible(r.ctx().caseId(), "CLOSED", response, m);
    }
    List<MeetingView.Redaction> held =
        r.ctx().meeting().redactions() == null
            ? List.of()
            : r.ctx().meeting().redactions().stream()
                .filter(x -> x.reportId().equals(r.report().reportId()))
                .toList();
    r.ctx()
        .page(errors, m)
        .addAttribute("form", form)
        .addAttribute("report", r.report())
        .addAttribute("people", people(r))
        .addAttribute("held", held)
        .addAttribute("overview", r.ctx().overview());
    return "staff/redaction";
  }
}
