package casejourney.portal.staff;

import casejourney.api.calendar.Lateness;
import casejourney.api.views.StatutoryClocksView;
import casejourney.portal.commands.CaseCommands;
import casejourney.portal.readmodel.ReadModels;
import casejourney.portal.staff.StaffActionForms.CancelForm;
import casejourney.portal.staff.StaffActionForms.MoveForm;
import casejourney.portal.staff.StaffCaseContext.MeetingCase;
import casejourney.portal.web.FormErrors;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
 * Moving or cancelling a meeting, each with the reason the family will see. A move after the
 * meeting's statutory date is not sent until the worker has said why, nor a move to a day that is
 * not a working day until the worker has confirmed it, as when scheduling it.
 */
@Controller
class MeetingChangeController {

  private static final String BASE = "/staff/cases/{caseId}/meetings/{meetingId}";
  static final Set<String> MOVE_FIELDS =
      Set.of("date", "location", "reason", "reasonCy", "lateReason", "reportsLateReason");

  private final StaffCaseContext cases;
  private final ReadModels readModels;
  private final CaseCommands commands;
  private final StaffCalendar calendar;

  MeetingChangeController(
      StaffCaseContext cases,
      ReadModels readModels,
      CaseCommands commands,
      StaffCalendar calendar) {
    this.cases = cases;
    this.readModels = readModels;
    this.commands = commands;
    this.calendar = calendar;
  }

  @GetMapping(BASE + "/move")
  Mono<String> move(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      ServerHttpResponse response,
      Model m) {
    return cases
        .workerAnyMeeting(user, caseId, meetingId, "meeting-move")
        .flatMap(
            ctx ->
                due(ctx)
                    .map(
                        due ->
                            movePage(
                                ctx,
                                MoveForm.fresh(ctx.meeting()),
                                new FormErrors(),
                                rule(due, null),
                                response,
                                m)));
  }

  @PostMapping(BASE + "/move")
  Mono<String> sendMove(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @ModelAttribute("form") MoveForm form,
      ServerHttpResponse response,
      Model m) {
    return cases
        .workerAnyMeeting(user, caseId, meetingId, "meeting-move")
        .flatMap(ctx -> due(ctx).flatMap(due -> sendMove(user, ctx, due, form, response, m)));
  }

  private Mono<String> sendMove(
      Authentication user,
      MeetingCase ctx,
      Optional<LocalDate> due,
      MoveForm form,
      ServerHttpResponse response,
      Model m) {
    LateRule rule = rule(due, form);
    FormErrors errors =
        form.validate(
            rule,
            closed(form),
            ctx.meeting().startsAt(),
            calendar.now(),
            form.reportsMadeLate(ctx.meeting(), calendar.statutory().calendar()));
    if (ctx.settled() != null || !errors.isEmpty()) {
      return Mono.just(movePage(ctx, form, errors, rule, response, m));
    }
    Map<String, Object> body = new HashMap<>();
    body.put("meetingId", ctx.meeting().meetingId());
    body.put("startsAt", form.startsAt());
    body.put("location", MeetingForms.strip(form.location()));
    body.put("reason", form.bilingualReason());
    body.put("lateReason", MeetingForms.strip(form.lateReason()));
    body.put("reportsLateReason", MeetingForms.strip(form.reportsLateReason()));
    return commands
        .send(user, ctx.commandPath("/reschedule"), body, form.formId())
        .map(
            o ->
                ctx.afterSend(
                    StaffActionForms.reasonFields(o),
                    "moved",
                    MOVE_FIELDS,
                    "date",
                    e -> movePage(ctx, form, e, rule, response, m)));
  }

  @GetMapping(BASE + "/cancel")
  Mono<String> cancel(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      ServerHttpResponse response,
      Model m) {
    return cases
        .workerAnyMeeting(user, caseId, meetingId, "meeting-cancel")
        .map(ctx -> cancelPage(ctx, CancelForm.fresh(), new FormErrors(), response, m));
  }

  @PostMapping(BASE + "/cancel")
  Mono<String> sendCancel(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @ModelAttribute("form") CancelForm form,
      ServerHttpResponse response,
      Model m) {
    return cases
        .workerAnyMeeting(user, caseId, meetingId, "meeting-cancel")
        .flatMap(
            ctx -> {
              FormErrors errors = form.validate();
              if (ctx.settled() != null || !errors.isEmpty()) {
                return Mono.just(cancelPage(ctx, form, errors, response, m));
              }
              Map<String, Object> body = new HashMap<>();
              body.put("meetingId", ctx.meeting().meetingId());
              body.put("reason", form.bilingualReason());
              return commands
                  .send(user, ctx.commandPath("/cancel"), body, form.formId())
                  .map(
                      o ->
                          ctx.afterSend(
                              StaffActionForms.reasonFields(o),
                              "cancelled",
                              Set.of("reason", "reasonCy"),
                              "reason",
                              e -> cancelPage(ctx, form, e, response, m)));
            });
  }

  /**
   * The meeting's statutory date: the one case-service gave it when it was scheduled, or else the
   * running clock for its kind, as the schedule form counts it.
   */
  private Mono<Optional<LocalDate>> due(MeetingCase ctx) {
    if (ctx.meeting().dueBy() != null) {
      return Mono.just(Optional.of(ctx.meeting().dueBy()));
    }
    return readModels
        .clocks(ctx.caseId())
        .map(Optional::of)
        .defaultIfEmpty(Optional.<StatutoryClocksView>empty())
        .map(
            clocks ->
                Optional.ofNullable(
                    LateRule.dueBy(
                        calendar,
                        ctx.overview(),
                        clocks.orElse(null),
                        ctx.meeting().type(),
                        ctx.meeting().meetingId())));
  }

  private LateRule rule(Optional<LocalDate> due, MoveForm form) {
    if (due.isEmpty()) {
      return LateRule.NONE;
    }
    if (form == null || form.startsAt() == null) {
      return new LateRule(due.get(), Lateness.onTime());
    }
    return new LateRule(
        due.get(), calendar.statutory().lateness(due.get(), form.startsAt().toLocalDate()));
  }

  private String movePage(
      MeetingCase ctx,
      MoveForm form,
      FormErrors errors,
      LateRule rule,
      ServerHttpResponse response,
      Model m) {
    if (ctx.settled() != null) {
      return StaffActionsController.notPossible(ctx.caseId(), ctx.settled(), response, m);
    }
    ctx.page(errors, m)
        .addAttribute("form", form)
        .addAttribute("rule", rule)
        .addAttribute("closed", closed(form));
    return "staff/meeting-move";
  }

  private NonWorkingDayRule closed(MoveForm form) {
    return NonWorkingDayRule.of(
        calendar.calendar(),
        form.startsAt() == null ? null : form.startsAt().toLocalDate(),
        form.nonWorkingDay());
  }

  private static String cancelPage(
      MeetingCase ctx, CancelForm form, FormErrors errors, ServerHttpResponse response, Model m) {
    if (ctx.settled() != null) {
      return StaffActionsController.notPossible(ctx.caseId(), ctx.settled(), response, m);
    }
    ctx.page(errors, m).addAttribute("form", form);
    return "staff/meeting-cancel";
  }
}
