package casejourney.api;

/** The role a signed-in person acts in, taken from the token's {@code roles} claim. */
public enum ActorRole {
  WORKER,
  CHAIR,
  PARENT,
  YOUNG_PERSON,
  /**
   * case-service itself (the retention sweep). Never read from a sign-in token: no person can act
   * as the system.
   */
  SYSTEM
}
