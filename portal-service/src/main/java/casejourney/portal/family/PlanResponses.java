package casejourney.portal.family;

import casejourney.portal.access.FamilyAccess;
import casejourney.portal.commands.CaseCommands;
import casejourney.portal.commands.CommandOutcome;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Sends a parent's acknowledgement or response for the plan version they read, provided it is still
 * the current one: a version published while they were reading is never what they answered.
 */
@Component
public class PlanResponses {

  /** The status of an answer to a version that is no longer the current one. */
  public static final int CHANGED = 409;

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
              int current = plan.current().version();
              if (form.versionNumber() == null || form.versionNumber() != current) {
                return Mono.just(
                    (CommandOutcome)
                        new CommandOutcome.Refused(
                            CHANGED,
                            "Version "
                                + current
                                + " of the plan was published after the version you answered."
                                + " Read version "
                                + current
                                + ", then answer again; nothing was recorded.",
                            List.of(new CommandOutcome.FieldError("version", ""))));
              }
              String base = family.caseId() + "/plan-versions/" + current;
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
