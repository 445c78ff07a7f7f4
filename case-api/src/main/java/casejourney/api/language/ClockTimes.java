package casejourney.api.language;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A time of day as families read it, for the timeline text the projections write and the pages the
 * portal renders alike, so no one reads "14:00" in one place and "2pm" in the next. English follows
 * GOV.UK ("10am", "2:30pm"). Welsh uses the 24-hour clock ("am 14:30"): "am 2pm" would put the
 * English suffix straight after the Welsh word for "at".
 */
public final class ClockTimes {

  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("ha", Locale.ENGLISH);
  private static final DateTimeFormatter HOUR_MINUTE =
      DateTimeFormatter.ofPattern("h:mma", Locale.ENGLISH);
  private static final DateTimeFormatter TWENTY_FOUR_HOUR = DateTimeFormatter.ofPattern("HH:mm");

  private ClockTimes() {}

  /**
   * @param lang {@code cy} for Welsh; anything else is English
   */
  public static String of(LocalTime time, String lang) {
    if ("cy".equals(lang)) {
      return time.format(TWENTY_FOUR_HOUR);
    }
    return time.format(time.getMinute() == 0 ? HOUR : HOUR_MINUTE).toLowerCase(Locale.ROOT);
  }
}
