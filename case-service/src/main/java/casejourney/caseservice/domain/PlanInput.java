package casejourney.caseservice.domain;

import casejourney.api.BilingualText;
import casejourney.api.plan.Expectation;
import casejourney.api.plan.PlanContent;
import casejourney.api.plan.Responsible;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The input rules for a plan version: every expectation says who does what, by when and how we will
 * know, so that a family is never left with a vague plan.
 */
final class PlanInput {

  private PlanInput() {}

  static void validate(Validation input, PlanContent content, Map<String, BilingualText> reasons) {
    input.required("content", content, "enter the plan");
    if (content != null) {
      input.longTexts("content.outcomes", content.outcomes(), "the outcome");
      input.longTexts("content.strengths", content.strengths(), "the strength");
      input.longTexts("content.priorityRisks", content.priorityRisks(), "the risk");
      expectations(input, content.expectations());
    }
    if (reasons != null) {
      input.check(
          reasons.size() <= input.limits().listItems(),
          "reasonsByExpectationId",
          "give at most " + input.limits().listItems() + " reasons");
      reasons.forEach(
          (id, reason) ->
              input.bilingual(
                  "reasonsByExpectationId[" + id + "]",
                  reason,
                  false,
                  input.limits().shortText(),
                  "the reason for the change"));
    }
  }

  private static void expectations(Validation input, List<Expectation> expectations) {
    input.list("content.expectations", expectations, false, "expectation");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < expectations.size(); i++) {
      String field = "content.expectations[" + i + "]";
      Expectation e = expectations.get(i);
      input.required(field, e, "enter the expectation or remove the empty entry");
      if (e == null) {
        continue;
      }
      input.id(field + ".expectationId", e.expectationId(), "the expectation's id");
      input.check(
          e.expectationId() == null || ids.add(e.expectationId()),
          field + ".expectationId",
          "each expectation needs its own id: \"" + e.expectationId() + "\" is used twice");
      responsible(input, field + ".responsible", e.responsible());
      input.longText(field + ".what", e.what(), true, "what is expected");
      input.longText(field + ".whatCy", e.whatCy(), false, "the Welsh version");
      input.required(field + ".byWhen", e.byWhen(), "enter the date it should be done by");
      input.longText(field + ".howWeKnow", e.howWeKnow(), true, "how we will know it is done");
      input.longText(field + ".support", e.support(), false, "the support given");
      input.longText(field + ".consequence", e.consequence(), false, "the consequence");
      welshOf(input, field + ".howWeKnow", e.howWeKnow(), e.howWeKnowCy());
      welshOf(input, field + ".support", e.support(), e.supportCy());
      welshOf(input, field + ".consequence", e.consequence(), e.consequenceCy());
    }
  }

  /** Welsh is a version of the English: with no English there is nothing for it to translate. */
  private static void welshOf(Validation input, String field, String english, String welsh) {
    input.longText(field + "Cy", welsh, false, "the Welsh version");
    input.check(
        welsh == null || welsh.isBlank() || (english != null && !english.isBlank()),
        field + "Cy",
        "leave the Welsh out, or write the English too: there is no English here to translate");
  }

  private static void responsible(Validation input, String field, Responsible responsible) {
    input.required(field, responsible, "choose who must do it");
    if (responsible == null) {
      return;
    }
    input.required(field + ".party", responsible.party(), "choose who must do it");
    boolean family = responsible.party() != null && responsible.party().isFamily();
    if (family) {
      input.id(field + ".personId", responsible.personId(), "which family member must do it");
    }
    input.name(field + ".name", responsible.name(), false, "their name");
  }
}
