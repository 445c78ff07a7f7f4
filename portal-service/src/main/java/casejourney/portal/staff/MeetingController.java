package casejourney.portal.staff;

import casejourney.api.MeetingType;
import casejourney.api.StaffMember;
import casejourney.api.views.Audience;
import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.StatutoryClocksView;
import casejourney.portal.access.StaffAccess;
import casejourney.portal.commands.CaseCommands;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.directory.StaffDirectory;
import casejourney.portal.readmodel.ReadModels;
import casejourney.portal.staff.MeetingForms.MeetingForm;
import casejourney.portal.web.FormErrors;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
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

/**
 * Scheduling a meeting. The due date of each kind of meeting is shown before the worker picks a
 * date, and a date after it is not sent until the worker has said why; nor is a day that is not a
 * working day until the worker has confirmed it.
 */
@Controller
class MeetingController {

  static final Set<String> FIELDS =
      Set.of("type", "date", "time", "location", "chairSubject", "lateReason");

  private final StaffCaseContext cases;
  private final StaffPages pages;
  private final ReadModels readModels;
  private final CaseCommands commands;
  private final StaffCalendar calendar;
  private final StaffDirectory directory;

  MeetingController(
      StaffCaseContext cases,
      StaffPages pages,
      ReadModels readModels,
      CaseCommands commands,
      StaffCalendar calendar,
      StaffDirectory directory) {
    this.cases = cases;
    this.pages = pages;
    this.readModels = readModels;
    this.commands = commands;
    this.calendar = calendar;
    this.directory = directory;
  }

  @GetMapping("/staff/cases/{caseId}/meetings/new")
  Mono<String> show(Authentication user, @PathVariable String caseId, Model model) {
    return cases
        .worker(user, caseId, "meeting-new")
        .flatMap(s -> render(s, MeetingForm.fresh(), new FormErrors(), model));
  }

  @PostMapping("/staff/cases/{caseId}/meetings/new")
  Mono<String> schedule(
      Authentication user,
      @PathVariable String caseId,
      @ModelAttribute("form") MeetingForm form,
      Model model) {
    return cases
        .worker(user, caseId, "meeting-new")
        .flatMap(staff -> context(staff).flatMap(ctx -> schedule(user, staff, ctx, form, model)));
  }

  private Mono<String> schedule(
      Authentication user, StaffAccess staff, Context ctx, MeetingForm form, Model model) {
    LateRule rule = rule(ctx, form);
    FormErrors errors = form.validate(rule, closed(form), ctx.chairs());
    if (!errors.isEmpty()) {
      return Mono.just(page(staff, ctx, form, errors, rule, model));
    }
    Map<String, Object> body = new HashMap<>();
    body.put("type", form.meetingType());
    body.put("startsAt", form.startsAt());
    body.put("location", form.location().strip());
    body.put("chair", form.chair(ctx.chairs()));
    body.put("lateReason", MeetingForms.strip(form.lateReason()));
    return commands
        .send(user, staff.caseId() + "/meetings", body, form.formId())
        .map(
            outcome -> {
              if (outcome instanceof CommandOutcome.Refused refused) {
                FormErrors refusal =
                    Refusals.errors(refused, FIELDS, "type", "staff.error.refused");
                return page(staff, ctx, form, refusal, rule, model);
              }
              return "redirect:/staff/cases/" + staff.caseId() + "?done=scheduled";
            });
  }

  private Mono<String> render(StaffAccess staff, MeetingForm form, FormErrors errors, Model model) {
    return context(staff).map(ctx -> page(staff, ctx, form, errors, rule(ctx, form), model));
  }

  private String page(
      StaffAccess staff,
      Context ctx,
      MeetingForm form,
      FormErrors errors,
      LateRule rule,
      Model model) {
    Map<MeetingType, java.time.LocalDate> dues = new EnumMap<>(MeetingType.class);
    for (MeetingType type : MeetingType.values()) {
      java.time.LocalDate due = LateRule.dueBy(calendar, ctx.overview(), ctx.clocks(), type, null);
      if (due != null) {
        dues.put(type, due);
      }
    }
    model.addAttribute("caseId", staff.caseId());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("rule", rule);
    model.addAttribute("closed", closed(form));
    model.addAttribute("dues", dues);
    model.addAttribute("types", MeetingType.values());
    model.addAttribute("chairs", ctx.chairs());
    model.addAttribute("nav", StaffController.NAV);
    return "staff/meeting-new";
  }

  private LateRule rule(Context ctx, MeetingForm form) {
    return form.startsAt() == null
        ? LateRule.NONE
        : LateRule.meeting(
            calendar,
            ctx.overview(),
            ctx.clocks(),
            form.meetingType(),
            form.startsAt().toLocalDate());
  }

  private NonWorkingDayRule closed(MeetingForm form) {
    return NonWorkingDayRule.of(
        calendar.calendar(),
        form.startsAt() == null ? null : form.startsAt().toLocalDate(),
        form.nonWorkingDay());
  }

  private Mono<Context> context(StaffAccess staff) {
    return Mono.zip(
            pages.overview(staff),
            readModels
                .clocks(staff.caseId())
                .map(java.util.Optional::of)
                .defaultIfEmpty(java.util.Optional.empty()),
            directory.withRole(Audience.CHAIR))
        .map(t -> new Context(t.getT1(), t.getT2().orElse(null), t.getT3()));
  }

  record Context(CaseOverviewView overview, StatutoryClocksView clocks, List<StaffMember> chairs) {}
}
