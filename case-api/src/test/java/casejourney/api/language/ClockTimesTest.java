package casejourney.api.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ClockTimesTest {

  @Test
  void english_drops_the_minutes_of_whole_hours_and_writes_am_or_pm_in_lower_case() {
    assertThat(ClockTimes.of(LocalTime.of(10, 0), "en")).isEqualTo("10am");
    assertThat(ClockTimes.of(LocalTime.of(14, 0), "en")).isEqualTo("2pm");
    assertThat(ClockTimes.of(LocalTime.of(17, 57), "en")).isEqualTo("5:57pm");
    assertThat(ClockTimes.of(LocalTime.of(9, 5), "en")).isEqualTo("9:05am");
    assertThat(ClockTimes.of(LocalTime.of(0, 30), "en")).isEqualTo("12:30am");
  }

  @Test
  void welsh_uses_the_twenty_four_hour_clock() {
    assertThat(ClockTimes.of(LocalTime.of(10, 0), "cy")).isEqualTo("10:00");
    assertThat(ClockTimes.of(LocalTime.of(14, 0), "cy")).isEqualTo("14:00");
    assertThat(ClockTimes.of(LocalTime.of(9, 5), "cy")).isEqualTo("09:05");
  }
}
