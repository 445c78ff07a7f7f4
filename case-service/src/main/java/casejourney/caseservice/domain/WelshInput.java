package casejourney.caseservice.domain;

import casejourney.api.WelshText;
import casejourney.api.commands.AddWelshTextCommand;

/**
 * The input rules of {@link AddWelshTextCommand}, and what to say when the text it names is not on
 * the case.
 */
final class WelshInput {

  private WelshInput() {}

  static void validate(AddWelshTextCommand command, TextLimits limits) {
    WelshText kind = command.kind();
    Validation input =
        new Validation(limits)
            .required("kind", kind, "choose which text the Welsh version is for")
            .id("ref", command.ref(), ref(kind));
    if (kind != null) {
      if (kind.needsPerson()) {
        input.id("personId", command.personId(), person(kind));
      } else {
        input.check(
            blank(command.personId()),
            "personId",
            "leave this out: only a chair's response, an exclusion or a redaction names a person");
      }
      if (kind.needsReport()) {
        input.id("reportId", command.reportId(), "the report's id");
      } else {
        input.check(
            blank(command.reportId()),
            "reportId",
            "leave this out: only a redaction names a report");
      }
    }
    // The Welsh may be as long as the English it translates may be.
    if (kind == null
        || kind == WelshText.PLAN_EXPECTATION
        || kind == WelshText.PLAN_HOW_WE_KNOW
        || kind == WelshText.PLAN_SUPPORT
        || kind == WelshText.PLAN_CONSEQUENCE) {
      input
          .longText("english", command.english(), true, "the English the Welsh was written from")
          .longText("welsh", command.welsh(), true, "the Welsh version");
    } else {
      input
          .shortText("english", command.english(), true, "the English the Welsh was written from")
          .shortText("welsh", command.welsh(), true, "the Welsh version");
    }
    input.throwIfInvalid();
  }

  /**
   * Whether two texts are the same words. Line breaks come back from a browser form as CRLF, and
   * spaces at either end are not words, so neither counts as a change.
   */
  static boolean sameWords(String a, String b) {
    return a != null && b != null && comparable(a).equals(comparable(b));
  }

  private static String comparable(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').strip();
  }

  /** The case has no text of this kind under these ids: say which part was not found. */
  static UnknownItemException missing(AddWelshTextCommand command, WrittenTexts texts) {
    String ref = command.ref();
    return switch (command.kind()) {
      case PLAN_EXPECTATION ->
          new UnknownItemException("ref", "the current plan has no expectation " + ref);
      case PLAN_CHANGE_REASON ->
          new UnknownItemException(
              "ref", "the current plan gives no reason for a change to the expectation " + ref);
      case PLAN_HOW_WE_KNOW ->
          new UnknownItemException(
              "ref",
              "the current plan has no expectation " + ref + " saying how we will know it is done");
      case PLAN_SUPPORT ->
          new UnknownItemException(
              "ref", "the current plan promises no help for the expectation " + ref);
      case PLAN_CONSEQUENCE ->
          new UnknownItemException(
              "ref",
              "the current plan says nothing of what happens if the expectation "
                  + ref
                  + " is not done");
      case MEETING_MOVED_REASON ->
          new UnknownItemException("ref", "this meeting has not been moved");
      case MEETING_CANCELLED_REASON ->
          new UnknownItemException("ref", "this meeting has not been cancelled");
      case OUTCOME_REASONS ->
          new UnknownItemException(
              "ref", "no outcome with reasons has been recorded for this meeting");
      case CHAIR_RESPONSE ->
          new UnknownItemException(
              "personId",
              "the chair has not responded to this young person's views for this meeting");
      case EXCLUSION_REASON ->
          new UnknownItemException("personId", "this person is not left out of this meeting");
      case REDACTION_REASON ->
          new UnknownItemException(
              "reportId",
              "nothing is recorded as held back from this person's copy of this meeting's report "
                  + command.reportId());
      case DISPUTE_EXTENSION_REASON ->
          dispute(ref, texts, "the time to answer this dispute has not been extended");
      case DISPUTE_ANSWER -> dispute(ref, texts, "this dispute has not been answered yet");
      case CASE_CLOSED_REASON ->
          ref.equals(command.caseId())
              ? new UnknownItemException("ref", "this case has not been closed")
              : new UnknownItemException(
                  "ref", "the reason the case closed belongs to the case: give the case's id");
    };
  }

  private static UnknownItemException dispute(String ref, WrittenTexts texts, String message) {
    return new UnknownItemException(
        "ref",
        texts.hasDispute(ref) ? message : "this case has nothing disputed with the id " + ref);
  }

  private static String ref(WelshText kind) {
    if (kind == null) {
      return "the id of what the text belongs to";
    }
    return switch (kind) {
      case PLAN_EXPECTATION, PLAN_CHANGE_REASON, PLAN_HOW_WE_KNOW, PLAN_SUPPORT, PLAN_CONSEQUENCE ->
          "the expectation's id";
      case DISPUTE_EXTENSION_REASON, DISPUTE_ANSWER -> "the dispute's id";
      case CASE_CLOSED_REASON -> "the case's id";
      default -> "the meeting's id";
    };
  }

  private static String person(WelshText kind) {
    return switch (kind) {
      case CHAIR_RESPONSE -> "the id of the young person whose views the chair responded to";
      case EXCLUSION_REASON -> "the id of the person who was left out";
      default -> "the id of the person whose copy of the report it is";
    };
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
