package casejourney.caseservice.domain;

import casejourney.api.ConferenceDecision;
import casejourney.api.MeetingType;
import casejourney.api.commands.RecordConferenceOutcomeCommand;
import casejourney.api.language.ClockTimes;
import java.time.LocalDate;

/** What a meeting's outcome must say, which depends on the kind of meeting. */
final class OutcomeRules {

  private OutcomeRules() {}

  /**
   * A conference decides and, when a plan is needed or continues, says under which category and
   * when it is reviewed next; a core group makes no conference decision.
   */
  static void validateFor(Meeting meeting, RecordConferenceOutcomeCommand command, TextLimits l) {
    Validation input = new Validation(l);
    if (meeting.isConference()) {
      input.required("decision", command.decision(), "choose what the conference decided");
      input.check(
          command.reasons() != null && !blank(command.reasons().en()),
          "reasons.en",
          "enter the reasons for the decision");
      if (needsPlanDetails(command.decision())) {
        input.required("category", command.category(), "choose the category of the plan");
        input.required(
            "nextReviewDate", command.nextReviewDate(), "enter the date of the next review");
      }
    } else {
      input.check(
          command.decision() == null,
          "decision",
          "leave this empty: a core group meeting does not make a conference decision");
      input.check(
          command.category() == null,
          "category",
          "leave this empty: a core group meeting does not set a category");
    }
    input.throwIfInvalid();
  }

  static void checkDates(Meeting meeting, RecordConferenceOutcomeCommand command, CaseRules rules) {
    if (command.heldOn().isAfter(rules.today())) {
      throw new CaseRuleException(
          "heldOn",
          "record the outcome once the meeting has been held: this date has not come yet");
    }
    if (command.heldOn().isBefore(meeting.startsAt().toLocalDate())) {
      throw new CaseRuleException(
          "heldOn",
          "this is before the meeting's date ("
              + meeting.startsAt().toLocalDate()
              + "): enter the day it was held");
    }
    // Held today means it has started: an outcome typed up before the meeting would be a guess
    // that the family's timeline then reports as a decision.
    if (command.heldOn().equals(rules.today()) && rules.localNow().isBefore(meeting.startsAt())) {
      throw new CaseRuleException(
          "heldOn",
          "this meeting starts at "
              + ClockTimes.of(meeting.startsAt().toLocalTime(), "en")
              + " today: record its outcome once it has been held");
    }
    if (command.nextReviewDate() != null && !command.nextReviewDate().isAfter(command.heldOn())) {
      throw new CaseRuleException(
          "nextReviewDate", "choose a review date after the day the meeting was held");
    }
    // A conference may set an earlier review than the law requires, never a later one: the
    // family would be told a date the clocks then call late.
    if (command.nextReviewDate() != null && meeting.isConference()) {
      boolean initial = meeting.type() == MeetingType.INITIAL_CONFERENCE;
      LocalDate latest =
          initial
              ? rules.statutoryClock().firstReviewDue(command.heldOn())
              : rules.statutoryClock().nextReviewDue(command.heldOn());
      if (command.nextReviewDate().isAfter(latest)) {
        throw new CaseRuleException(
            "nextReviewDate",
            "the review must be held by "
                + latest
                + (initial
                    ? " (within "
                        + rules.timescales().firstReviewMonths()
                        + " months of the initial conference)"
                    : " (within "
                        + rules.timescales().laterReviewMonths()
                        + " months of this review)")
                + ": choose that day or an earlier one");
      }
    }
  }

  /**
   * Why a meeting was held after its statutory date, when it was held later than the day it was set
   * for: a meeting set late already gave its reason when it was set, but a day later still is a new
   * lateness, and a missed clock is "recorded with a reason, never hidden" (DOMAIN.md).
   *
   * @param due the meeting's statutory date, or null where no clock applies
   * @return the reason to record, or null when none is needed
   */
  static String heldLateReason(
      Meeting meeting, RecordConferenceOutcomeCommand command, LocalDate due, CaseRules rules) {
    if (due == null || !command.heldOn().isAfter(meeting.startsAt().toLocalDate())) {
      return null;
    }
    return LateReason.required(
        rules,
        due,
        command.heldOn(),
        command.lateReason(),
        "lateReason",
        days ->
            "this meeting was held "
                + days
                + " working days after its statutory date ("
                + due
                + "), later than the day it was set for: say why");
  }

  private static boolean needsPlanDetails(ConferenceDecision decision) {
    return decision == ConferenceDecision.PLAN_NEEDED
        || decision == ConferenceDecision.PLAN_CONTINUES;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
