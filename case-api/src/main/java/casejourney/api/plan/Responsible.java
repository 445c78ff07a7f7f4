package casejourney.api.plan;

import casejourney.api.personal.Personal;

/**
 * Who must do an expectation. A plan is two-sided: the family's tasks sit beside what the council
 * and other agencies promised.
 *
 * @param party which side holds it
 * @param personId for {@link Party#FAMILY_MEMBER}, the family member's id on the case; otherwise
 *     null
 * @param name a display name (for an agency, its name, for example "Health visiting team")
 */
public record Responsible(Party party, String personId, @Personal String name) {

  /** The side of a two-sided plan. */
  public enum Party {
    FAMILY_MEMBER,
    COUNCIL,
    OTHER_AGENCY;

    /** True for the family's side of the plan. */
    public boolean isFamily() {
      return this == FAMILY_MEMBER;
    }
  }
}
