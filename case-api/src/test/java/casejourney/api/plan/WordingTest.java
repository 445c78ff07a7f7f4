package casejourney.api.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WordingTest {

  @ParameterizedTest(name = "normalising \"{0}\" gives \"{1}\"")
  @MethodSource("normalised")
  void normalisesCaseWidthPunctuationAndSpacing(String text, String expected) {
    assertThat(Wording.normalise(text)).isEqualTo(expected);
  }

  static Stream<Arguments> normalised() {
    return Stream.of(
        Arguments.of(null, ""),
        Arguments.of("   ", ""),
        Arguments.of("  Attend\tthe\n\nCOURSE.  ", "attend the course"),
        Arguments.of("Sam's “weekly” visit—please!", "sams weekly visitplease"),
        Arguments.of("Ｆｕｌｌ width\u00a0text", "full width text"),
        Arguments.of("ﬁnish", "finish"),
        Arguments.of("Mynychu'r cwrs Ŵyl", "mynychur cwrs ŵyl"));
  }

  @ParameterizedTest(name = "\"{0}\" to \"{1}\" is a substantive change: {2}")
  @MethodSource("edits")
  void decidesWhetherAnEditIsSubstantive(String before, String after, boolean substantive) {
    assertThat(Wording.substantivelyDifferent(before, after)).isEqualTo(substantive);
    assertThat(Wording.substantivelyDifferent(after, before)).isEqualTo(substantive);
  }

  static Stream<Arguments> edits() {
    return Stream.of(
        Arguments.of("Attend the course", "Attend the course", false),
        Arguments.of(null, "", false),
        Arguments.of(null, " . ", false),
        Arguments.of("Attend the course", "attend  the course.", false),
        Arguments.of("Attend the cuorse", "Attend the course", false),
        Arguments.of("Sam's visit—please", "Sams visit - please", false),
        Arguments.of("Support for well-being", "Support for wellbeing", false),
        Arguments.of("Attend the corse", "Attend the course", false),
        Arguments.of("Attend the courses", "Attend the course", false),
        Arguments.of("Attend the coarse", "Attend the course", false),
        Arguments.of("Atend teh corse", "Attend the course", true),
        Arguments.of("Attend the crse", "Attend the course", true),
        Arguments.of("Attend the course", "Attend a course", true),
        Arguments.of("Attend the course", "Attend the course weekly", true),
        Arguments.of("Do not go", "Do now go", true),
        Arguments.of("Call by 2026", "Call by 2025", true),
        Arguments.of(null, "Attend", true));
  }

  @ParameterizedTest(name = "\"{0}\" and \"{1}\" are within one edit: {2}")
  @MethodSource("oneEdit")
  void measuresDamerauLevenshteinDistanceOfAtMostOne(String a, String b, boolean within) {
    assertThat(Wording.withinOneEdit(a, b)).isEqualTo(within);
    assertThat(Wording.withinOneEdit(b, a)).isEqualTo(within);
  }

  static Stream<Arguments> oneEdit() {
    return Stream.of(
        Arguments.of("course", "course", true),
        Arguments.of("course", "corse", true),
        Arguments.of("course", "coursed", true),
        Arguments.of("course", "xcourse", true),
        Arguments.of("course", "cuorse", true),
        Arguments.of("course", "coures", true),
        Arguments.of("course", "coarse", true),
        Arguments.of("course", "caarse", false),
        Arguments.of("course", "cuores", false),
        Arguments.of("course", "cours", true),
        Arguments.of("course", "cour", false),
        Arguments.of("", "a", true),
        Arguments.of("ab", "ba", true),
        Arguments.of("abc", "bca", false));
  }
}
