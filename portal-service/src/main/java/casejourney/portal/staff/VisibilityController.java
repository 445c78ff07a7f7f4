package casejourney.portal.staff;

import casejourney.api.Visibility;
import casejourney.api.views.MeetingView.Contribution;
import casejourney.portal.access.CaseNotFound;
import casejourney.portal.commands.CaseCommands;
import casejourney.portal.staff.CaseLifecycleForms.VisibilityForm;
import casejourney.portal.staff.StaffCaseContext.MeetingCase;
import casejourney.portal.web.FormErrors;
import java.util.HashMap;
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
 * The chair of a meeting changes who may see one of the young person's contributions to it. The
 * young person chose; only the chair may override, only with a safeguarding reason, and the young
 * person is told (DOMAIN.md, "How a young person can take part").
 */
@Controller
class VisibilityController {

  private static final String PAGE =
      "/staff/cases/{caseId}/meetings/{meetingId}/contributions/{contributionId}/visibility";

  private final StaffCaseContext cases;
  private final CaseCommands commands;

  VisibilityController(StaffCaseContext cases, CaseCommands commands) {
    this.cases = cases;
    this.commands = commands;
  }

  /** One contribution to a meeting the user chairs; any other is not found. */
  record ContributionCase(MeetingCase meeting, Contribution contribution) {}

  private Mono<ContributionCase> contribution(
      Authentication user, String caseId, String meetingId, String contributionId) {
    return cases
        .chairedMeeting(user, caseId, meetingId, "contribution-visibility")
        .flatMap(
            ctx ->
                Mono.justOrEmpty(
                    contributions(ctx).stream()
                        .filter(k -> contributionId.equals(k.contributionId()))
                        .findFirst()
                        .map(k -> new ContributionCase(ctx, k))))
        .switchIfEmpty(Mono.error(CaseNotFound::new));
  }

  @GetMapping(PAGE)
  Mono<String> page(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @PathVariable String contributionId,
      ServerHttpResponse response,
      Model m) {
    return contribution(user, caseId, meetingId, contributionId)
        .map(k -> visibilityPage(k, VisibilityForm.fresh(), new FormErrors(), response, m));
  }

  @PostMapping(PAGE)
  Mono<String> change(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @PathVariable String contributionId,
      @ModelAttribute("form") VisibilityForm form,
      ServerHttpResponse response,
      Model m) {
    return contribution(user, caseId, meetingId, contributionId)
        .flatMap(
            k -> {
              FormErrors errors = form.validate(k.contribution().visibility());
              if (!k.meeting().overview().open() || !errors.isEmpty()) {
                return Mono.just(visibilityPage(k, form, errors, response, m));
              }
              Map<String, Object> body = new HashMap<>();
              body.put("meetingId", k.meeting().meeting().meetingId());
              body.put("contributionId", k.contribution().contributionId());
              body.put("visibility", form.chosen());
              body.put("safeguardingReason", form.safeguardingReason().strip());
              return commands
                  .send(
                      user,
                      k.meeting()
                          .commandPath(
                              "/contributions/"
                                  + k.contribution().contributionId()
                                  + "/visibility"),
                      body,
                      form.formId())
                  .map(
                      o ->
                          StaffCaseContext.sent(
                              o,
                              k.meeting().done("visibility"),
                              Set.of("visibility", "safeguardingReason"),
                              "visibility",
                              "staff.error.conflict",
                              e -> visibilityPage(k, form, e, response, m)));
            });
  }

  private static List<Contribution> contributions(MeetingCase ctx) {
    return ctx.meeting().contributions() == null ? List.of() : ctx.meeting().contributions();
  }

  private static String visibilityPage(
      ContributionCase k,
      VisibilityForm form,
      FormErrors errors,
      ServerHttpResponse response,
      Model m) {
    MeetingCase ctx = k.meeting();
    if (!ctx.overview().open()) {
      return StaffActionsController.notPossible(ctx.caseId(), "CLOSED", response, m);
    }
    ctx.page(errors, m)
        .addAttribute("contribution", k.contribution())
        .addAttribute(
            "overrides",
            k.contribution().overrides() == null ? List.of() : k.contribution().overrides())
        .addAttribute(
            "choices", java.util.Arrays.stream(Visibility.values()).map(Enum::name).toList())
        .addAttribute("form", form);
    return "staff/contribution-visibility";
  }
}
