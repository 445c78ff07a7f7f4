package casejourney.portal.staff;

import casejourney.api.calendar.WorkingDayCalendar;
import casejourney.portal.web.FormErrors;
import java.time.LocalDate;

/**
 * A meeting on a day that is not a working day: a weekend, an England and Wales bank holiday or one
 * of the authority's closure days. Families would be invited to come when the council is shut, so
 * the page holds the meeting back until the worker picks a working day or ticks that this day is
 * meant. case-service takes any day (and so does the JSON API): this is a check on the page only.
 *
 * <p>The box carries the day it confirms, not a bare yes, so a tick left on while the worker
 * changes to another closed day does not wave that day through unseen.
 *
 * @param day the chosen day when it is not a working day, or null when it is (or there is none)
 * @param confirmed the worker ticked the box for this very day
 */
public record NonWorkingDayRule(LocalDate day, boolean confirmed) {

  static final NonWorkingDayRule NONE = new NonWorkingDayRule(null, false);

  /**
   * @param chosen the day from the form, or null when it is missing or not a real day
   * @param confirmedDay the box's value when ticked: the ISO day it was shown for
   */
  static NonWorkingDayRule of(WorkingDayCalendar calendar, LocalDate chosen, String confirmedDay) {
    if (chosen == null || calendar.isWorkingDay(chosen)) {
      return NONE;
    }
    return new NonWorkingDayRule(
        chosen, confirmedDay != null && chosen.toString().equals(confirmedDay.strip()));
  }

  /** The page shows the box: the chosen day is not a working day. */
  public boolean applies() {
    return day != null;
  }

  /** The day's error against the date field, until the worker has confirmed this day. */
  void check(FormErrors errors) {
    if (applies() && !confirmed) {
      errors.add("date", "staff.error.nonWorkingDay", day);
    }
  }
}
