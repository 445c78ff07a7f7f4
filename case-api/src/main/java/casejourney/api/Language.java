package casejourney.api;

/** A person's recorded language. Every page and system message exists in both. */
public enum Language {
  EN,
  CY
}
