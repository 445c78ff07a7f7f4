package casejourney.api.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatutoryClockTest {

  private static final StatutoryClock CLOCK =
      new StatutoryClock(
          WorkingDayCalendar.englandAndWales(Set.of()), StatutoryTimescales.defaults());

  @ParameterizedTest(name = "a strategy discussion on {0} ({1}) needs an initial conference by {2}")
  @MethodSource("initialConferences")
  void initialConferenceIsDueFifteenWorkingDaysAfterTheStrategyDiscussion(
      LocalDate strategyDiscussion, String why, LocalDate due) {
    assertThat(CLOCK.initialConferenceDue(strategyDiscussion)).isEqualTo(due);
  }

  static Stream<Arguments> initialConferences() {
    return Stream.of(
        Arguments.of(LocalDate.of(2026, 3, 4), "three ordinary weeks", LocalDate.of(2026, 3, 25)),
        Arguments.of(
            LocalDate.of(2026, 3, 26), "just before Easter 2026", LocalDate.of(2026, 4, 20)),
        Arguments.of(LocalDate.of(2026, 3, 20), "over Easter 2026", LocalDate.of(2026, 4, 14)),
        Arguments.of(LocalDate.of(2026, 12, 14), "over Christmas 2026", LocalDate.of(2027, 1, 7)),
        Arguments.of(
            LocalDate.of(2026, 5, 20), "over the late May holiday 2026", LocalDate.of(2026, 6, 11)),
        Arguments.of(LocalDate.of(2026, 3, 7), "held on a Saturday", LocalDate.of(2026, 3, 27)));
  }

  @Test
  void firstCoreGroupIsDueTenWorkingDaysAfterTheInitialConference() {
    assertThat(CLOCK.firstCoreGroupDue(LocalDate.of(2026, 7, 1)))
        .isEqualTo(LocalDate.of(2026, 7, 15));
    assertThat(CLOCK.firstCoreGroupDue(LocalDate.of(2026, 12, 18)))
        .isEqualTo(LocalDate.of(2027, 1, 6));
  }

  @ParameterizedTest(name = "a conference on {0} needs its first review by {1}")
  @MethodSource("firstReviews")
  void firstReviewIsDueThreeCalendarMonthsAfterTheInitialConference(
      LocalDate initial, LocalDate due) {
    assertThat(CLOCK.firstReviewDue(initial)).isEqualTo(due);
  }

  static Stream<Arguments> firstReviews() {
    return Stream.of(
        Arguments.of(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 4, 15)),
        Arguments.of(LocalDate.of(2025, 11, 30), LocalDate.of(2026, 2, 28)),
        Arguments.of(LocalDate.of(2026, 2, 4), LocalDate.of(2026, 5, 4)));
  }

  @Test
  void laterReviewsAreDueSixCalendarMonthsApart() {
    assertThat(CLOCK.nextReviewDue(LocalDate.of(2026, 4, 15)))
        .isEqualTo(LocalDate.of(2026, 10, 15));
    assertThat(CLOCK.nextReviewDue(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @ParameterizedTest(name = "for a {1} on {0} reports must be shared by {2}")
  @MethodSource("reportDeadlines")
  void reportsMustBeSharedThreeWorkingDaysBeforeAnInitialAndFiveBeforeAReview(
      LocalDate meeting, String kind, LocalDate latest) {
    assertThat(CLOCK.latestReportShareDate(meeting, kind.equals("review"))).isEqualTo(latest);
  }

  static Stream<Arguments> reportDeadlines() {
    return Stream.of(
        Arguments.of(LocalDate.of(2026, 3, 12), "initial conference", LocalDate.of(2026, 3, 9)),
        // A Saturday meeting: the family's days are Wednesday, Thursday and Friday.
        Arguments.of(LocalDate.of(2026, 3, 14), "initial conference", LocalDate.of(2026, 3, 10)),
        Arguments.of(LocalDate.of(2026, 3, 12), "review", LocalDate.of(2026, 3, 5)),
        Arguments.of(LocalDate.of(2026, 4, 7), "initial conference", LocalDate.of(2026, 3, 31)),
        Arguments.of(LocalDate.of(2026, 12, 29), "initial conference", LocalDate.of(2026, 12, 22)),
        Arguments.of(LocalDate.of(2026, 6, 3), "review", LocalDate.of(2026, 5, 27)),
        Arguments.of(LocalDate.of(2028, 1, 4), "review", LocalDate.of(2027, 12, 23)));
  }

  @Test
  void outlinePlanAndFullRecordAreDueFiveAndTwentyWorkingDaysAfterTheConference() {
    LocalDate conference = LocalDate.of(2025, 12, 19);

    assertThat(CLOCK.outlinePlanDue(conference)).isEqualTo(LocalDate.of(2025, 12, 30));
    assertThat(CLOCK.fullRecordDue(conference)).isEqualTo(LocalDate.of(2026, 1, 21));
  }

  @Test
  void anAuthoritysOwnTimescalesAndClosureDaysAreUsed() {
    StatutoryClock local =
        new StatutoryClock(
            WorkingDayCalendar.englandAndWales(List.of(LocalDate.of(2026, 3, 5))),
            new StatutoryTimescales(10, 10, 3, 6, 2, 5, 5, 20));

    assertThat(local.initialConferenceDue(LocalDate.of(2026, 3, 2)))
        .isEqualTo(LocalDate.of(2026, 3, 17));
    assertThat(local.latestReportShareDate(LocalDate.of(2026, 3, 9), false))
        .isEqualTo(LocalDate.of(2026, 3, 4));
  }

  @ParameterizedTest(name = "due {0}, done {1}: late {2} by {3} working days")
  @MethodSource("latenesses")
  void measuresLatenessInWorkingDays(LocalDate due, LocalDate actual, boolean late, int days) {
    assertThat(CLOCK.lateness(due, actual)).isEqualTo(new Lateness(late, days));
  }

  static Stream<Arguments> latenesses() {
    return Stream.of(
        Arguments.of(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 10), false, 0),
        Arguments.of(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 13), false, 0),
        Arguments.of(LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 13), true, 1),
        Arguments.of(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 16), true, 1),
        Arguments.of(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 14), true, 0),
        Arguments.of(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 8), true, 2));
  }

  @Test
  void aReportSharedOnTheLastDayIsOnTimeAndTheNextWorkingDayIsLate() {
    LocalDate review = LocalDate.of(2026, 6, 3);
    LocalDate latest = CLOCK.latestReportShareDate(review, true);

    assertThat(CLOCK.lateness(latest, latest)).isEqualTo(Lateness.onTime());
    assertThat(CLOCK.lateness(latest, latest.plusDays(1))).isEqualTo(new Lateness(true, 1));
  }

  @Test
  void latenessCannotContradictItself() {
    assertThatThrownBy(() -> new Lateness(false, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Lateness(true, -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
