package casejourney.api;

import casejourney.api.personal.Personal;

/**
 * Worker-written text with its optional Welsh version. A missing Welsh version is a task for the
 * worker, shown on their dashboard, never a blank on a Welsh page.
 *
 * @param en the English text
 * @param cy the Welsh text, or null while a translation is outstanding
 */
public record BilingualText(@Personal String en, @Personal String cy) {

  /** English-only text, Welsh to follow. */
  public static BilingualText en(String en) {
    return new BilingualText(en, null);
  }

  /** True when the Welsh version is still to be written. */
  public boolean welshMissing() {
    return cy == null || cy.isBlank();
  }
}
