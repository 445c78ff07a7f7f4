package casejourney.portal.youngperson;

import casejourney.portal.access.FamilyAccess;
import casejourney.portal.commands.CaseCommands;
import casejourney.portal.commands.CommandOutcome;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Sends the young person's choice and views for their next meeting. The pages and the JSON API
 * share it, so both send the same command to the same meeting and stop at the same moment: when the
 * meeting starts, nothing more can be changed or sent.
 */
@Component
public class YoungPersonVoice {

  private final YoungPersonPages pages;
  private final CaseCommands commands;

  YoungPersonVoice(YoungPersonPages pages, CaseCommands commands) {
    this.pages = pages;
    this.commands = commands;
  }

  /**
   * How they will take part. Empty when there is no meeting to choose for, or it has started.
   *
   * @param choice a {@link casejourney.api.ParticipationChoice} name, already checked
   */
  public Mono<CommandOutcome> choose(
      Authentication user, FamilyAccess me, String choice, boolean wantsAdvocate, String key) {
    return openMeeting(me)
        .flatMap(
            meetingId ->
                commands.send(
                    user,
                    me.caseId() + "/meetings/" + meetingId + "/participation",
                    Map.of("choice", choice, "wantsAdvocate", wantsAdvocate),
                    key));
  }

  /** What they think. Empty when there is no meeting to send it for, or it has started. */
  public Mono<CommandOutcome> send(
      Authentication user, FamilyAccess me, ViewsForm form, String key) {
    return openMeeting(me)
        .flatMap(
            meetingId ->
                commands.send(
                    user,
                    me.caseId() + "/meetings/" + meetingId + "/contributions",
                    form.body(meetingId),
                    key));
  }

  private Mono<String> openMeeting(FamilyAccess me) {
    return pages
        .meeting(me)
        .filter(m -> m.meeting() != null && m.canChange())
        .map(m -> m.meeting().meetingId());
  }
}
