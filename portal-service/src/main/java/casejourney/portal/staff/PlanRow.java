package casejourney.portal.staff;

import casejourney.api.plan.Expectation;
import casejourney.api.plan.Responsible;
import java.util.UUID;

/**
 * One expectation row of {@link PlanForm}. {@code who} is {@code FAMILY_MEMBER:<personId>}, {@code
 * COUNCIL} or {@code OTHER_AGENCY}; {@code name} is who holds it in words (the agency's name, for
 * example).
 */
public class PlanRow {
  private String expectationId;
  private String who;
  private String name;
  private String what;
  private String whatCy;
  private String byWhen;
  private String howWeKnow;
  private String support;
  private String consequence;
  private String howWeKnowCy;
  private String supportCy;
  private String consequenceCy;

  static PlanRow of(Expectation e) {
    PlanRow row = new PlanRow();
    row.expectationId = e.expectationId();
    Responsible r = e.responsible();
    row.who =
        r.party() == Responsible.Party.FAMILY_MEMBER
            ? "FAMILY_MEMBER:" + r.personId()
            : r.party().name();
    row.name = r.name();
    row.what = e.what();
    row.whatCy = e.whatCy();
    row.byWhen = e.byWhen() == null ? null : e.byWhen().toString();
    row.howWeKnow = e.howWeKnow();
    row.support = e.support();
    row.consequence = e.consequence();
    row.howWeKnowCy = e.howWeKnowCy();
    row.supportCy = e.supportCy();
    row.consequenceCy = e.consequenceCy();
    return row;
  }

  static PlanRow blank() {
    PlanRow row = new PlanRow();
    row.expectationId = "e-" + UUID.randomUUID().toString().substring(0, 8);
    return row;
  }

  /** A row left completely empty is dropped: that is how an expectation is removed. */
  boolean empty() {
    return MeetingForms.blank(what)
        && MeetingForms.blank(byWhen)
        && MeetingForms.blank(howWeKnow)
        && MeetingForms.blank(support)
        && MeetingForms.blank(consequence);
  }

  // Bean accessors for binding and templates.
  public String getExpectationId() {
    return expectationId;
  }

  public void setExpectationId(String v) {
    expectationId = v;
  }

  public String getWho() {
    return who;
  }

  public void setWho(String v) {
    who = v;
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    name = v;
  }

  public String getWhat() {
    return what;
  }

  public void setWhat(String v) {
    what = v;
  }

  public String getWhatCy() {
    return whatCy;
  }

  public void setWhatCy(String v) {
    whatCy = v;
  }

  public String getByWhen() {
    return byWhen;
  }

  public void setByWhen(String v) {
    byWhen = v;
  }

  public String getHowWeKnow() {
    return howWeKnow;
  }

  public void setHowWeKnow(String v) {
    howWeKnow = v;
  }

  public String getSupport() {
    return support;
  }

  public void setSupport(String v) {
    support = v;
  }

  public String getConsequence() {
    return consequence;
  }

  public void setConsequence(String v) {
    consequence = v;
  }

  public String getHowWeKnowCy() {
    return howWeKnowCy;
  }

  public void setHowWeKnowCy(String v) {
    howWeKnowCy = v;
  }

  public String getSupportCy() {
    return supportCy;
  }

  public void setSupportCy(String v) {
    supportCy = v;
  }

  public String getConsequenceCy() {
    return consequenceCy;
  }

  public void setConsequenceCy(String v) {
    consequenceCy = v;
  }
}
