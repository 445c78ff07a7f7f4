package casejourney.api.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One local authority's settings, read by every service from {@code casejourney.authority.*}
 * ({@link #PREFIX}): its statutory timescales (DOMAIN.md defaults) and the closure days it adds to
 * the England and Wales bank holidays. One record for all three services, so the dates case-service
 * enforces are the dates the dashboards and forms show.
 *
 * @param name the authority's name
 * @param zone its time zone
 * @param closureDays extra days the authority is closed
 * @param timescales configured timescales; unset ones keep the defaults
 */
public record AuthoritySettings(
    String name, ZoneId zone, List<LocalDate> closureDays, Timescales timescales) {

  public static final String PREFIX = "casejourney.authority";

  public AuthoritySettings {
    name = name == null || name.isBlank() ? "Demo County Council" : name;
    zone = zone == null ? ZoneId.of("Europe/London") : zone;
    closureDays = closureDays == null ? List.of() : List.copyOf(closureDays);
  }

  /** Everything at the defaults. */
  public static AuthoritySettings defaults() {
    return new AuthoritySettings(null, null, null, null);
  }

  /** Every number is configurable; unset ones keep the DOMAIN.md defaults. */
  public record Timescales(
      Integer initialConferenceWorkingDays,
      Integer firstCoreGroupWorkingDays,
      Integer firstReviewMonths,
      Integer laterReviewMonths,
      Integer reportsBeforeInitialWorkingDays,
      Integer reportsBeforeReviewWorkingDays,
      Integer outlinePlanWorkingDays,
      Integer fullRecordWorkingDays) {}

  /** The timescales in force: configured values over the defaults. */
  public StatutoryTimescales statutoryTimescales() {
    StatutoryTimescales d = StatutoryTimescales.defaults();
    Timescales t = timescales;
    if (t == null) {
      return d;
    }
    return new StatutoryTimescales(
        or(t.initialConferenceWorkingDays(), d.initialConferenceWorkingDays()),
        or(t.firstCoreGroupWorkingDays(), d.firstCoreGroupWorkingDays()),
        or(t.firstReviewMonths(), d.firstReviewMonths()),
        or(t.laterReviewMonths(), d.laterReviewMonths()),
        or(t.reportsBeforeInitialWorkingDays(), d.reportsBeforeInitialWorkingDays()),
        or(t.reportsBeforeReviewWorkingDays(), d.reportsBeforeReviewWorkingDays()),
        or(t.outlinePlanWorkingDays(), d.outlinePlanWorkingDays()),
        or(t.fullRecordWorkingDays(), d.fullRecordWorkingDays()));
  }

  /** The bank holidays and this authority's closure days. */
  public WorkingDayCalendar calendar() {
    return WorkingDayCalendar.englandAndWales(closureDays);
  }

  /** The statutory clock with this authority's calendar and timescales. */
  public StatutoryClock statutoryClock() {
    return new StatutoryClock(calendar(), statutoryTimescales());
  }

  private static int or(Integer configured, int fallback) {
    return configured == null ? fallback : configured;
  }
}
