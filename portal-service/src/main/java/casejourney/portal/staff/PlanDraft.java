package casejourney.portal.staff;

import casejourney.api.BilingualText;
import casejourney.api.plan.Expectation;
import casejourney.api.plan.PlanChange;
import casejourney.api.plan.PlanComparison;
import casejourney.api.plan.PlanContent;
import casejourney.api.plan.Responsible;
import casejourney.api.views.PlanHistoryView.PlanVersionView;
import casejourney.portal.web.FormErrors;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plan form read as a plan version, compared with the current version by the same {@link
 * PlanComparison} case-service uses, so the preview flags exactly what publishing will refuse.
 *
 * @param content the new version's content
 * @param errors what to fix in the form before it can be previewed
 * @param changes the goalpost changes from the current version
 * @param needsReason expectation ids with a flagged change
 * @param scores reading ease and jargon per input id
 * @param staleWelsh Welsh left out of the new version because its English was changed and the Welsh
 *     was not: the Welsh of the old words, which a Welsh-reading parent would otherwise be shown as
 *     what the new words say
 */
public record PlanDraft(
    PlanContent content,
    FormErrors errors,
    List<PlanChange> changes,
    Set<String> needsReason,
    Map<String, TextScore> scores,
    List<StaleWelsh> staleWelsh) {

  /**
   * @param field {@code what}, {@code howWeKnow}, {@code support} or {@code consequence}
   * @param english the new English that now needs its Welsh
   */
  public record StaleWelsh(String expectationId, String field, String english) {}

  /** An expectation's texts that can each carry Welsh, named as their form fields. */
  private static final String[] FIELDS = {"what", "howWeKnow", "support", "consequence"};

  static PlanDraft of(PlanForm form, PlanVersionView current, Map<String, String> familyNames) {
    FormErrors errors = new FormErrors();
    Map<String, TextScore> scores = new LinkedHashMap<>();
    score(scores, "outcomes", form.getOutcomes());
    score(scores, "strengths", form.getStrengths());
    score(scores, "risks", form.getRisks());
    List<Expectation> expectations = new ArrayList<>();
    List<PlanRow> rows = form.getExpectations();
    Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      PlanRow row = rows.get(i);
      if (!row.empty()) {
        // Rows are matched to the current version by this hidden id; a form that lost it or sent
        // it twice (edited by hand, or a stale copy) cannot be compared or published.
        if (row.getExpectationId() == null
            || row.getExpectationId().isBlank()
            || !ids.add(row.getExpectationId())) {
          errors.add("expectations-" + i + "-what", "staff.error.plan.sameRow");
          continue;
        }
        expectations.add(expectation("expectations-" + i + "-", row, familyNames, errors));
        score(scores, "expectations-" + i + "-what", row.getWhat());
        score(scores, "expectations-" + i + "-howWeKnow", row.getHowWeKnow());
        score(scores, "expectations-" + i + "-support", row.getSupport());
        score(scores, "expectations-" + i + "-consequence", row.getConsequence());
      }
    }
    if (expectations.isEmpty()) {
      errors.add("expectations-0-what", "staff.error.plan.noExpectations");
    }
    form.getReasons().forEach((id, text) -> score(scores, "reason-" + id, text));
    List<StaleWelsh> stale = new ArrayList<>();
    if (current != null) {
      expectations.replaceAll(e -> withoutStaleWelsh(e, current, stale));
    }
    PlanContent content =
        new PlanContent(
            PlanForm.lines(form.getOutcomes()),
            PlanForm.lines(form.getStrengths()),
            PlanForm.lines(form.getRisks()),
            expectations);
    List<PlanChange> changes =
        errors.isEmpty() && current != null
            ? PlanComparison.compare(
                current.content(), Set.copyOf(current.metExpectationIds()), content)
            : List.of();
    return new PlanDraft(
        content,
        errors,
        changes,
        PlanComparison.expectationsNeedingReason(changes),
        scores,
        List.copyOf(stale));
  }

  /**
   * The form shows each Welsh box prefilled from the current version. A worker who rewords the
   * English and leaves its box alone would publish Welsh for words the plan no longer says, and
   * case-service cannot tell: so that Welsh is left out, the preview says so, and the caseload asks
   * for the Welsh of the new words. Welsh the worker changed too is taken as written.
   */
  private static Expectation withoutStaleWelsh(
      Expectation e, PlanVersionView current, List<StaleWelsh> stale) {
    Expectation was =
        current.content().expectations().stream()
            .filter(x -> x.expectationId().equals(e.expectationId()))
            .findFirst()
            .orElse(null);
    if (was == null) {
      return e;
    }
    String whatCy = kept(e, "what", e.what(), was.what(), e.whatCy(), was.whatCy(), stale);
    String howCy =
        kept(
            e,
            "howWeKnow",
            e.howWeKnow(),
            was.howWeKnow(),
            e.howWeKnowCy(),
            was.howWeKnowCy(),
            stale);
    String supportCy =
        kept(e, "support", e.support(), was.support(), e.supportCy(), was.supportCy(), stale);
    String consequenceCy =
        kept(
            e,
            "consequence",
            e.consequence(),
            was.consequence(),
            e.consequenceCy(),
            was.consequenceCy(),
            stale);
    return new Expectation(
        e.expectationId(),
        e.responsible(),
        e.what(),
        whatCy,
        e.byWhen(),
        e.howWeKnow(),
        e.support(),
        e.consequence(),
        howCy,
        supportCy,
        consequenceCy);
  }

  private static String kept(
      Expectation e,
      String field,
      String english,
      String wasEnglish,
      String welsh,
      String wasWelsh,
      List<StaleWelsh> stale) {
    if (MeetingForms.blank(welsh)
        || sameWords(english, wasEnglish)
        || !sameWords(welsh, wasWelsh)) {
      return welsh;
    }
    stale.add(new StaleWelsh(e.expectationId(), field, english));
    return null;
  }

  /** Line endings a browser sends and spaces at either end are not a change of words. */
  private static boolean sameWords(String a, String b) {
    return a != null && b != null && words(a).equals(words(b));
  }

  private static String words(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').strip();
  }

  /** Flagged changes still without a reason, as form errors against each reason box. */
  FormErrors missingReasons(PlanForm form) {
    FormErrors missing = new FormErrors();
    PlanComparison.missingReasons(changes, form.getReasons())
        .forEach(id -> missing.add("reason-" + id, "staff.error.reason"));
    return missing;
  }

  /**
   * Every reason the worker wrote for an expectation in either version, Welsh when written. Not
   * only those the preview flagged: case-service compares with the version it holds, which the read
   * model may not have caught up with.
   */
  Map<String, BilingualText> reasons(PlanForm form) {
    Set<String> known = new java.util.HashSet<>(needsReason);
    content.expectations().forEach(e -> known.add(e.expectationId()));
    changes.forEach(c -> known.add(c.expectationId()));
    Map<String, BilingualText> reasons = new LinkedHashMap<>();
    form.getReasons()
        .forEach(
            (id, text) -> {
              String en = MeetingForms.strip(text);
              if (en != null && known.contains(id)) {
                reasons.put(
                    id, new BilingualText(en, MeetingForms.strip(form.getReasonsCy().get(id))));
              }
            });
    return reasons;
  }

  /** The same draft, also asking for reasons case-service said it needs. */
  PlanDraft askingFor(Set<String> expectationIds) {
    Set<String> all = new java.util.LinkedHashSet<>(needsReason);
    all.addAll(expectationIds);
    return new PlanDraft(content, errors, changes, all, scores, staleWelsh);
  }

  /** The changes to one expectation, for the preview. */
  public List<PlanChange> changesTo(String expectationId) {
    return changes.stream().filter(c -> c.expectationId().equals(expectationId)).toList();
  }

  /** Expectation ids with any change or needing a reason, in the order of the comparison. */
  public List<String> changedIds() {
    return java.util.stream.Stream.concat(
            changes.stream().map(PlanChange::expectationId), needsReason.stream())
        .distinct()
        .toList();
  }

  /** The words of an expectation in the new version, or in the current one if it was removed. */
  public String what(String expectationId, PlanVersionView current) {
    return java.util.stream.Stream.concat(
            content.expectations().stream(),
            current == null
                ? java.util.stream.Stream.empty()
                : current.content().expectations().stream())
        .filter(e -> e.expectationId().equals(expectationId))
        .map(Expectation::what)
        .findFirst()
        .orElse(expectationId);
  }

  private static Expectation expectation(
      String prefix, PlanRow row, Map<String, String> familyNames, FormErrors errors) {
    Responsible responsible = responsible(prefix, row, familyNames, errors);
    if (responsible == null) {
      errors.add(prefix + "who", "staff.error.plan.who");
    }
    if (MeetingForms.blank(row.getWhat())) {
      errors.add(prefix + "what", "staff.error.plan.what");
    }
    LocalDate byWhen = null;
    try {
      byWhen = row.getByWhen() == null ? null : LocalDate.parse(row.getByWhen().strip());
    } catch (DateTimeParseException e) {
      // reported below as a missing date
    }
    if (byWhen == null) {
      errors.add(prefix + "byWhen", "staff.error.plan.byWhen");
    }
    if (MeetingForms.blank(row.getHowWeKnow())) {
      errors.add(prefix + "howWeKnow", "staff.error.plan.howWeKnow");
    }
    for (String field : FIELDS) {
      MeetingForms.tooLong(errors, prefix + field, text(row, field), MeetingForms.LONG_TEXT);
      MeetingForms.tooLong(
          errors, prefix + field + "Cy", text(row, field + "Cy"), MeetingForms.LONG_TEXT);
    }
    // Case-service refuses Welsh for help or a consequence that is not there; say so beside it.
    for (String field : new String[] {"support", "consequence"}) {
      if (MeetingForms.blank(text(row, field)) && !MeetingForms.blank(text(row, field + "Cy"))) {
        errors.add(prefix + field + "Cy", "staff.error.plan.welshWithoutEnglish");
      }
    }
    return new Expectation(
        row.getExpectationId(),
        responsible,
        MeetingForms.strip(row.getWhat()),
        MeetingForms.strip(row.getWhatCy()),
        byWhen,
        MeetingForms.strip(row.getHowWeKnow()),
        row.getSupport() == null ? "" : row.getSupport().strip(),
        row.getConsequence() == null ? "" : row.getConsequence().strip(),
        MeetingForms.strip(row.getHowWeKnowCy()),
        MeetingForms.strip(row.getSupportCy()),
        MeetingForms.strip(row.getConsequenceCy()));
  }

  private static Responsible responsible(
      String prefix, PlanRow row, Map<String, String> familyNames, FormErrors errors) {
    String who = row.getWho() == null ? "" : row.getWho();
    String name = MeetingForms.strip(row.getName());
    if (who.startsWith("FAMILY_MEMBER:")) {
      String personId = who.substring("FAMILY_MEMBER:".length());
      // Always the person's recorded name: a name box kept from when the row was the council's
      // would otherwise put "Children's services" on a task that is now the family's.
      return familyNames.containsKey(personId)
          ? new Responsible(Responsible.Party.FAMILY_MEMBER, personId, familyNames.get(personId))
          : null;
    }
    if (who.equals("COUNCIL") || who.equals("OTHER_AGENCY")) {
      if (name != null && familyNames.containsValue(name)) {
        // The other way round: a family member's name left on a task moved to the council.
        errors.add(prefix + "name", "staff.error.plan.name");
      }
      return new Responsible(Responsible.Party.valueOf(who), null, name);
    }
    return null;
  }

  private static String text(PlanRow row, String field) {
    return switch (field) {
      case "what" -> row.getWhat();
      case "whatCy" -> row.getWhatCy();
      case "howWeKnow" -> row.getHowWeKnow();
      case "howWeKnowCy" -> row.getHowWeKnowCy();
      case "support" -> row.getSupport();
      case "supportCy" -> row.getSupportCy();
      case "consequenceCy" -> row.getConsequenceCy();
      default -> row.getConsequence();
    };
  }

  private static void score(Map<String, TextScore> scores, String field, String text) {
    TextScore score = TextScore.of(field, text);
    if (score != null) {
      scores.put(field, score);
    }
  }
}
