package casejourney.caseservice.domain;

import static casejourney.api.ActorMetaData.ROLE;
import static casejourney.api.ActorMetaData.SUBJECT;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import casejourney.api.ActorRole;
import casejourney.api.WelshText;
import casejourney.api.commands.AddWelshTextCommand;
import casejourney.api.events.WelshTextAddedEvent;
import casejourney.caseservice.domain.WrittenTexts.Target;
import casejourney.caseservice.domain.WrittenTexts.Text;
import java.util.EnumSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * Welsh added later to worker-written text (DOMAIN.md, "Language and readability": a missing
 * translation is a task for the worker), without a new plan version or any other change to the
 * record. The text stays what it was; only its Welsh version is added or corrected.
 *
 * <p>Taken on a closed case too: the family can still read the record, in their language.
 */
final class WelshVersions {

  /** Text that belongs to one meeting, whose chair may add its Welsh as well as the worker. */
  static final Set<WelshText> MEETING_TEXTS =
      EnumSet.of(
          WelshText.MEETING_MOVED_REASON,
          WelshText.MEETING_CANCELLED_REASON,
          WelshText.OUTCOME_REASONS,
          WelshText.CHAIR_RESPONSE,
          WelshText.EXCLUSION_REASON,
          WelshText.REDACTION_REASON);

  private static final String ACTION = "add a Welsh version of this text";

  private final CaseRecord record;
  private final Meetings meetings;
  private final WrittenTexts texts;

  WelshVersions(CaseRecord record, Meetings meetings, WrittenTexts texts) {
    this.record = record;
    this.meetings = meetings;
    this.texts = texts;
  }

  /**
   * The command names the English the Welsh was written from: if that is no longer the text that
   * stands, the Welsh would be attached to words it does not translate, so it is refused. The same
   * Welsh again changes nothing, so a double-click records it once.
   */
  @CommandHandler
  void handle(
      AddWelshTextCommand command,
      @MetaDataValue(SUBJECT) String actorSub,
      @MetaDataValue(ROLE) String actorRole,
      CaseRules rules) {
    Actor actor = new Actor(actorSub, actorRole);
    Permissions.allocatedWorkerOrChair(actor, record, ACTION);
    record.requireNotErased();
    WelshInput.validate(command, rules.textLimits());
    WelshText kind = command.kind();
    if (MEETING_TEXTS.contains(kind)) {
      Meeting meeting =
          meetings
              .find(command.ref())
              .orElseThrow(
                  () ->
                      new UnknownItemException("ref", "this case has no meeting " + command.ref()));
      if (ActorRole.CHAIR.name().equals(actor.role())) {
        Permissions.chairOf(actor, meeting, ACTION);
      }
    } else if (ActorRole.CHAIR.name().equals(actor.role())) {
      throw new NotPermittedException(
          "actor",
          "only the social worker allocated to this case can "
              + ACTION
              + ": a chair can add Welsh to what was written for a meeting they chair");
    }
    Target target =
        new Target(
            kind,
            command.ref(),
            kind.needsPerson() ? command.personId() : null,
            kind.needsReport() ? command.reportId() : null);
    Text text = texts.find(target).orElseThrow(() -> WelshInput.missing(command, texts));
    if (!WelshInput.sameWords(text.english(), command.english())) {
      throw new ChangedSinceException(
          "english",
          "the English of this text has changed since the Welsh was written from it: read the"
              + " English again, check the Welsh says the same, then send it again");
    }
    String welsh = command.welsh().strip();
    if (text.welsh() != null && WelshInput.sameWords(text.welsh(), welsh)) {
      return;
    }
    apply(
        new WelshTextAddedEvent(
            command.caseId(),
            kind,
            command.ref(),
            target.personId(),
            target.reportId(),
            welsh,
            rules.now()));
  }
}
