package casejourney.api.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JargonFinderTest {

  @Test
  void findsTermsIgnoringCaseInOrderOfAppearance() {
    assertThat(JargonFinder.find("After the Strategy Discussion, Section 47 enquiries began."))
        .containsExactly("strategy-discussion", "section-47");
  }

  @Test
  void aLongerTermWinsOverTheShorterTermInsideIt() {
    assertThat(JargonFinder.find("The initial child protection conference is on Monday."))
        .containsExactly("initial-conference");
    assertThat(JargonFinder.find("A family group conference will be arranged."))
        .containsExactly("family-group-conference");
  }

  @Test
  void acceptsSimplePlurals() {
    assertThat(JargonFinder.find("Two core groups and three review conferences."))
        .containsExactly("core-group", "review-conference");
  }

  @Test
  void doesNotMatchInsideOtherWords() {
    assertThat(JargonFinder.find("The plant is on the chairlift.")).isEmpty();
  }

  @Test
  void findsWelshTerms() {
    assertThat(JargonFinder.find("Mae'r grŵp craidd yn cwrdd. Bydd eiriolwr yno."))
        .containsExactly("core-group", "advocate");
  }

  @Test
  void eachTermIsListedOnce() {
    assertThat(JargonFinder.find("The plan. The new plan. The plans."))
        .containsExactly("child-protection-plan");
  }

  @Test
  void plainTextHasNoJargon() {
    assertThat(JargonFinder.find("Your social worker is now Sam.")).isEmpty();
    assertThat(JargonFinder.find(null)).isEmpty();
  }
}
