package casejourney.projections.timeline;

import casejourney.api.language.ClockTimes;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Dates written out in full, as families read them: "Tuesday 10 March 2026 at 10am". */
final class DateWords {

  private static final List<String> MONTHS_CY =
      List.of(
          "Ionawr",
          "Chwefror",
          "Mawrth",
          "Ebrill",
          "Mai",
          "Mehefin",
          "Gorffennaf",
          "Awst",
          "Medi",
          "Hydref",
          "Tachwedd",
          "Rhagfyr");
  private static final DateTimeFormatter EN_DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK);

  private DateWords() {}

  static String date(String lang, LocalDate date) {
    if (date == null) {
      return "";
    }
    if (TimelineText.CY.equals(lang)) {
      // No weekday: "dydd" mutates after "ar" but not after "erbyn"; a bare date reads well after
      // both.
      return date.getDayOfMonth()
          + " "
          + MONTHS_CY.get(date.getMonthValue() - 1)
          + " "
          + date.getYear();
    }
    return EN_DATE.format(date);
  }

  static String dateTime(String lang, LocalDateTime at) {
    if (at == null) {
      return "";
    }
    String joiner = TimelineText.CY.equals(lang) ? " am " : " at ";
    return date(lang, at.toLocalDate()) + joiner + ClockTimes.of(at.toLocalTime(), lang);
  }
}
