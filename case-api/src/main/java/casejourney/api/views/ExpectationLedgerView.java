package casejourney.api.views;

import casejourney.api.BilingualText;
import casejourney.api.plan.ChangeKind;
import casejourney.api.plan.Responsible;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every expectation in the current plan, the family's side next to what the council and other
 * agencies promised, in collection {@code expectation_ledgers} with {@code _id} = case id.
 *
 * @param caseId the case
 * @param planVersion the current version
 * @param family what family members must do, in plan order
 * @param council what the council and other agencies promised, in plan order
 * @param lastSequence the case's aggregate sequence number of the last event applied
 */
public record ExpectationLedgerView(
    String caseId, int planVersion, List<Line> family, List<Line> council, long lastSequence) {

  public static final String COLLECTION = "expectation_ledgers";

  /**
   * One expectation as it stands.
   *
   * @param expectationId stable across versions
   * @param responsible who must do it
   * @param what what is expected
   * @param whatCy its Welsh version, or null
   * @param byWhen due date, or null
   * @param howWeKnow the success measure
   * @param support the help promised
   * @param consequence what happens if it is not done
   * @param met true when marked met in the current version
   * @param metAt when it was marked met, or null
   * @param reopened true when it was met before and a later version requires it again
   * @param timesChanged how many versions changed it since it first appeared
   * @param lastChangeKind the most serious kind of its last change, or null
   * @param lastChangedInVersion the version of its last change, or 0
   * @param lastChangeReason the worker's reason for its last change, or null
   * @param howWeKnowCy the success measure in Welsh, or null
   * @param supportCy the help promised in Welsh, or null
   * @param consequenceCy what happens if it is not done in Welsh, or null
   */
  public record Line(
      String expectationId,
      Responsible responsible,
      String what,
      String whatCy,
      LocalDate byWhen,
      String howWeKnow,
      String support,
      String consequence,
      boolean met,
      Instant metAt,
      boolean reopened,
      int timesChanged,
      ChangeKind lastChangeKind,
      int lastChangedInVersion,
      BilingualText lastChangeReason,
      String howWeKnowCy,
      String supportCy,
      String consequenceCy) {

    /** A line with no Welsh for its measure, support or consequence. */
    public Line(
        String expectationId,
        Responsible responsible,
        String what,
        String whatCy,
        LocalDate byWhen,
        String howWeKnow,
        String support,
        String consequence,
        boolean met,
        Instant metAt,
        boolean reopened,
        int timesChanged,
        ChangeKind lastChangeKind,
        int lastChangedInVersion,
        BilingualText lastChangeReason) {
      this(
          expectationId,
          responsible,
          what,
          whatCy,
          byWhen,
          howWeKnow,
          support,
          consequence,
          met,
          metAt,
          reopened,
          timesChanged,
          lastChangeKind,
          lastChangedInVersion,
          lastChangeReason,
          null,
          null,
          null);
    }

    /** Met wins; a past due date makes it overdue even if it was reopened. */
    public ExpectationStatus status(LocalDate today) {
      if (met) {
        return ExpectationStatus.MET;
      }
      if (byWhen != null && today.isAfter(byWhen)) {
        return ExpectationStatus.OVERDUE;
      }
      return reopened ? ExpectationStatus.REOPENED : ExpectationStatus.DUE;
    }
  }
}
