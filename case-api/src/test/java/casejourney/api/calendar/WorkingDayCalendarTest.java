package casejourney.api.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkingDayCalendarTest {

  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales(Set.of());

  /** A council shutdown day between Christmas and New Year 2025. */
  private static final LocalDate SHUTDOWN = LocalDate.of(2025, 12, 29);

  private static final WorkingDayCalendar WITH_SHUTDOWN =
      WorkingDayCalendar.englandAndWales(List.of(SHUTDOWN));

  @ParameterizedTest(name = "{0} is a bank holiday")
  @MethodSource("bankHolidays")
  void everyShippedBankHolidayIsNotAWorkingDay(LocalDate holiday) {
    assertThat(CALENDAR.isWorkingDay(holiday)).isFalse();
    assertThat(holiday.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  }

  static Stream<LocalDate> bankHolidays() {
    return Stream.of(
            "2025-01-01",
            "2025-04-18",
            "2025-04-21",
            "2025-05-05",
            "2025-05-26",
            "2025-08-25",
            "2025-12-25",
            "2025-12-26",
            "2026-01-01",
            "2026-04-03",
            "2026-04-06",
            "2026-05-04",
            "2026-05-25",
            "2026-08-31",
            "2026-12-25",
            "2026-12-28",
            "2027-01-01",
            "2027-03-26",
            "2027-03-29",
            "2027-05-03",
            "2027-05-31",
            "2027-08-30",
            "2027-12-27",
            "2027-12-28",
            "2028-01-03",
            "2028-04-14",
            "2028-04-17",
            "2028-05-01",
            "2028-05-29",
            "2028-08-28",
            "2028-12-25",
            "2028-12-26")
        .map(LocalDate::parse);
  }

  @Test
  void theShippedListHoldsExactlyTheEightBankHolidaysOfEachYear() {
    assertThat(BankHolidayList.englandAndWales().dates())
        .containsExactlyElementsOf(bankHolidays().toList());
  }

  @ParameterizedTest(name = "{0} is a working day: {1}")
  @MethodSource("days")
  void knowsWhichDaysAreWorkingDays(LocalDate day, boolean working) {
    assertThat(WITH_SHUTDOWN.isWorkingDay(day)).isEqualTo(working);
  }

  static Stream<Arguments> days() {
    return Stream.of(
        Arguments.of(LocalDate.of(2026, 3, 4), true),
        Arguments.of(LocalDate.of(2026, 3, 7), false),
        Arguments.of(LocalDate.of(2026, 3, 8), false),
        Arguments.of(LocalDate.of(2026, 12, 26), false),
        Arguments.of(LocalDate.of(2026, 12, 29), true),
        Arguments.of(SHUTDOWN, false),
        Arguments.of(SHUTDOWN.plusDays(1), true),
        Arguments.of(LocalDate.of(2029, 1, 1), true));
  }

  @ParameterizedTest(name = "{2} working days after {0} ({1}) is {3}")
  @MethodSource("additions")
  void addsWorkingDays(LocalDate start, String why, int n, LocalDate expected) {
    assertThat(WITH_SHUTDOWN.addWorkingDays(start, n)).isEqualTo(expected);
    assertThat(WITH_SHUTDOWN.subtractWorkingDays(start, -n)).isEqualTo(expected);
  }

  static Stream<Arguments> additions() {
    return Stream.of(
        add("2026-03-04", "an ordinary Wednesday", 15, "2026-03-25"),
        add("2026-03-26", "a Thursday just before Easter 2026", 15, "2026-04-20"),
        add(
            "2025-04-11",
            "a Friday before Easter and the early May holiday 2025",
            15,
            "2025-05-07"),
        add("2026-12-14", "a Monday before Christmas 2026", 15, "2027-01-07"),
        add("2026-05-22", "the Friday before the late May holiday 2026", 1, "2026-05-26"),
        add("2026-05-20", "a Wednesday before the late May holiday 2026", 15, "2026-06-11"),
        add(
            "2025-12-24",
            "Christmas Eve 2025, with a council shutdown on the 29th",
            1,
            "2025-12-30"),
        add("2026-03-06", "a Friday", 1, "2026-03-09"),
        add("2026-03-07", "a Saturday, which is not counted", 1, "2026-03-09"),
        add("2026-03-07", "a Saturday, zero days on", 0, "2026-03-07"),
        add("2026-04-07", "the Tuesday after Easter Monday 2026, counting back", -1, "2026-04-02"),
        add("2026-03-09", "a Monday, counting back", -1, "2026-03-06"),
        add("2028-12-29", "a Friday, into 2029 where only weekends are known", 1, "2029-01-01"));
  }

  private static Arguments add(String start, String why, int n, String expected) {
    return Arguments.of(LocalDate.parse(start), why, n, LocalDate.parse(expected));
  }

  @ParameterizedTest(name = "{1} working days before {0} is {2}")
  @MethodSource("subtractions")
  void subtractsWorkingDays(LocalDate date, int n, LocalDate expected) {
    assertThat(CALENDAR.subtractWorkingDays(date, n)).isEqualTo(expected);
  }

  static Stream<Arguments> subtractions() {
    return Stream.of(
        Arguments.of(LocalDate.of(2026, 3, 12), 3, LocalDate.of(2026, 3, 9)),
        Arguments.of(LocalDate.of(2026, 4, 7), 3, LocalDate.of(2026, 3, 31)),
        Arguments.of(LocalDate.of(2028, 1, 4), 5, LocalDate.of(2027, 12, 23)),
        Arguments.of(LocalDate.of(2026, 3, 8), 0, LocalDate.of(2026, 3, 8)),
        Arguments.of(LocalDate.of(2026, 3, 6), -1, LocalDate.of(2026, 3, 9)));
  }

  @ParameterizedTest(name = "from {0} to {1} is {2} working days")
  @MethodSource("spans")
  void countsWorkingDaysAfterTheFirstDateUpToAndIncludingTheSecond(
      LocalDate from, LocalDate to, int expected) {
    assertThat(CALENDAR.workingDaysBetween(from, to)).isEqualTo(expected);
    assertThat(CALENDAR.workingDaysBetween(to, from)).isEqualTo(-expected);
  }

  static Stream<Arguments> spans() {
    return Stream.of(
        Arguments.of(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 4), 0),
        Arguments.of(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5), 1),
        Arguments.of(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 9), 1),
        Arguments.of(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 8), 0),
        Arguments.of(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 7), 1),
        Arguments.of(LocalDate.of(2026, 3, 26), LocalDate.of(2026, 4, 20), 15),
        Arguments.of(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 4), 4));
  }

  @Test
  void countingTheDaysBackGivesTheNumberAdded() {
    LocalDate start = LocalDate.of(2026, 12, 1);
    IntStream.rangeClosed(0, 40)
        .forEach(
            n -> {
              LocalDate later = CALENDAR.addWorkingDays(start.plusDays(n), n);
              assertThat(CALENDAR.workingDaysBetween(start.plusDays(n), later)).isEqualTo(n);
            });
  }

  @Test
  void theShippedListRunsFromJanuary2025ToBoxingDay2028() {
    assertThat(CALENDAR.coveredUntil()).isEqualTo(LocalDate.of(2028, 12, 26));
  }

  @ParameterizedTest(name = "the shipped list covers {0}: {1}")
  @MethodSource("coverage")
  void saysWhichDatesTheShippedListCovers(LocalDate date, boolean covered) {
    assertThat(CALENDAR.covers(date)).isEqualTo(covered);
  }

  static Stream<Arguments> coverage() {
    return Stream.of(
        Arguments.of(LocalDate.of(2024, 12, 31), false),
        Arguments.of(LocalDate.of(2025, 1, 1), true),
        Arguments.of(LocalDate.of(2027, 6, 15), true),
        Arguments.of(LocalDate.of(2028, 12, 31), true),
        Arguments.of(LocalDate.of(2029, 1, 1), false));
  }

  @Test
  void noExtraClosureDaysCanBeGivenAsNull() {
    assertThat(WorkingDayCalendar.englandAndWales(null).isWorkingDay(SHUTDOWN)).isTrue();
  }

  @Test
  void aMissingBankHolidayListStopsStartup() {
    assertThatThrownBy(() -> BankHolidayList.load("/casejourney/calendar/no-such-list.txt"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aMistypedDateInTheListStopsStartup() {
    assertThatThrownBy(() -> BankHolidayList.load("/casejourney/calendar/mistyped-holidays.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2026-02-30");
  }
}
