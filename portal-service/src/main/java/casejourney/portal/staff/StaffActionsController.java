package casejourney.portal.staff;

import casejourney.api.MeetingType;
import casejourney.api.Nation;
import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.MeetingView;
import casejourney.portal.commands.CaseCommands;
import casejourney.portal.staff.StaffActionForms.AdvocateForm;
import casejourney.portal.staff.StaffActionForms.MetForm;
import casejourney.portal.staff.StaffActionForms.RecordSentForm;
import casejourney.portal.staff.StaffActionForms.StrategyForm;
import casejourney.portal.staff.StaffCaseContext.ExpectationCase;
import casejourney.portal.staff.StaffCaseContext.MeetingCase;
import casejourney.portal.web.FormErrors;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
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
 * Marking an expectation of the current plan as met, offering the young person an independent
 * advocate for a meeting (required in Wales), and recording that a conference's full record was
 * sent to the family (due within 20 working days in Wales), and recording the strategy discussion
 * that starts the initial conference's clock.
 */
@Controller
class StaffActionsController {

  private static final String MET = "/staff/cases/{caseId}/expectations/{expectationId}/met";
  private static final String ADVOCATE = "/staff/cases/{caseId}/meetings/{meetingId}/advocate/new";
  private static final String RECORD_SENT =
      "/staff/cases/{caseId}/meetings/{meetingId}/record-sent";
  private static final String STRATEGY = "/staff/cases/{caseId}/strategy-discussion";

  private final StaffCaseContext cases;
  private final StaffPages pages;
  private final CaseCommands commands;
  private final StaffCalendar calendar;

  StaffActionsController(
      StaffCaseContext cases, StaffPages pages, CaseCommands commands, StaffCalendar calendar) {
    this.cases = cases;
    this.pages = pages;
    this.commands = commands;
    this.calendar = calendar;
  }

  @GetMapping(MET)
  Mono<String> met(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String expectationId,
      ServerHttpResponse response,
      Model m) {
    return cases
        .workerExpectation(user, caseId, expectationId, "expectation-met")
        .map(ctx -> metPage(ctx, MetForm.fresh(), new FormErrors(), response, m));
  }

  @PostMapping(MET)
  Mono<String> markMet(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String expectationId,
      @ModelAttribute("form") MetForm form,
      ServerHttpResponse response,
      Model m) {
    return cases
        .workerExpectation(user, caseId, expectationId, "expectation-met")
        .flatMap(
            ctx -> {
              FormErrors errors = form.validate();
              if (settled(ctx) != null || !errors.isEmpty()) {
                return Mono.just(metPage(ctx, form, errors, response, m));
              }
              Map<String, Object> body = new HashMap<>();
              body.put("expectationId", ctx.expectation().expectationId());
              body.put("note", MeetingForms.strip(form.note()));
              return commands
                  .send(user, ctx.commandPath(), body, form.formId())
                  .map(
                      o ->
                          StaffCaseContext.afterSend(
                              ctx.caseId(),
                              o,
                              "met",
                              Set.of("note"),
                              "note",
                              e -> metPage(ctx, form, e, response, m)));
            });
  }

  @GetMapping(ADVOCATE)
  Mono<String> advocate(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      ServerHttpResponse response,
      Model m) {
    return cases
        .workerAnyMeeting(user, caseId, meetingId, "advocate")
        .map(ctx -> advocatePage(ctx, AdvocateForm.fresh(), new FormErrors(), response, m));
  }

  @PostMapping(ADVOCATE)
  Mono<String> offerAdvocate(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @ModelAttribute("form") AdvocateForm form,
      ServerHttpResponse response,
      Model m) {
    return cases
        .workerAnyMeeting(user, caseId, meetingId, "advocate")
        .flatMap(
            ctx -> {
              FormErrors errors = form.validate();
              if (ctx.settled() != null || !errors.isEmpty()) {
                return Mono.just(advocatePage(ctx, form, errors, response, m));
              }
              Map<String, Object> body = new HashMap<>();
              body.put("meetingId", ctx.meeting().meetingId());
              body.put("advocacyService", form.advocacyService().strip());
              return commands
                  .send(user, ctx.commandPath("/advocate-offers"), body, form.formId())
                  .map(
                      o ->
                          ctx.afterSend(
                              o,
                              "advocate",
                              Set.of("advocacyService"),
                              "advocacyService",
                              e -> advocatePage(ctx, form, e, response, m)));
            });
  }

  @GetMapping(RECORD_SENT)
  Mono<String> recordSent(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      ServerHttpResponse response,
      Model m) {
    return cases
        .workerAnyMeeting(user, caseId, meetingId, "record-sent")
        .map(
            ctx ->
                recordSentPage(
                    ctx, RecordSentForm.fresh(calendar.today()), new FormErrors(), response, m));
  }

  @PostMapping(RECORD_SENT)
  Mono<String> sendRecord(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String meetingId,
      @ModelAttribute("form") RecordSentForm form,
      ServerHttpResponse response,
      Model m) {
    return cases
        .workerAnyMeeting(user, caseId, meetingId, "record-sent")
        .flatMap(
            ctx -> {
              FormErrors errors =
                  form.validate(calendar.today(), recordDue(ctx), calendar.statutory());
              if (recordNotDue(ctx) != null || !errors.isEmpty()) {
                return Mono.just(recordSentPage(ctx, form, errors, response, m));
              }
              Map<String, Object> body = new HashMap<>();
              body.put("meetingId", ctx.meeting().meetingId());
              body.put("sentOn", form.day());
              body.put("lateReason", MeetingForms.strip(form.lateReason()));
              return commands
                  .send(user, ctx.commandPath("/record-sent"), body, form.formId())
                  .map(
                      o ->
                          ctx.afterSend(
                              o,
                              "recordSent",
                              Set.of("sentOn", "lateReason"),
                              "sentOn",
                              e -> recordSentPage(ctx, form, e, response, m)));
            });
  }

  /**
   * Why no record can be sent for this meeting, or null: only a conference that has been held has a
   * record, and a closed case takes no more changes.
   */
  private static String recordNotDue(MeetingCase ctx) {
    String settled = ctx.settled();
    if ("HELD".equals(settled)) {
      return ctx.meeting().type() == MeetingType.CORE_GROUP ? "NO_RECORD" : null;
    }
    // Closed or cancelled says why; still to come has no record yet.
    return settled != null ? settled : "NO_RECORD";
  }

  /** In Wales, the day the full record is due: 20 working days after the conference. */
  private LocalDate recordDue(MeetingCase ctx) {
    MeetingView.Outcome outcome = ctx.meeting().outcome();
    return ctx.overview().nation() == Nation.WALES && outcome != null && outcome.heldOn() != null
        ? calendar.statutory().fullRecordDue(outcome.heldOn())
        : null;
  }

  private String recordSentPage(
      MeetingCase ctx,
      RecordSentForm form,
      FormErrors errors,
      ServerHttpResponse response,
      Model m) {
    String why = recordNotDue(ctx);
    if (why != null) {
      return notPossible(ctx.caseId(), why, response, m);
    }
    ctx.page(errors, m)
        .addAttribute("form", form)
        .addAttribute("wales", ctx.overview().nation() == Nation.WALES)
        .addAttribute("due", recordDue(ctx));
    return "staff/record-sent";
  }

  @GetMapping(STRATEGY)
  Mono<String> strategy(
      Authentication user, @PathVariable String caseId, ServerHttpResponse response, Model m) {
    return cases
        .worker(user, caseId, "strategy-discussion")
        .flatMap(pages::overview)
        .map(o -> strategyPage(o, StrategyForm.fresh(), new FormErrors(), response, m));
  }

  /** The strategy discussion starts the clock for the initial conference (DOMAIN.md). */
  @PostMapping(STRATEGY)
  Mono<String> recordStrategy(
      Authentication user,
      @PathVariable String caseId,
      @ModelAttribute("form") StrategyForm form,
      ServerHttpResponse response,
      Model m) {
    return cases
        .worker(user, caseId, "strategy-discussion")
        .flatMap(pages::overview)
        .flatMap(
            o -> {
              FormErrors errors = form.validate(calendar.today());
              if (strategySettled(o) != null || !errors.isEmpty()) {
                return Mono.just(strategyPage(o, form, errors, response, m));
              }
              return commands
                  .send(
                      user,
                      o.caseId() + "/strategy-discussions",
                      Map.of("heldOn", form.day()),
                      form.formId())
                  .map(
                      outcome ->
                          StaffCaseContext.afterSend(
                              o.caseId(),
                              outcome,
                              "strategy",
                              Set.of("heldOn"),
                              "heldOn",
                              e -> strategyPage(o, form, e, response, m)));
            });
  }

  /** Why no strategy discussion can be recorded now, or null: one per case, on an open case. */
  private static String strategySettled(CaseOverviewView o) {
    if (!o.open()) {
      return "CLOSED";
    }
    return o.strategyDiscussionOn() != null ? "STRATEGY_RECORDED" : null;
  }

  private static String strategyPage(
      CaseOverviewView o,
      StrategyForm form,
      FormErrors errors,
      ServerHttpResponse response,
      Model m) {
    String why = strategySettled(o);
    if (why != null) {
      return notPossible(o.caseId(), why, response, m);
    }
    m.addAttribute("caseId", o.caseId())
        .addAttribute("child", o.child())
        .addAttribute("form", form)
        .addAttribute("errors", errors)
        .addAttribute("nav", StaffController.NAV);
    return "staff/strategy-discussion";
  }

  /** Why the expectation cannot be marked met now, or null while it can. */
  private static String settled(ExpectationCase ctx) {
    if (!ctx.overview().open()) {
      return "CLOSED";
    }
    return ctx.met() ? "MET" : null;
  }

  private static String metPage(
      ExpectationCase ctx, MetForm form, FormErrors errors, ServerHttpResponse response, Model m) {
    String settled = settled(ctx);
    if (settled != null) {
      return notPossible(ctx.caseId(), settled, response, m);
    }
    m.addAttribute("caseId", ctx.caseId())
        .addAttribute("plan", ctx.plan())
        .addAttribute("expectation", ctx.expectation())
        .addAttribute("form", form)
        .addAttribute("errors", errors)
        .addAttribute("nav", StaffController.NAV);
    return "staff/expectation-met";
  }

  private static String advocatePage(
      MeetingCase ctx, AdvocateForm form, FormErrors errors, ServerHttpResponse response, Model m) {
    if (ctx.settled() != null) {
      return notPossible(ctx.caseId(), ctx.settled(), response, m);
    }
    ctx.page(errors, m)
        .addAttribute("form", form)
        .addAttribute("wales", ctx.overview().nation() == Nation.WALES)
        .addAttribute(
            "offers",
            ctx.meeting().advocateOffers() == null ? List.of() : ctx.meeting().advocateOffers());
    return "staff/advocate";
  }

  /**
   * A form for something that can no longer change: a 409 page that says why, so a stale link or a
   * second tab gets an answer instead of a refusal from case-service or an error page.
   */
  static String notPossible(String caseId, String why, ServerHttpResponse response, Model m) {
    response.setStatusCode(HttpStatus.CONFLICT);
    m.addAttribute("caseId", caseId)
        .addAttribute("why", why)
        .addAttribute("nav", StaffController.NAV);
    return "staff/not-possible";
  }
}
