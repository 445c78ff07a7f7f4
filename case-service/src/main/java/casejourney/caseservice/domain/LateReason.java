package casejourney.caseservice.domain;

import casejourney.api.calendar.Lateness;
import java.time.LocalDate;
import java.util.function.IntFunction;

/**
 * Something done after its statutory date needs the reason why: a missed clock is "recorded with a
 * reason, never hidden" (DOMAIN.md).
 */
final class LateReason {

  private LateReason() {}

  /**
   * @param refusal what to tell the worker when the reason is missing, from the working days late
   * @return null when {@code on} is by {@code due}; else the reason given, stripped
   * @throws CaseRuleException on {@code field} when late with no reason
   */
  static String required(
      CaseRules rules,
      LocalDate due,
      LocalDate on,
      String given,
      String field,
      IntFunction<String> refusal) {
    Lateness lateness = rules.statutoryClock().lateness(due, on);
    if (!lateness.late()) {
      return null;
    }
    if (given == null || given.isBlank()) {
      throw new CaseRuleException(field, refusal.apply(lateness.workingDaysLate()));
    }
    return given.strip();
  }
}
