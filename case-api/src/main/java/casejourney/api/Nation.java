package casejourney.api;

/** Which country's procedures apply: Wales adds the active offer of an advocate, for example. */
public enum Nation {
  ENGLAND,
  WALES
}
