package casejourney.api.views;

/** Where one expectation stands; overdue is worked out on the day it is read. */
public enum ExpectationStatus {
  DUE,
  OVERDUE,
  MET,
  REOPENED
}
