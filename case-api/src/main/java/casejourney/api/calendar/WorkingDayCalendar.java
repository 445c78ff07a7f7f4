package casejourney.api.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Working days for statutory clocks: not Saturdays, Sundays, bank holidays of England and Wales, or
 * the authority's own closure days. Immutable and safe to share.
 *
 * <p>Dates outside the years of the shipped bank holiday list are still computed, skipping weekends
 * only; callers should check {@link #covers(LocalDate)} and warn, because an unknown bank holiday
 * would make a due date one day too early.
 */
public final class WorkingDayCalendar {

  private final Set<LocalDate> closures;
  private final int firstCoveredYear;
  private final LocalDate coveredUntil;

  private WorkingDayCalendar(BankHolidayList bankHolidays, Collection<LocalDate> extraClosureDays) {
    Set<LocalDate> all = new HashSet<>(bankHolidays.dates());
    extraClosureDays.forEach(day -> all.add(Objects.requireNonNull(day, "closure day")));
    this.closures = Set.copyOf(all);
    this.firstCoveredYear = bankHolidays.first().getYear();
    this.coveredUntil = bankHolidays.last();
  }

  /**
   * The shipped England and Wales bank holidays plus one authority's own closure days.
   *
   * @param extraClosureDays the authority's closure days (for example a council shutdown day); may
   *     be empty, or null for none
   */
  public static WorkingDayCalendar englandAndWales(Collection<LocalDate> extraClosureDays) {
    return new WorkingDayCalendar(
        BankHolidayList.englandAndWales(), extraClosureDays == null ? Set.of() : extraClosureDays);
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !closures.contains(date);
  }

  /**
   * The date {@code n} working days after {@code start}; {@code start} itself is not counted, so it
   * need not be a working day. Zero gives {@code start}; a negative {@code n} counts backwards.
   */
  public LocalDate addWorkingDays(LocalDate start, int n) {
    return step(start, Math.abs(n), n < 0 ? -1 : 1);
  }

  /** The date {@code n} working days before {@code date}; the mirror of {@link #addWorkingDays}. */
  public LocalDate subtractWorkingDays(LocalDate date, int n) {
    return step(date, Math.abs(n), n < 0 ? 1 : -1);
  }

  /**
   * The number of working days after {@code from} up to and including {@code to}. When {@code to}
   * is before {@code from} the answer is the negative of {@code workingDaysBetween(to, from)}, so
   * swapping the arguments only flips the sign.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** The last date in the shipped bank holiday list. */
  public LocalDate coveredUntil() {
    return coveredUntil;
  }

  /**
   * True when {@code date} falls in a year the shipped bank holiday list covers. The list is
   * published a whole year at a time, so the days after the last holiday of the last year count as
   * covered.
   */
  public boolean covers(LocalDate date) {
    return date.getYear() >= firstCoveredYear && date.getYear() <= coveredUntil.getYear();
  }

  private LocalDate step(LocalDate start, int count, int direction) {
    LocalDate day = start;
    for (int found = 0; found < count; ) {
      day = day.plusDays(direction);
      if (isWorkingDay(day)) {
        found++;
      }
    }
    return day;
  }
}
