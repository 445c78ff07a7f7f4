package casejourney.portal.family;

import casejourney.portal.access.FamilyAccess;
import casejourney.portal.commands.CaseCommands;
import casejourney.portal.commands.CommandOutcome;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Sends a parent's acknowledgement or response for the current plan version. */
@Component
public class PlanResponses {

  private final ParentPages pages;
  private final CaseCommands commands;

  public PlanResponses(ParentPages pages, CaseCommands commands) {
    this.pages = pages;
    this.commands = commands;
  }

  /** One command per answer, so nothing is half-applied. */
  public Mono<CommandOutcome> send(
      Authentication user, FamilyAccess family, PlanResponseForm form) {
    return pages
        .plan(family)
        .flatMap(
            plan -> {
              if (plan.current() == null) {
                return Mono.just(
                    (CommandOutcome)
                        new CommandOutcome.Refused(
                            422, "", List.of(new CommandOutcome.FieldError("answer", ""))));
              }
              String base = family.caseId() + "/plan-versions/" + plan.current().version();
              return "read".equals(form.answer())
                  ? commands.send(user, base + "/acknowledgements", Map.of(), form.formId())
                  : commands.send(
                      user,
                      base + "/responses",
                      Map.of("disagrees", true, "response", form.response().strip()),
                      form.formId());
            });
  }
}
