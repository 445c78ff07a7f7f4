package casejourney.api.plan;

import static casejourney.api.plan.ChangeKind.CONSEQUENCE_MADE_STRICTER;
import static casejourney.api.plan.ChangeKind.CONSEQUENCE_REMOVED;
import static casejourney.api.plan.ChangeKind.DEADLINE_BROUGHT_FORWARD;
import static casejourney.api.plan.ChangeKind.DEADLINE_MOVED_LATER;
import static casejourney.api.plan.ChangeKind.EXPECTATION_ADDED;
import static casejourney.api.plan.ChangeKind.EXPECTATION_REMOVED;
import static casejourney.api.plan.ChangeKind.MET_EXPECTATION_REOPENED;
import static casejourney.api.plan.ChangeKind.RESPONSIBILITY_MOVED_FROM_FAMILY;
import static casejourney.api.plan.ChangeKind.RESPONSIBILITY_MOVED_TO_FAMILY;
import static casejourney.api.plan.ChangeKind.SUCCESS_MEASURE_CHANGED;
import static casejourney.api.plan.ChangeKind.SUPPORT_ADDED_OR_BROUGHT_FORWARD;
import static casejourney.api.plan.ChangeKind.SUPPORT_WITHDRAWN_OR_DELAYED;
import static casejourney.api.plan.ChangeKind.WORDING_CHANGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import casejourney.api.plan.Responsible.Party;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanComparisonTest {

  private static final Responsible MUM = new Responsible(Party.FAMILY_MEMBER, "p-mum", "Sam");
  private static final Responsible DAD = new Responsible(Party.FAMILY_MEMBER, "p-dad", "Alex");
  private static final Responsible COUNCIL =
      new Responsible(Party.COUNCIL, null, "Children's services");
  private static final Responsible HEALTH =
      new Responsible(Party.OTHER_AGENCY, null, "Health visiting team");
  private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);

  /** A family task with every field filled in except the consequence. */
  private static final Expectation COURSE =
      new Expectation(
          "course",
          MUM,
          "Attend the parenting course every week",
          "Mynychu'r cwrs rhianta bob wythnos",
          JUNE_30,
          "The course leader confirms attendance",
          "The council pays for childcare during the course",
          "");

  /** A council promise with no support or consequence text. */
  private static final Expectation FGC =
      new Expectation(
          "fgc",
          COUNCIL,
          "Arrange a family group conference",
          null,
          LocalDate.of(2026, 5, 15),
          "The conference has taken place",
          "",
          "");

  private static final Expectation SCHOOL =
      new Expectation(
          "school",
          DAD,
          "Take Jo to school on time",
          null,
          null,
          "The school reports no late arrivals",
          "",
          "");

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneExpectationEdits")
  void comparesOneExpectationAcrossVersions(
      String sentence,
      Expectation was,
      boolean wasMet,
      Expectation now,
      List<PlanChange> expected) {
    Set<String> met = wasMet ? Set.of(was.expectationId()) : Set.of();

    assertThat(PlanComparison.compare(plan(was), met, plan(now))).isEqualTo(expected);
  }

  static Stream<Arguments> oneExpectationEdits() {
    return Stream.of(
        edit("an unchanged expectation gives no change", COURSE, COURSE),
        edit(
            "extra spaces and line breaks in what is expected give no change",
            COURSE,
            what(COURSE, "  Attend the parenting\n course   every week ")),
        edit(
            "a change of case in what is expected gives no change",
            COURSE,
            what(COURSE, "attend the Parenting Course every week")),
        edit(
            "a change of punctuation in what is expected gives no change",
            COURSE,
            what(COURSE, "Attend the parenting course, every week.")),
        edit(
            "a typo fix in what is expected gives no change",
            what(COURSE, "Attend the parentng course evry week"),
            COURSE),
        edit(
            "two swapped letters fixed in the success measure give no change",
            COURSE,
            howWeKnow(COURSE, "The course leader cnofirms attendance")),
        edit(
            "a new Welsh translation is never a goalpost change",
            COURSE,
            new Expectation(
                "course",
                MUM,
                COURSE.what(),
                "Rhywbeth arall",
                JUNE_30,
                COURSE.howWeKnow(),
                COURSE.support(),
                "")),
        edit(
            "different words in what is expected are a wording change",
            COURSE,
            what(COURSE, "Attend and complete the parenting course"),
            change(
                "course",
                WORDING_CHANGED,
                "Attend the parenting course every week",
                "Attend and complete the parenting course")),
        edit(
            "changing a short word such as not to now is a wording change, not a typo",
            what(COURSE, "Do not attend alone"),
            what(COURSE, "Do now attend alone"),
            change("course", WORDING_CHANGED, "Do not attend alone", "Do now attend alone")),
        edit(
            "changing a year in the text is a wording change, not a typo",
            what(COURSE, "Finish the course in 2026"),
            what(COURSE, "Finish the course in 2025"),
            change(
                "course",
                WORDING_CHANGED,
                "Finish the course in 2026",
                "Finish the course in 2025")),
        edit(
            "an earlier deadline for the family is a deadline brought forward",
            COURSE,
            byWhen(COURSE, LocalDate.of(2026, 5, 31)),
            change("course", DEADLINE_BROUGHT_FORWARD, "2026-06-30", "2026-05-31")),
        edit(
            "a later deadline for the family is a deadline moved later",
            COURSE,
            byWhen(COURSE, LocalDate.of(2026, 7, 31)),
            change("course", DEADLINE_MOVED_LATER, "2026-06-30", "2026-07-31")),
        edit(
            "giving an undated family task a date brings its deadline forward",
            byWhen(COURSE, null),
            COURSE,
            change("course", DEADLINE_BROUGHT_FORWARD, null, "2026-06-30")),
        edit(
            "removing the date of a family task moves its deadline later",
            COURSE,
            byWhen(COURSE, null),
            change("course", DEADLINE_MOVED_LATER, "2026-06-30", null)),
        edit(
            "a different way of knowing it is done is a success measure change",
            COURSE,
            howWeKnow(COURSE, "The course leader confirms it was completed and passed"),
            change(
                "course",
                SUCCESS_MEASURE_CHANGED,
                "The course leader confirms attendance",
                "The course leader confirms it was completed and passed")),
        edit(
            "removing the support is support withdrawn",
            COURSE,
            support(COURSE, " "),
            change(
                "course",
                SUPPORT_WITHDRAWN_OR_DELAYED,
                "The council pays for childcare during the course",
                " ")),
        edit(
            "adding support where there was none is support added",
            support(COURSE, ""),
            COURSE,
            change(
                "course",
                SUPPORT_ADDED_OR_BROUGHT_FORWARD,
                "",
                "The council pays for childcare during the course")),
        edit(
            "rewording the support is treated as support withdrawn so a worker must explain it",
            COURSE,
            support(COURSE, "A family support worker comes to the first session"),
            change(
                "course",
                SUPPORT_WITHDRAWN_OR_DELAYED,
                "The council pays for childcare during the course",
                "A family support worker comes to the first session")),
        edit(
            "tidying the punctuation of the support gives no change",
            COURSE,
            support(COURSE, "The council pays for child-care during the course."),
            List.of()),
        edit(
            "stating a consequence where there was none makes it stricter",
            COURSE,
            consequence(COURSE, "We will ask the court to decide"),
            change("course", CONSEQUENCE_MADE_STRICTER, "", "We will ask the court to decide")),
        edit(
            "rewording a consequence makes it stricter because its direction cannot be judged",
            consequence(COURSE, "We will hold a meeting"),
            consequence(COURSE, "We will ask the court to decide"),
            change(
                "course",
                CONSEQUENCE_MADE_STRICTER,
                "We will hold a meeting",
                "We will ask the court to decide")),
        edit(
            "removing the consequence is a consequence removed",
            consequence(COURSE, "We will ask the court to decide"),
            COURSE,
            change("course", CONSEQUENCE_REMOVED, "We will ask the court to decide", "")),
        reopened(
            "an expectation marked met and still in the plan is a met expectation reopened",
            COURSE,
            COURSE,
            change(
                "course",
                MET_EXPECTATION_REOPENED,
                ExpectationComparison.MET,
                ExpectationComparison.REOPENED)),
        edit(
            "a council task given to a parent is responsibility moved to the family",
            FGC,
            responsible(FGC, MUM),
            change("fgc", RESPONSIBILITY_MOVED_TO_FAMILY, "Children's services", "Sam")),
        edit(
            "an agency task given to a parent is responsibility moved to the family",
            responsible(FGC, HEALTH),
            responsible(FGC, DAD),
            change("fgc", RESPONSIBILITY_MOVED_TO_FAMILY, "Health visiting team", "Alex")),
        edit(
            "a parent's task taken on by the council is responsibility moved from the family",
            COURSE,
            responsible(COURSE, COUNCIL),
            change("course", RESPONSIBILITY_MOVED_FROM_FAMILY, "Sam", "Children's services")),
        edit(
            "one parent's task given to the other parent is responsibility moved to the family",
            COURSE,
            responsible(COURSE, DAD),
            change("course", RESPONSIBILITY_MOVED_TO_FAMILY, "Sam", "Alex")),
        edit(
            "a new display name for the same family member gives no change",
            COURSE,
            responsible(COURSE, new Responsible(Party.FAMILY_MEMBER, "p-mum", "Samantha"))),
        edit(
            "a council task handed to another agency gives no change for the family",
            FGC,
            responsible(FGC, HEALTH)),
        edit(
            "a council promise with an earlier date is support brought forward",
            FGC,
            byWhen(FGC, LocalDate.of(2026, 5, 1)),
            change("fgc", SUPPORT_ADDED_OR_BROUGHT_FORWARD, "2026-05-15", "2026-05-01")),
        edit(
            "a council promise with a later date is support delayed",
            FGC,
            byWhen(FGC, LocalDate.of(2026, 6, 1)),
            change("fgc", SUPPORT_WITHDRAWN_OR_DELAYED, "2026-05-15", "2026-06-01")),
        edit(
            "removing the date of an agency promise is support delayed",
            responsible(FGC, HEALTH),
            byWhen(responsible(FGC, HEALTH), null),
            change("fgc", SUPPORT_WITHDRAWN_OR_DELAYED, "2026-05-15", null)),
        edit(
            "a council task given to a parent with an earlier date is judged as the parent's"
                + " deadline",
            FGC,
            byWhen(responsible(FGC, MUM), LocalDate.of(2026, 5, 1)),
            change("fgc", DEADLINE_BROUGHT_FORWARD, "2026-05-15", "2026-05-01"),
            change("fgc", RESPONSIBILITY_MOVED_TO_FAMILY, "Children's services", "Sam")),
        edit(
            "a parent's task taken on by the council with a later date is judged as a delayed"
                + " promise",
            COURSE,
            byWhen(responsible(COURSE, COUNCIL), LocalDate.of(2026, 7, 31)),
            change("course", RESPONSIBILITY_MOVED_FROM_FAMILY, "Sam", "Children's services"),
            change("course", SUPPORT_WITHDRAWN_OR_DELAYED, "2026-06-30", "2026-07-31")),
        edit(
            "reworded support on a delayed council promise reports both, date first",
            support(FGC, "A coordinator is booked"),
            support(byWhen(FGC, LocalDate.of(2026, 6, 1)), "We will try to find a coordinator"),
            change("fgc", SUPPORT_WITHDRAWN_OR_DELAYED, "2026-05-15", "2026-06-01"),
            change(
                "fgc",
                SUPPORT_WITHDRAWN_OR_DELAYED,
                "A coordinator is booked",
                "We will try to find a coordinator")),
        reopened(
            "several changes to one reopened expectation are all reported in kind order",
            COURSE,
            consequence(
                what(byWhen(COURSE, LocalDate.of(2026, 5, 31)), "Complete the parenting course"),
                "We will ask the court to decide"),
            change("course", DEADLINE_BROUGHT_FORWARD, "2026-06-30", "2026-05-31"),
            change(
                "course",
                WORDING_CHANGED,
                "Attend the parenting course every week",
                "Complete the parenting course"),
            change("course", CONSEQUENCE_MADE_STRICTER, "", "We will ask the court to decide"),
            change(
                "course",
                MET_EXPECTATION_REOPENED,
                ExpectationComparison.MET,
                ExpectationComparison.REOPENED)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("addedAndRemoved")
  void comparesExpectationsThatAppearOrDisappear(
      String sentence,
      List<Expectation> was,
      Set<String> met,
      List<Expectation> now,
      List<PlanChange> expected) {
    assertThat(PlanComparison.compare(plan(was), met, plan(now))).isEqualTo(expected);
  }

  static Stream<Arguments> addedAndRemoved() {
    Expectation healthVisits = responsible(FGC, HEALTH);
    return Stream.of(
        Arguments.of(
            "a new family task is an expectation added",
            List.of(COURSE),
            Set.of(),
            List.of(COURSE, SCHOOL),
            List.of(change("school", EXPECTATION_ADDED, null, "Take Jo to school on time"))),
        Arguments.of(
            "a new council task is a new promise of help",
            List.of(COURSE),
            Set.of(),
            List.of(COURSE, FGC),
            List.of(
                change(
                    "fgc",
                    SUPPORT_ADDED_OR_BROUGHT_FORWARD,
                    null,
                    "Arrange a family group conference"))),
        Arguments.of(
            "a new agency task is a new promise of help",
            List.of(),
            Set.of(),
            List.of(healthVisits),
            List.of(
                change(
                    "fgc",
                    SUPPORT_ADDED_OR_BROUGHT_FORWARD,
                    null,
                    "Arrange a family group conference"))),
        Arguments.of(
            "a family task no longer in the plan is an expectation removed",
            List.of(COURSE, SCHOOL),
            Set.of(),
            List.of(COURSE),
            List.of(change("school", EXPECTATION_REMOVED, "Take Jo to school on time", null))),
        Arguments.of(
            "a met family task dropped from the plan is only an expectation removed",
            List.of(SCHOOL),
            Set.of("school"),
            List.of(),
            List.of(change("school", EXPECTATION_REMOVED, "Take Jo to school on time", null))),
        Arguments.of(
            "a council task no longer in the plan is support withdrawn",
            List.of(FGC),
            Set.of(),
            List.of(),
            List.of(
                change(
                    "fgc",
                    SUPPORT_WITHDRAWN_OR_DELAYED,
                    "Arrange a family group conference",
                    null))),
        Arguments.of(
            "an agency task no longer in the plan is support withdrawn",
            List.of(healthVisits),
            Set.of(),
            List.of(),
            List.of(
                change(
                    "fgc",
                    SUPPORT_WITHDRAWN_OR_DELAYED,
                    "Arrange a family group conference",
                    null))),
        Arguments.of(
            "reordering the expectations gives no change",
            List.of(COURSE, FGC, SCHOOL),
            Set.of(),
            List.of(SCHOOL, COURSE, FGC),
            List.of()),
        Arguments.of(
            "changes come in the new plan's order, then removed expectations in the old order",
            List.of(SCHOOL, COURSE, FGC),
            Set.of(),
            List.of(byWhen(FGC, null), consequence(COURSE, "Court"), what(SCHOOL, "Walk Jo")),
            List.of(
                change("fgc", SUPPORT_WITHDRAWN_OR_DELAYED, "2026-05-15", null),
                change("course", CONSEQUENCE_MADE_STRICTER, "", "Court"),
                change("school", WORDING_CHANGED, "Take Jo to school on time", "Walk Jo"))),
        Arguments.of(
            "removed expectations follow the new ones in the old plan's order",
            List.of(SCHOOL, COURSE, FGC),
            Set.of(),
            List.of(responsible(FGC, HEALTH)),
            List.of(
                change("school", EXPECTATION_REMOVED, "Take Jo to school on time", null),
                change(
                    "course",
                    EXPECTATION_REMOVED,
                    "Attend the parenting course every week",
                    null))));
  }

  @Test
  void theFirstVersionOfAPlanIsNotAGoalpostChange() {
    assertThat(PlanComparison.compare(null, Set.of(), plan(COURSE, FGC, SCHOOL))).isEmpty();
  }

  @Test
  void noMetExpectationsCanBeGivenAsNull() {
    assertThat(PlanComparison.compare(plan(COURSE), null, plan(COURSE))).isEmpty();
  }

  @Test
  void anExpectationListedTwiceInOneVersionIsRejected() {
    assertThatThrownBy(() -> PlanComparison.compare(plan(COURSE), Set.of(), plan(COURSE, COURSE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("course");
  }

  @Test
  void everyChangeKindIsCoveredByTheTables() {
    Set<ChangeKind> seen = EnumSet.noneOf(ChangeKind.class);
    Stream.concat(oneExpectationEdits(), addedAndRemoved())
        .map(arguments -> arguments.get()[arguments.get().length - 1])
        .forEach(expected -> ((List<?>) expected).forEach(c -> seen.add(((PlanChange) c).kind())));

    assertThat(seen).containsExactlyInAnyOrder(ChangeKind.values());
  }

  @Test
  void expectationsNeedingAReasonAreThoseWithAFlaggedChangeInChangeOrder() {
    List<PlanChange> changes =
        List.of(
            change("school", EXPECTATION_REMOVED, "Take Jo", null),
            change("fgc", SUPPORT_WITHDRAWN_OR_DELAYED, "2026-05-15", null),
            change("course", DEADLINE_MOVED_LATER, "2026-06-30", "2026-07-31"),
            change("course", WORDING_CHANGED, "a", "b"),
            change("fgc", RESPONSIBILITY_MOVED_TO_FAMILY, "Children's services", "Sam"));

    assertThat(PlanComparison.expectationsNeedingReason(changes)).containsExactly("fgc", "course");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reasons")
  void listsFlaggedExpectationsWithoutAReason(
      String sentence, Map<String, String> reasons, List<String> missing) {
    List<PlanChange> changes =
        List.of(
            change("course", WORDING_CHANGED, "a", "b"),
            change("school", EXPECTATION_REMOVED, "Take Jo", null),
            change("fgc", SUPPORT_WITHDRAWN_OR_DELAYED, "2026-05-15", null));

    assertThat(PlanComparison.missingReasons(changes, reasons)).isEqualTo(missing);
  }

  static Stream<Arguments> reasons() {
    Map<String, String> nullReason = new HashMap<>();
    nullReason.put("course", null);
    nullReason.put("fgc", "The coordinator left; a new one starts in June");
    return Stream.of(
        Arguments.of(
            "with no reasons every flagged expectation is listed", Map.of(), ids("course fgc")),
        Arguments.of(
            "with no reason map every flagged expectation is listed", null, ids("course fgc")),
        Arguments.of(
            "a blank reason does not count",
            Map.of("course", " \n", "fgc", "The coordinator left"),
            ids("course")),
        Arguments.of("a null reason does not count", nullReason, ids("course")),
        Arguments.of(
            "good news needs no reason",
            Map.of("course", "You asked for this", "fgc", "The coordinator left"),
            List.of()));
  }

  @Test
  void nothingIsMissingWhenNothingIsFlagged() {
    List<PlanChange> goodNews =
        PlanComparison.compare(
            plan(COURSE, SCHOOL), Set.of(), plan(byWhen(COURSE, LocalDate.of(2026, 9, 1))));

    assertThat(goodNews).extracting(PlanChange::flagged).containsOnly(false);
    assertThat(PlanComparison.missingReasons(goodNews, Map.of())).isEmpty();
  }

  private static Arguments edit(
      String sentence, Expectation was, Expectation now, PlanChange... expected) {
    return Arguments.of(sentence, was, false, now, List.of(expected));
  }

  private static Arguments edit(
      String sentence, Expectation was, Expectation now, List<PlanChange> expected) {
    return Arguments.of(sentence, was, false, now, expected);
  }

  private static Arguments reopened(
      String sentence, Expectation was, Expectation now, PlanChange... expected) {
    return Arguments.of(sentence, was, true, now, List.of(expected));
  }

  private static PlanChange change(String id, ChangeKind kind, String before, String after) {
    return new PlanChange(id, kind, before, after);
  }

  private static List<String> ids(String spaceSeparated) {
    return Arrays.stream(spaceSeparated.split(" ")).collect(Collectors.toList());
  }

  private static PlanContent plan(Expectation... expectations) {
    return plan(List.of(expectations));
  }

  private static PlanContent plan(List<Expectation> expectations) {
    return new PlanContent(List.of("Jo is safe at home"), List.of(), List.of(), expectations);
  }

  private static Expectation what(Expectation e, String what) {
    return new Expectation(
        e.expectationId(),
        e.responsible(),
        what,
        e.whatCy(),
        e.byWhen(),
        e.howWeKnow(),
        e.support(),
        e.consequence());
  }

  private static Expectation byWhen(Expectation e, LocalDate byWhen) {
    return new Expectation(
        e.expectationId(),
        e.responsible(),
        e.what(),
        e.whatCy(),
        byWhen,
        e.howWeKnow(),
        e.support(),
        e.consequence());
  }

  private static Expectation howWeKnow(Expectation e, String howWeKnow) {
    return new Expectation(
        e.expectationId(),
        e.responsible(),
        e.what(),
        e.whatCy(),
        e.byWhen(),
        howWeKnow,
        e.support(),
        e.consequence());
  }

  private static Expectation support(Expectation e, String support) {
    return new Expectation(
        e.expectationId(),
        e.responsible(),
        e.what(),
        e.whatCy(),
        e.byWhen(),
        e.howWeKnow(),
        support,
        e.consequence());
  }

  private static Expectation consequence(Expectation e, String consequence) {
    return new Expectation(
        e.expectationId(),
        e.responsible(),
        e.what(),
        e.whatCy(),
        e.byWhen(),
        e.howWeKnow(),
        e.support(),
        consequence);
  }

  private static Expectation responsible(Expectation e, Responsible responsible) {
    return new Expectation(
        e.expectationId(),
        responsible,
        e.what(),
        e.whatCy(),
        e.byWhen(),
        e.howWeKnow(),
        e.support(),
        e.consequence());
  }
}
