package casejourney.portal.staff;

import casejourney.api.calendar.AuthoritySettings;
import casejourney.api.calendar.StatutoryClock;
import casejourney.api.calendar.StatutoryTimescales;
import casejourney.api.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Today in the UK and the statutory clock the write side uses, so the portal warns about a late
 * meeting or report with the same due date case-service will refuse it with.
 */
@Component
public class StaffCalendar {

  static final ZoneId UK = ZoneId.of("Europe/London");

  /** A clock due within this many working days is shown as "due soon". */
  static final int DUE_SOON_WORKING_DAYS = 10;

  private final Clock clock;
  private final StatutoryTimescales timescales;
  private final StatutoryClock statutory;

  /**
   * Reads the same {@code casejourney.authority} settings as case-service (closure days and
   * timescales), so a "late" warning here is the refusal case-service would give.
   */
  @Autowired
  public StaffCalendar(Environment environment) {
    this(
        Binder.get(environment)
            .bind(AuthoritySettings.PREFIX, AuthoritySettings.class)
            .orElseGet(AuthoritySettings::defaults),
        null);
  }

  StaffCalendar(Clock clock) {
    this(AuthoritySettings.defaults(), clock);
  }

  StaffCalendar(AuthoritySettings authority, Clock clock) {
    this.clock = (clock == null ? Clock.system(authority.zone()) : clock).withZone(UK);
    this.timescales = authority.statutoryTimescales();
    this.statutory = authority.statutoryClock();
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  public StatutoryClock statutory() {
    return statutory;
  }

  public StatutoryTimescales timescales() {
    return timescales;
  }

  public WorkingDayCalendar calendar() {
    return statutory.calendar();
  }

  /** Running, not yet overdue, and due within {@link #DUE_SOON_WORKING_DAYS} working days. */
  public boolean dueSoon(LocalDate due) {
    LocalDate today = today();
    return due != null
        && !today.isAfter(due)
        && calendar().workingDaysBetween(today, due) <= DUE_SOON_WORKING_DAYS;
  }
}
