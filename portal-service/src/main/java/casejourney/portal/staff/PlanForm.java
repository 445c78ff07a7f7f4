package casejourney.portal.staff;

import casejourney.api.FamilyMember;
import casejourney.api.plan.PlanContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The "publish a plan version" form. A bean rather than a record so that the indexed fields ({@code
 * expectations[0].what}, {@code reasons[e-1]}) bind. Lists are one item per line.
 */
public class PlanForm {

  private String outcomes;
  private String strengths;
  private String risks;
  private List<PlanRow> expectations = new ArrayList<>();
  private Map<String, String> reasons = new LinkedHashMap<>();
  private Map<String, String> reasonsCy = new LinkedHashMap<>();
  private String decidedAtMeetingId;
  private String corrects;
  private String outlinePlanLateReason;
  private String action;
  private String basedOnVersion;
  private String formId = UUID.randomUUID().toString();

  /** The current version's content, plus one empty row for a new expectation. */
  static PlanForm from(PlanContent current, int version) {
    PlanForm form = new PlanForm();
    form.basedOnVersion = String.valueOf(version);
    if (current != null) {
      form.outcomes = String.join("\n", current.outcomes());
      form.strengths = String.join("\n", current.strengths());
      form.risks = String.join("\n", current.priorityRisks());
      current.expectations().forEach(e -> form.expectations.add(PlanRow.of(e)));
    }
    form.expectations.add(PlanRow.blank());
    return form;
  }

  /** Family member ids to names, for the default name of a family member's task. */
  static Map<String, String> names(List<FamilyMember> family) {
    Map<String, String> names = new LinkedHashMap<>();
    family.forEach(m -> names.put(m.personId(), m.name()));
    return names;
  }

  /** Makes sure the last row is empty, so one more expectation can always be added. */
  PlanForm withSpareRow() {
    if (expectations.isEmpty() || !expectations.get(expectations.size() - 1).empty()) {
      expectations.add(PlanRow.blank());
    }
    return this;
  }

  boolean publishing() {
    return "publish".equals(action);
  }

  static List<String> lines(String text) {
    return text == null
        ? List.of()
        : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  public String getOutcomes() {
    return outcomes;
  }

  public void setOutcomes(String v) {
    outcomes = v;
  }

  public String getStrengths() {
    return strengths;
  }

  public void setStrengths(String v) {
    strengths = v;
  }

  public String getRisks() {
    return risks;
  }

  public void setRisks(String v) {
    risks = v;
  }

  public List<PlanRow> getExpectations() {
    return expectations;
  }

  public void setExpectations(List<PlanRow> v) {
    expectations = v == null ? new ArrayList<>() : v;
  }

  public Map<String, String> getReasons() {
    return reasons;
  }

  public void setReasons(Map<String, String> v) {
    reasons = v == null ? new LinkedHashMap<>() : v;
  }

  public Map<String, String> getReasonsCy() {
    return reasonsCy;
  }

  public void setReasonsCy(Map<String, String> v) {
    reasonsCy = v == null ? new LinkedHashMap<>() : v;
  }

  public String getDecidedAtMeetingId() {
    return decidedAtMeetingId;
  }

  public void setDecidedAtMeetingId(String v) {
    decidedAtMeetingId = v;
  }

  /** {@code yes} when this version corrects a mistake in the current one. */
  public String getCorrects() {
    return corrects;
  }

  public void setCorrects(String v) {
    corrects = v;
  }

  public String getOutlinePlanLateReason() {
    return outlinePlanLateReason;
  }

  public void setOutlinePlanLateReason(String v) {
    outlinePlanLateReason = v;
  }

  boolean correcting() {
    return "yes".equals(corrects);
  }

  public String getAction() {
    return action;
  }

  public void setAction(String v) {
    action = v;
  }

  /**
   * The plan version this form was filled from (0 for none). A string, so that a tampered value is
   * a mismatch to show, not a binding failure.
   */
  public String getBasedOnVersion() {
    return basedOnVersion;
  }

  public void setBasedOnVersion(String v) {
    basedOnVersion = v;
  }

  /** Whether the form was filled from {@code version}; a form without the field is taken as so. */
  boolean basedOn(int version) {
    return basedOnVersion == null || basedOnVersion.strip().equals(String.valueOf(version));
  }

  public String getFormId() {
    return formId;
  }

  public void setFormId(String v) {
    formId = v;
  }
}
