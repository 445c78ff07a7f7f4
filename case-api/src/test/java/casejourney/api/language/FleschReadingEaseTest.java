package casejourney.api.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FleschReadingEaseTest {

  @Test
  void shortWordsInShortSentencesScoreAsVeryEasy() {
    assertThat(FleschReadingEase.score("The cat sat on the mat. It was a good day."))
        .isGreaterThan(100);
  }

  @Test
  void longWordsInLongSentencesScoreAsHard() {
    String dense =
        "The multi-agency safeguarding arrangements necessitate comprehensive assessment of"
            + " parental capability, notwithstanding intermittent engagement with statutory"
            + " intervention.";
    assertThat(FleschReadingEase.score(dense)).isLessThan(0);
  }

  @Test
  void theFormulaMatchesAHandCountedSentence() {
    // 6 words, 1 sentence, 8 syllables (Your=1 so-cial=2 work-er=2 is=1 now=1 Sam=1).
    assertThat(FleschReadingEase.score("Your social worker is now Sam."))
        .isCloseTo(206.835 - 1.015 * 6 - 84.6 * 8 / 6, within(0.01));
  }

  @Test
  void syllablesAreCountedByVowelGroupsWithoutASilentE() {
    assertThat(FleschReadingEase.syllables("meeting")).isEqualTo(2);
    assertThat(FleschReadingEase.syllables("moved")).isEqualTo(1);
    assertThat(FleschReadingEase.syllables("shared")).isEqualTo(1);
    assertThat(FleschReadingEase.syllables("conference")).isEqualTo(3);
    assertThat(FleschReadingEase.syllables("people")).isEqualTo(2);
    assertThat(FleschReadingEase.syllables("it's")).isEqualTo(1);
  }

  @Test
  void textWithoutWordsIsNotPenalised() {
    assertThat(FleschReadingEase.score("")).isEqualTo(100);
    assertThat(FleschReadingEase.score("12 / 2026")).isEqualTo(100);
  }
}
