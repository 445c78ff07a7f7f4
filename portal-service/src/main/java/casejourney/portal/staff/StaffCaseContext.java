package casejourney.portal.staff;

import casejourney.api.plan.Expectation;
import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.MeetingView;
import casejourney.api.views.PlanHistoryView.PlanVersionView;
import casejourney.portal.access.AccessPolicy;
import casejourney.portal.access.CaseNotFound;
import casejourney.portal.access.StaffAccess;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.web.FormErrors;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import reactor.core.publisher.Mono;

/**
 * The access check and case a staff page or JSON route acts on, so that the pages and the API ask
 * the same question of the same policy. Whoever fails the check gets the same 404 as for a case
 * that does not exist.
 */
@Component
class StaffCaseContext {

  private final AccessPolicy access;
  private final StaffPages pages;

  StaffCaseContext(AccessPolicy access, StaffPages pages) {
    this.access = access;
    this.pages = pages;
  }

  /** Only the allocated worker arranges meetings and plans; to a chair the page does not exist. */
  Mono<StaffAccess> worker(Authentication user, String caseId, String what) {
    return access.worker(user, caseId, what);
  }

  /** Only the meeting's chair records its outcome and answers the young person's views. */
  Mono<StaffAccess> chair(Authentication user, String caseId, String meetingId, String what) {
    return access.chairOf(user, caseId, meetingId, what);
  }

  /** A meeting the worker arranges; a cancelled one takes no more invitations or reports. */
  Mono<MeetingCase> workerMeeting(
      Authentication user, String caseId, String meetingId, String what) {
    return meeting(
        worker(user, caseId, what), meetingId, m -> !MeetingView.CANCELLED.equals(m.status()));
  }

  /** A meeting the user chairs, cancelled or not. */
  Mono<MeetingCase> chairedMeeting(
      Authentication user, String caseId, String meetingId, String what) {
    return meeting(chair(user, caseId, meetingId, what), meetingId, m -> true);
  }

  /**
   * A meeting the worker arranges, whatever state it is in: the forms that move, cancel or offer an
   * advocate for it say why a cancelled or held one cannot change, rather than that it is missing.
   */
  Mono<MeetingCase> workerAnyMeeting(
      Authentication user, String caseId, String meetingId, String what) {
    return meeting(worker(user, caseId, what), meetingId, m -> true);
  }

  /** An expectation of the current plan version; one from an older version is not found. */
  Mono<ExpectationCase> workerExpectation(
      Authentication user, String caseId, String expectationId, String what) {
    return worker(user, caseId, what)
        .flatMap(
            staff ->
                Mono.zip(pages.overview(staff), pages.currentPlan(staff))
                    .flatMap(
                        t ->
                            Mono.justOrEmpty(
                                expectation(staff, t.getT1(), t.getT2(), expectationId))))
        .switchIfEmpty(Mono.error(CaseNotFound::new));
  }

  private static Optional<ExpectationCase> expectation(
      StaffAccess staff,
      CaseOverviewView overview,
      Optional<PlanVersionView> current,
      String expectationId) {
    return current.flatMap(
        plan ->
            plan.content().expectations().stream()
                .filter(e -> expectationId.equals(e.expectationId()))
                .findFirst()
                .map(e -> new ExpectationCase(staff, overview, plan, e)));
  }

  private Mono<MeetingCase> meeting(
      Mono<StaffAccess> checked, String meetingId, Predicate<MeetingView> usable) {
    return checked
        .flatMap(
            staff ->
                pages
                    .overview(staff)
                    .flatMap(
                        o ->
                            Mono.justOrEmpty(
                                o.meetings().stream()
                                    .filter(x -> x.meetingId().equals(meetingId))
                                    .filter(usable)
                                    .findFirst()
                                    .map(x -> new MeetingCase(staff, o, x)))))
        .switchIfEmpty(Mono.error(CaseNotFound::new));
  }

  /** case-service's path for a command about one meeting. */
  static String meetingPath(String caseId, String meetingId, String tail) {
    return caseId + "/meetings/" + meetingId + tail;
  }

  /** Back to the case page, with the banner for what was just done. */
  static String done(String caseId, String what) {
    return "redirect:/staff/cases/" + caseId + "?done=" + what;
  }

  /**
   * Where a form goes once case-service has answered its command: back to the case page with the
   * banner for {@code done}, or the form again with the refusal's reasons (see {@link #sent}).
   */
  static String afterSend(
      String caseId,
      CommandOutcome outcome,
      String done,
      Set<String> fields,
      String otherwise,
      Function<FormErrors, String> form) {
    return sent(outcome, done(caseId, done), fields, otherwise, "staff.error.conflict", form);
  }

  /**
   * Where a form goes once case-service has answered: to {@code redirect}, or the form again with
   * the refusal's reasons on the {@code fields} it names (any other on {@code otherwise}). A
   * conflict that names no field says only that the case changed at the same moment, so it gets
   * words of its own ({@code conflictKey}) rather than "check the details".
   */
  static String sent(
      CommandOutcome outcome,
      String redirect,
      Set<String> fields,
      String otherwise,
      String conflictKey,
      Function<FormErrors, String> form) {
    if (!(outcome instanceof CommandOutcome.Refused refused)) {
      return redirect;
    }
    if (refused.status() == 409 && refused.errors().isEmpty()) {
      return form.apply(new FormErrors().add(otherwise, conflictKey));
    }
    return form.apply(Refusals.errors(refused, fields, otherwise, "staff.error.refused"));
  }

  /** A meeting of a case the user may act on, with the case as the pages show it. */
  record MeetingCase(StaffAccess staff, CaseOverviewView overview, MeetingView meeting) {

    String caseId() {
      return staff.caseId();
    }

    String commandPath(String tail) {
      return meetingPath(caseId(), meeting.meetingId(), tail);
    }

    /** Back to the case page, with the banner for what was just done. */
    String done(String what) {
      return StaffCaseContext.done(caseId(), what);
    }

    /**
     * Where a form goes once case-service has answered its command: back to the case page with the
     * banner for {@code done}, or the form again with the refusal's reasons on the {@code fields}
     * it names (any other on {@code otherwise}).
     */
    String afterSend(
        CommandOutcome outcome,
        String done,
        Set<String> fields,
        String otherwise,
        Function<FormErrors, String> form) {
      return StaffCaseContext.afterSend(caseId(), outcome, done, fields, otherwise, form);
    }

    /**
     * Why the meeting can no longer be moved, cancelled or have an advocate offered for it, as
     * case-service would refuse it: {@code CLOSED} (the case), {@code CANCELLED} or {@code HELD};
     * null while it still can.
     */
    String settled() {
      if (!overview.open()) {
        return "CLOSED";
      }
      if (MeetingView.CANCELLED.equals(meeting.status())) {
        return "CANCELLED";
      }
      return MeetingView.HELD.equals(meeting.status()) || meeting.outcome() != null ? "HELD" : null;
    }

    /** What every meeting form page shows around its form. */
    Model page(FormErrors errors, Model m) {
      return m.addAttribute("caseId", caseId())
          .addAttribute("meeting", meeting)
          .addAttribute("child", overview.child())
          .addAttribute("caseOpen", overview.open())
          .addAttribute("errors", errors)
          .addAttribute("nav", StaffController.NAV);
    }
  }

  /** An expectation of the current plan on a case the user may act on. */
  record ExpectationCase(
      StaffAccess staff, CaseOverviewView overview, PlanVersionView plan, Expectation expectation) {

    String caseId() {
      return staff.caseId();
    }

    /** Marked met while this version is current. */
    boolean met() {
      return plan.metExpectationIds() != null
          && plan.metExpectationIds().contains(expectation.expectationId());
    }

    /** case-service's path for marking it met. */
    String commandPath() {
      return caseId() + "/expectations/" + expectation.expectationId() + "/met";
    }
  }
}
