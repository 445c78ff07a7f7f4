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
 * case can still be answered, as case-service allows.
 */
@Controller
class DisputeAnswerController {

  static final String PATH = "/staff/cases/{caseId}/disputes/{disputeId}/answer";

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

  @GetMapping(PATH)
  Mono<String> show(
      Authentication user, @PathVariable String caseId, @PathVariable String disputeId, Model m) {
    return dispute(user, caseId, disputeId)
        .map(d -> page(d, AnswerForm.blank(), new FormErrors(), m));
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
                return Mono.just(page(d, form, errors, m));
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
                              e -> page(d, form, e, m)));
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

  private static String page(DisputeCase d, AnswerForm form, FormErrors errors, Model m) {
    m.addAttribute("caseId", d.caseId())
        .addAttribute("child", d.child())
        .addAttribute("d", d.row())
        .addAttribute("form", form)
        .addAttribute("errors", errors)
        .addAttribute("answers", Arrays.stream(DisputeAnswer.values()).map(Enum::name).toList())
        .addAttribute("nav", StaffController.NAV);
    return "staff/dispute-answer";
  }
}
