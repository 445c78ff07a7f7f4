package casejourney.api.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.TreeSet;

/** The shipped list of bank holidays, read once from the classpath. */
record BankHolidayList(List<LocalDate> dates) {

  static final String ENGLAND_AND_WALES =
      "/casejourney/calendar/england-and-wales-bank-holidays.txt";

  private static final BankHolidayList ENGLAND_AND_WALES_LIST = load(ENGLAND_AND_WALES);

  BankHolidayList {
    if (dates.isEmpty()) {
      throw new IllegalArgumentException("a bank holiday list cannot be empty");
    }
    dates = List.copyOf(new TreeSet<>(dates));
  }

  static BankHolidayList englandAndWales() {
    return ENGLAND_AND_WALES_LIST;
  }

  LocalDate first() {
    return dates.get(0);
  }

  LocalDate last() {
    return dates.get(dates.size() - 1);
  }

  static BankHolidayList load(String resource) {
    try (InputStream in = BankHolidayList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bank holiday list " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new BankHolidayList(
          reader.lines().map(BankHolidayList::dateOn).filter(d -> d != null).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LocalDate dateOn(String line) {
    int comment = line.indexOf('#');
    String text = (comment < 0 ? line : line.substring(0, comment)).strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      // A typo in the list would silently shift statutory deadlines, so refuse to start instead.
      throw new IllegalStateException("bad date in bank holiday list: " + line, e);
    }
  }
}
