package casejourney.portal.staff;

import casejourney.api.ExclusionScope;
import casejourney.api.ParticipantKind;
import casejourney.api.views.MeetingView;
import casejourney.portal.commands.CaseCommands;
import casejourney.portal.staff.ChairForms.ExclusionForm;
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
 * The chair leaves an invited parent or carer out of all or part of a meeting, with the
 * safeguarding reason they will be told (DOMAIN.md: each exclusion is recorded with its reason).
 * The rest of the family is not told.
 */
@Controller
class ExclusionController {

  private static final String PATH = "/staff/cases/{caseId}/meetings/{meetingId}/exclusion";

  private final StaffCaseContext cases;
  private final CaseCommands commands;

  ExclusionController(StaffCaseContext cases, CaseCommands commands) {
    this.cases = cases;
    this.commands = commands;
  }

  @GetMapping(PATH)
  Mono<String> show(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      ServerHttpResponse response,
      Model m) {
    return cases
        .chairedMeeting(user, caseId, meetingId, "exclusion")
        .map(ctx -> page(ctx, ExclusionForm.blank(), new FormErrors(), response, m));
  }

  @PostMapping(PATH)
  Mono<String> exclude(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @ModelAttribute("form") ExclusionForm form,
      ServerHttpResponse response,
      Model m) {
    return cases
        .chairedMeeting(user, caseId, meetingId, "exclusion")
        .flatMap(
            ctx -> {
              FormErrors errors =
                  form.validate(
                      people(ctx).stream().map(MeetingView.Invitation::participantId).toList());
              if (ctx.settled() != null || !errors.isEmpty()) {
                return Mono.just(page(ctx, form, errors, response, m));
              }
              return commands
                  .send(
                      user,
                      ctx.commandPath("/exclusions"),
                      Map.of(
                          "personId", form.personId(),
                          "scope", form.exclusionScope(),
                          "reason", form.bilingualReason()),
                      form.formId())
                  .map(
                      o ->
                          ctx.afterSend(
                              o,
                              "excluded",
                              Set.of("personId", "scope", "reason"),
                              "personId",
                              e -> page(ctx, form, e, response, m)));
            });
  }

  /**
   * The chair lets someone they left out come to all of the meeting. Only a person left out now can
   * be chosen; anything else shows the page again with the reason.
   */
  @PostMapping(PATH + "/withdrawal")
  Mono<String> withdraw(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @ModelAttribute("withdrawal") Withdrawal withdrawal,
      ServerHttpResponse response,
      Model m) {
    return cases
        .chairedMeeting(user, caseId, meetingId, "exclusion")
        .flatMap(
            ctx -> {
              boolean leftOut =
                  ctx.meeting().exclusions() != null
                      && ctx.meeting().exclusions().stream()
                          .anyMatch(x -> x.personId().equals(withdrawal.personId()));
              if (ctx.settled() != null || !leftOut) {
                FormErrors errors = new FormErrors();
                errors.add("withdraw", "staff.error.exclusion.withdraw");
                return Mono.just(page(ctx, ExclusionForm.blank(), errors, response, m));
              }
              return commands
                  .send(
                      user,
                      ctx.commandPath("/exclusion-withdrawals"),
                      Map.of("personId", withdrawal.personId()),
                      withdrawal.formId())
                  .map(
                      o ->
                          ctx.afterSend(
                              o,
                              "exclusionWithdrawn",
                              Set.of(),
                              "withdraw",
                              e -> page(ctx, ExclusionForm.blank(), e, response, m)));
            });
  }

  /** Letting one person come after all: who, and this button's own idempotency key. */
  record Withdrawal(String personId, String formId) {}

  /** Who can be left out: the family members invited, but never the child. */
  static List<MeetingView.Invitation> people(MeetingCase ctx) {
    String child = ctx.overview().child() == null ? null : ctx.overview().child().personId();
    return ctx.meeting().invitations() == null
        ? List.of()
        : ctx.meeting().invitations().stream()
            .filter(i -> i.kind() == ParticipantKind.FAMILY_MEMBER)
            .filter(i -> !i.participantId().equals(child))
            .toList();
  }

  private static String page(
      MeetingCase ctx,
      ExclusionForm form,
      FormErrors errors,
      ServerHttpResponse response,
      Model m) {
    String settled = ctx.settled();
    if (settled != null) {
      return StaffActionsController.notPossible(
          ctx.caseId(), "CLOSED".equals(settled) ? settled : "EXCLUDE_" + settled, response, m);
    }
    ctx.page(errors, m)
        .addAttribute("form", form)
        .addAttribute("people", people(ctx))
        .addAttribute(
            "scopes", java.util.Arrays.stream(ExclusionScope.values()).map(Enum::name).toList())
        .addAttribute(
            "exclusions",
            ctx.meeting().exclusions() == null ? List.of() : ctx.meeting().exclusions());
    return "staff/exclusion";
  }
}
