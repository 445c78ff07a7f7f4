package casejourney.portal.staff;

import casejourney.api.DisputeAnswer;
import casejourney.portal.access.CaseNotFound;
import casejourney.portal.commands.CaseCommands;
import casejourney.portal.staff.StaffViews.DisputeRow;
import casejourney.portal.web.FormErrors;
import java.util.Arrays;
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
 * The allocated worker answers what a family member said is wrong (docs/adr/0015): the correction
 * they will see, or why the record stays as it is. Nothing recorded before is changed; a closed
 * case can still be answered, as case-service allows. While the first month runs, the worker can
 * instead take more time, once, telling the family member why.
 */
@Controller
class DisputeAnswerController {

  static final String PATH = "/staff/cases/{caseId}/disputes/{disputeId}/answer";
  static final String MORE_TIME_PATH = "/staff/cases/{caseId}/disputes/{disputeId}/more-time";

  /**
   * As case-service's rule (UK GDPR Article 12(3)), only to tell the worker the day before they
   * choose; the day itself comes back on the dispute.
   */
  private static final int MORE_TIME_MONTHS = 2;

  private final StaffCaseContext cases;
  private final StaffPages pages;
  private final CaseCommands commands;

  DisputeAnswerController(StaffCaseContext cases, StaffPages pages, CaseCommands commands) {
    this.cases = cases;
    this.pages = pages;
    this.commands = commands;
  }

  /**
   * The answer: {@code answer} is a {@link DisputeAnswer}; {@code reason} (required) and {@code
   * reasonCy} are the correction or the reason, in English and Welsh, as the family member reads
   * it.
   */
  public record AnswerForm(String answer, String reason, String reasonCy, String formId) {

    static AnswerForm blank() {
      return new AnswerForm(null, null, null, MeetingForms.newFormId());
    }

    DisputeAnswer disputeAnswer() {
      return Arrays.stream(DisputeAnswer.values())
          .filter(a -> a.name().equals(answer))
          .findFirst()
          .orElse(null);
    }

    FormErrors validate() {
      FormErrors errors = new FormErrors();
      if (disputeAnswer() == null) {
        errors.add("answer", "staff.error.dispute.answer");
      }
      MeetingForms.bilingualReason(errors, reason, reasonCy, "staff.error.dispute.reason");
      return errors;
    }
  }

  /**
   * More time to answer: {@code extensionReason} (required) and {@code extensionReasonCy}, why, as
   * the family member reads it. Its inputs are named apart from the answer's, as both forms share
   * the page.
   */
  public record MoreTimeForm(String extensionReason, String extensionReasonCy, String formId) {

    static MoreTimeForm blank() {
      return new MoreTimeForm(null, null, MeetingForms.newFormId());
    }

    FormErrors validate() {
      FormErrors errors = new FormErrors();
      MeetingForms.required(
          errors, "extensionReason", extensionReason, "staff.error.dispute.extensionReason");
      MeetingForms.tooLong(errors, "extensionReasonCy", extensionReasonCy, MeetingForms.SHORT_TEXT);
      return errors;
    }
  }

  @GetMapping(PATH)
  Mono<String> show(
      Authentication user, @PathVariable String caseId, @PathVariable String disputeId, Model m) {
    return dispute(user, caseId, disputeId)
        .map(d -> page(d, AnswerForm.blank(), MoreTimeForm.blank(), new FormErrors(), m));
  }

  @PostMapping(MORE_TIME_PATH)
  Mono<String> moreTime(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String disputeId,
      @ModelAttribute("moreTime") MoreTimeForm form,
      Model m) {
    return dispute(user, caseId, disputeId)
        .flatMap(
            d -> {
              FormErrors errors = form.validate();
              if (!errors.isEmpty()) {
                return Mono.just(page(d, AnswerForm.blank(), form, errors, m));
              }
              return commands
                  .send(
                      user,
                      d.caseId() + "/disputes/" + d.row().dispute().disputeId() + "/extensions",
                      Map.of(
                          "reason",
                          MeetingForms.bilingual(form.extensionReason(), form.extensionReasonCy())),
                      form.formId())
                  .map(
                      o ->
                          StaffCaseContext.afterSend(
                              d.caseId(),
                              o,
                              "disputeExtended",
                              Set.of("extensionReason", "extensionReasonCy"),
                              "extensionReason",
                              e -> page(d, AnswerForm.blank(), form, e, m)));
            });
  }

  @PostMapping(PATH)
  Mono<String> answer(
      Authentication user,
      @PathVariable String caseId,
      @PathVariable String disputeId,
      @ModelAttribute("form") AnswerForm form,
      Model m) {
    return dispute(user, caseId, disputeId)
        .flatMap(
            d -> {
              FormErrors errors = form.validate();
              if (!errors.isEmpty()) {
                return Mono.just(page(d, form, MoreTimeForm.blank(), errors, m));
              }
              return commands
                  .send(
                      user,
                      d.caseId() + "/disputes/" + d.row().dispute().disputeId() + "/answers",
                      Map.of(
                          "answer",
                          form.disputeAnswer().name(),
                          "explanation",
                          MeetingForms.bilingual(form.reason(), form.reasonCy())),
                      form.formId())
                  .map(
                      o ->
                          StaffCaseContext.afterSend(
                              d.caseId(),
                              o,
                              "disputeAnswered",
                              Set.of("answer", "reason", "reasonCy"),
                              "answer",
                              e -> page(d, form, MoreTimeForm.blank(), e, m)));
            });
  }

  /** A dispute on a case the user holds as its worker, as the case page shows it. */
  private record DisputeCase(String caseId, String child, DisputeRow row) {}

  private Mono<DisputeCase> dispute(Authentication user, String caseId, String disputeId) {
    return cases
        .worker(user, caseId, "dispute-answer")
        .flatMap(pages::overview)
        .flatMap(
            o ->
                Mono.justOrEmpty(
                    pages.disputes(o).stream()
                        .filter(r -> r.dispute().disputeId().equals(disputeId))
                        .findFirst()
                        .map(r -> new DisputeCase(o.caseId(), o.child().name(), r))))
        .switchIfEmpty(Mono.error(CaseNotFound::new));
  }

  private static String page(
      DisputeCase d, AnswerForm form, MoreTimeForm moreTime, FormErrors errors, Model m) {
    m.addAttribute("caseId", d.caseId())
        .addAttribute("child", d.child())
        .addAttribute("d", d.row())
        .addAttribute("form", form)
        .addAttribute("moreTime", moreTime)
        .addAttribute("canTakeMoreTime", canTakeMoreTime(d.row()))
        .addAttribute(
            "moreTimeDue",
            d.row().dispute().answerDue() == null
                ? null
                : d.row().dispute().answerDue().plusMonths(MORE_TIME_MONTHS))
        .addAttribute("errors", errors)
        .addAttribute("answers", Arrays.stream(DisputeAnswer.values()).map(Enum::name).toList())
        .addAttribute("nav", StaffController.NAV);
    return "staff/dispute-answer";
  }

  /**
   * As case-service allows: not answered, not extended before, and the first month not yet over.
   * Past its day it is only overdue, so the page asks for the answer alone.
   */
  private static boolean canTakeMoreTime(DisputeRow row) {
    return !row.dispute().answered()
        && !row.dispute().extended()
        && !row.overdue()
        && row.dispute().answerDue() != null;
  }
}
