package casejourney.caseservice.config;

import casejourney.api.calendar.StatutoryTimescales;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One local authority's settings: its statutory timescales (defaults from DOMAIN.md) and the
 * closure days it adds to the England and Wales bank holidays.
 */
@ConfigurationProperties("casejourney.authority")
public record AuthorityProperties(
    @DefaultValue("Demo County Council") String name,
    @DefaultValue("Europe/London") ZoneId zone,
    @DefaultValue List<LocalDate> closureDays,
    Timescales timescales) {

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

  private static int or(Integer configured, int fallback) {
    return configured == null ? fallback : configured;
  }
}
