package casejourney.caseservice.domain;

import casejourney.api.calendar.StatutoryClock;
import casejourney.api.calendar.StatutoryTimescales;
import casejourney.api.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Time and one authority's rules, handed to every command handler so that the aggregate never reads
 * the system clock and tests are exact. Dates and local times use the clock's zone (Europe/ London
 * in production), which is the zone meetings are arranged in.
 */
public final class CaseRules {

  /**
   * Child protection records are kept 35 years after closure (R (C) v Northumberland [2015],
   * DOMAIN.md "Data").
   */
  public static final int DEFAULT_RETENTION_YEARS = 35;

  private final Clock clock;
  private final WorkingDayCalendar calendar;
  private final StatutoryTimescales timescales;
  private final StatutoryClock statutoryClock;
  private final TextLimits textLimits;
  private final int retentionYears;

  public CaseRules(
      Clock clock,
      WorkingDayCalendar calendar,
      StatutoryTimescales timescales,
      TextLimits textLimits) {
    this(clock, calendar, timescales, textLimits, DEFAULT_RETENTION_YEARS);
  }

  /**
   * @param retentionYears how many years a closed case's record is kept before it is erased
   */
  public CaseRules(
      Clock clock,
      WorkingDayCalendar calendar,
      StatutoryTimescales timescales,
      TextLimits textLimits,
      int retentionYears) {
    if (retentionYears < 1) {
      throw new IllegalArgumentException("a record is kept for at least a year after closing");
    }
    this.retentionYears = retentionYears;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.timescales = Objects.requireNonNull(timescales, "timescales");
    this.textLimits = Objects.requireNonNull(textLimits, "textLimits");
    this.statutoryClock = new StatutoryClock(calendar, timescales);
  }

  /** England and Wales bank holidays, the DOMAIN.md timescales and the default text limits. */
  public static CaseRules defaults(Clock clock) {
    return new CaseRules(
        clock,
        WorkingDayCalendar.englandAndWales(null),
        StatutoryTimescales.defaults(),
        TextLimits.defaults());
  }

  public Clock clock() {
    return clock;
  }

  public WorkingDayCalendar calendar() {
    return calendar;
  }

  public StatutoryTimescales timescales() {
    return timescales;
  }

  public StatutoryClock statutoryClock() {
    return statutoryClock;
  }

  public TextLimits textLimits() {
    return textLimits;
  }

  public int retentionYears() {
    return retentionYears;
  }

  /** The last day a record closed at {@code closedAt} must be kept, in the authority's zone. */
  public LocalDate retainUntil(Instant closedAt) {
    return LocalDate.ofInstant(closedAt, clock.getZone()).plusYears(retentionYears);
  }

  Instant now() {
    return clock.instant();
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  LocalDateTime localNow() {
    return LocalDateTime.now(clock);
  }
}
