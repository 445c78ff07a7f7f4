package casejourney.api.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlossaryTest {

  private final Glossary glossary = Glossary.standard();

  @Test
  void everyKeyExistsInBothLanguagesWithATermAndAPlainExplanation() {
    assertThat(glossary.keys("cy")).isEqualTo(glossary.keys("en"));
    for (String lang : new String[] {"en", "cy"}) {
      for (String key : glossary.keys(lang)) {
        Glossary.Term term = glossary.term(key, lang).orElseThrow();
        assertThat(term.term()).as(lang + " " + key).isNotBlank();
        assertThat(term.plain()).as(lang + " " + key).isNotBlank();
      }
    }
  }

  @Test
  void theTermsOfArtInTheDomainBriefAreExplained() {
    assertThat(glossary.keys("en"))
        .contains(
            "initial-conference",
            "core-group",
            "section-47",
            "strategy-discussion",
            "review-conference",
            "child-protection-plan",
            "advocate",
            "chair",
            "threshold",
            "plo",
            "category-of-harm",
            "family-group-conference");
  }

  @Test
  void everyKeyTheJargonFinderCanReturnIsInTheGlossary() {
    String everything =
        "initial conference review conference core group section 47 strategy discussion plan"
            + " advocate chair threshold PLO category family group conference assessment IRO"
            + " safeguarding";
    assertThat(glossary.keys("en")).containsAll(JargonFinder.find(everything));
  }

  @Test
  void explanationsForFamiliesArePlainEnglish() {
    for (String key : glossary.keys("en")) {
      String plain = glossary.term(key, "en").orElseThrow().plain();
      assertThat(FleschReadingEase.score(plain)).as(key + ": " + plain).isGreaterThanOrEqualTo(50);
    }
  }
}
