package casejourney.caseservice.domain;

import casejourney.api.BilingualText;
import casejourney.api.commands.PublishPlanVersionCommand;
import casejourney.api.events.PlanVersionPublishedEvent;
import casejourney.api.plan.Expectation;
import casejourney.api.plan.PlanChange;
import casejourney.api.plan.PlanContent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a plan version may be published and what the event says: the input is complete,
 * every family task names someone on the case, a conference decision names a held conference, a
 * correction is made by the person who published the version it corrects, and every change that
 * makes things harder for the family has a reason.
 */
final class PlanPublishing {

  private final CaseRecord record;
  private final Meetings meetings;
  private final List<PlanVersion> versions;
  private final CaseRules rules;

  PlanPublishing(
      CaseRecord record, Meetings meetings, List<PlanVersion> versions, CaseRules rules) {
    this.record = record;
    this.meetings = meetings;
    this.versions = versions;
    this.rules = rules;
  }

  PlanVersionPublishedEvent publish(
      PublishPlanVersionCommand command,
      Actor actor,
      PlanVersion current,
      Set<String> metExpectationIds,
      java.time.LocalDate outlineConferenceHeldOn) {
    Validation input = new Validation(rules.textLimits());
    input.shortText(
        "outlinePlanLateReason",
        command.outlinePlanLateReason(),
        false,
        "why the outline plan is late");
    PlanInput.validate(input, command.content(), command.reasonsByExpectationId());
    input.optionalId("decidedAtMeetingId", command.decidedAtMeetingId(), "the conference's id");
    input.check(
        command.correctsVersion() == null || command.correctsVersion() >= 1,
        "correctsVersion",
        "choose the version this corrects, or leave it empty");
    input.check(
        command.basedOnVersion() == null || command.basedOnVersion() >= 0,
        "basedOnVersion",
        "give the version you wrote this from (0 when there was no plan), or leave it out");
    input.throwIfInvalid();
    requireNothingPublishedSince(command.basedOnVersion());
    requireFamilyOnCase(command.content());
    requireHeldConference(command.decidedAtMeetingId());
    requireOwnVersion(command.correctsVersion(), actor);
    String outlineLateReason = outlineLateReason(command, outlineConferenceHeldOn);
    Map<String, BilingualText> reasons = givenReasons(command.reasonsByExpectationId());
    List<PlanChange> changes =
        GoalpostReasons.changes(
            current == null ? null : current.content(),
            metExpectationIds,
            command.content(),
            reasons);
    return new PlanVersionPublishedEvent(
        command.caseId(),
        versions.size() + 1,
        command.content(),
        changes,
        reasons,
        command.decidedAtMeetingId(),
        command.correctsVersion(),
        record.worker(),
        rules.now(),
        outlineLateReason);
  }

  /**
   * In Wales the outline plan is due within 5 working days of the conference (DOMAIN.md). One that
   * comes later is a missed clock, recorded with the worker's reason.
   *
   * @param heldOn the day the conference this version answers was held; null when it answers none
   */
  private String outlineLateReason(PublishPlanVersionCommand command, java.time.LocalDate heldOn) {
    if (heldOn == null) {
      return null;
    }
    java.time.LocalDate due = rules.statutoryClock().outlinePlanDue(heldOn);
    return LateReason.required(
        rules,
        due,
        rules.today(),
        command.outlinePlanLateReason(),
        "outlinePlanLateReason",
        days ->
            "the outline plan for the conference of "
                + heldOn
                + " was due by "
                + due
                + ", and today it is "
                + days
                + " working days late: say why");
  }

  /** A blank reason is no reason: dropped here, so a flagged change it was meant for is named. */
  private static Map<String, BilingualText> givenReasons(Map<String, BilingualText> reasons) {
    if (reasons == null) {
      return Map.of();
    }
    return reasons.entrySet().stream()
        .filter(
            e -> e.getValue() != null && e.getValue().en() != null && !e.getValue().en().isBlank())
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /**
   * A version published since the worker began would be undone by this one without their knowing:
   * its changes are missing from what they wrote, and the reasons they gave answer a comparison
   * with an older version.
   */
  private void requireNothingPublishedSince(Integer basedOnVersion) {
    if (basedOnVersion == null || basedOnVersion == versions.size()) {
      return;
    }
    if (basedOnVersion > versions.size()) {
      throw new UnknownItemException(
          "basedOnVersion", "this case has no plan version " + basedOnVersion);
    }
    throw new ChangedSinceException(
        "basedOnVersion",
        "version "
            + versions.size()
            + " of the plan was published after version "
            + basedOnVersion
            + ", which you wrote this from: compare your changes with version "
            + versions.size()
            + ", then publish again");
  }

  private void requireFamilyOnCase(PlanContent content) {
    List<Expectation> expectations = content.expectations();
    for (int i = 0; i < expectations.size(); i++) {
      Expectation e = expectations.get(i);
      if (e.responsible().party().isFamily()
          && record.member(e.responsible().personId()).isEmpty()) {
        throw new UnknownItemException(
            "content.expectations[" + i + "].responsible.personId",
            "no one on this case has the id " + e.responsible().personId());
      }
    }
  }

  private void requireHeldConference(String meetingId) {
    if (meetingId == null || meetingId.isBlank()) {
      return;
    }
    Meeting meeting =
        meetings
            .find(meetingId)
            .orElseThrow(
                () ->
                    new UnknownItemException(
                        "decidedAtMeetingId", "this case has no meeting " + meetingId));
    if (!meeting.isConference() || !meeting.isHeld()) {
      throw new CaseRuleException(
          "decidedAtMeetingId",
          "only a conference whose outcome is recorded can decide a plan: leave this empty if"
              + " the plan was decided between conferences");
    }
  }

  private void requireOwnVersion(Integer correctsVersion, Actor actor) {
    if (correctsVersion == null) {
      return;
    }
    if (correctsVersion > versions.size()) {
      throw new UnknownItemException(
          "correctsVersion", "this case has no plan version " + correctsVersion);
    }
    PlanVersion corrected = versions.get(correctsVersion - 1);
    if (!corrected.publisherSubject().equals(actor.subject())) {
      throw new NotPermittedException(
          "correctsVersion",
          "only the person who published version " + correctsVersion + " can correct it");
    }
  }
}
