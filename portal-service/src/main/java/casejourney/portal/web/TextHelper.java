package casejourney.portal.web;

import casejourney.api.BilingualText;
import casejourney.api.language.ClockTimes;
import casejourney.api.plan.PlanComparison;
import casejourney.api.plan.Responsible;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Helpers for templates ({@code @text}): picks the right language of worker-written text, and
 * writes dates the way GOV.UK does ("3 May 2026", "3 May 2026 at 2:30pm") in English or Welsh.
 */
@Component("text")
public class TextHelper {

  // Built once: parsing a pattern on every date of every page showed up in the portal's profile.
  private static final DateTimeFormatter DAY_EN =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter DAY_CY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", LanguageResolver.WELSH);
  private static final DateTimeFormatter WEEKDAY_DAY_EN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter WEEKDAY_DAY_CY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", LanguageResolver.WELSH);

  private static final ZoneId UK = ZoneId.of("Europe/London");

  /** A piece of text and the language it is in, so the page can mark it with {@code lang}. */
  public record Shown(String text, String lang, boolean translationPending) {}

  /** Welsh when asked for and written; otherwise English, saying that Welsh is on its way. */
  public Shown pick(BilingualText text, String lang) {
    if (text == null) {
      return null;
    }
    if ("cy".equals(lang) && !text.welshMissing()) {
      return new Shown(text.cy(), "cy", false);
    }
    return new Shown(text.en(), "en", "cy".equals(lang));
  }

  /** The same for text held as a map with keys {@code en} and {@code cy}. */
  public Shown pick(Map<String, String> text, String lang) {
    return text == null ? null : pick(new BilingualText(text.get("en"), text.get("cy")), lang);
  }

  /** The same for an English text with an optional Welsh version. */
  public Shown pick(String en, String cy, String lang) {
    return pick(new BilingualText(en, cy), lang);
  }

  public String day(LocalDate date, String lang) {
    return date == null ? "" : date.format("cy".equals(lang) ? DAY_CY : DAY_EN);
  }

  /**
   * The day with its weekday, as it reads inside a sentence: "Saturday 26 December 2026", "dydd
   * Sadwrn 26 Rhagfyr 2026" (Welsh writes "dydd" in lower case there; the JDK gives "Dydd").
   */
  public String weekdayAndDay(LocalDate date, String lang) {
    if (date == null) {
      return "";
    }
    if (!"cy".equals(lang)) {
      return date.format(WEEKDAY_DAY_EN);
    }
    String welsh = date.format(WEEKDAY_DAY_CY);
    return Character.toLowerCase(welsh.charAt(0)) + welsh.substring(1);
  }

  /**
   * A message's arguments in this language. A date in an error message is the day the person chose,
   * so it is named with its weekday: that is often what is wrong with it.
   */
  public Object[] args(List<Object> args, String lang) {
    return args.stream().map(a -> a instanceof LocalDate d ? weekdayAndDay(d, lang) : a).toArray();
  }

  public String day(Instant instant, String lang) {
    return instant == null ? "" : day(instant.atZone(UK).toLocalDate(), lang);
  }

  public String dayAndTime(LocalDateTime when, String lang) {
    if (when == null) {
      return "";
    }
    String time = ClockTimes.of(when.toLocalTime(), lang);
    String joiner = "cy".equals(lang) ? " am " : " at ";
    return day(when.toLocalDate(), lang) + joiner + time;
  }

  public String dayAndTime(Instant instant, String lang) {
    return instant == null ? "" : dayAndTime(instant.atZone(UK).toLocalDateTime(), lang);
  }

  /**
   * A value from a plan comparison (before or after): a date in the person's words and language,
   * anything else as the worker wrote it (English, with Welsh on its way); null stays null.
   */
  public Shown planValue(String value, String lang) {
    if (value == null) {
      return null;
    }
    if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        return new Shown(day(LocalDate.parse(value), lang), lang, false);
      } catch (java.time.format.DateTimeParseException notADate) {
        // shown as written
      }
    }
    return new Shown(value, "en", "cy".equals(lang));
  }

  /** The same, showing {@code cy} on a Welsh page when the worker's words have Welsh. */
  public Shown planValue(String value, String cy, String lang) {
    if (value != null && "cy".equals(lang) && cy != null && !cy.isBlank()) {
      return new Shown(cy, "cy", false);
    }
    return planValue(value, lang);
  }

  /**
   * The message key for a value the comparison writes itself ("met", "expected again", or the side
   * of the plan when no name was given), so that it is shown in the reader's language; null for a
   * date or the worker's own words.
   */
  public String planValueKey(String value) {
    if (value == null) {
      return null;
    }
    if (value.equals(PlanComparison.MET)) {
      return "changes.value.met";
    }
    if (value.equals(PlanComparison.REOPENED)) {
      return "changes.value.reopened";
    }
    for (Responsible.Party party : Responsible.Party.values()) {
      if (party.name().equals(value)) {
        return "changes.value.party." + value;
      }
    }
    return null;
  }

  /** ISO date for {@code <time datetime>}. */
  public String iso(Object value) {
    if (value instanceof Instant i) {
      return i.atZone(UK).toLocalDate().toString();
    }
    return value == null ? "" : value.toString();
  }
}
