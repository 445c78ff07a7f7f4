package casejourney.portal.staff;

import casejourney.api.calendar.StatutoryClock;
import casejourney.api.calendar.StatutoryTimescales;
import casejourney.api.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
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
  private final StatutoryTimescales timescales = StatutoryTimescales.defaults();
  private final StatutoryClock statutory =
      new StatutoryClock(WorkingDayCalendar.englandAndWales(List.of()), timescales);

  public StaffCalendar() {
    this(Clock.system(UK));
  }

  StaffCalendar(Clock clock) {
    this.clock = clock.withZone(UK);
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
