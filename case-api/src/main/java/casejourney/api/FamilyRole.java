package casejourney.api;

/** A family member's part in the case. */
public enum FamilyRole {
  /** The child the case is about, old enough (8 to 17) to take part in meetings about them. */
  YOUNG_PERSON,
  /** The child the case is about, too young to use the portal. */
  CHILD,
  PARENT,
  CARER
}
