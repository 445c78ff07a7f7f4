package casejourney.api;

/** The category under which a child protection plan is made. */
public enum ProtectionCategory {
  NEGLECT,
  PHYSICAL_ABUSE,
  EMOTIONAL_ABUSE,
  SEXUAL_ABUSE
}
