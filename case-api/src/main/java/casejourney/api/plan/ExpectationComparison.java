package casejourney.api.plan;

import static casejourney.api.plan.ChangeKind.CONSEQUENCE_MADE_STRICTER;
import static casejourney.api.plan.ChangeKind.CONSEQUENCE_REMOVED;
import static casejourney.api.plan.ChangeKind.DEADLINE_BROUGHT_FORWARD;
import static casejourney.api.plan.ChangeKind.DEADLINE_MOVED_LATER;
import static casejourney.api.plan.ChangeKind.MET_EXPECTATION_REOPENED;
import static casejourney.api.plan.ChangeKind.RESPONSIBILITY_MOVED_FROM_FAMILY;
import static casejourney.api.plan.ChangeKind.RESPONSIBILITY_MOVED_TO_FAMILY;
import static casejourney.api.plan.ChangeKind.SUCCESS_MEASURE_CHANGED;
import static casejourney.api.plan.ChangeKind.SUPPORT_ADDED_OR_BROUGHT_FORWARD;
import static casejourney.api.plan.ChangeKind.SUPPORT_WITHDRAWN_OR_DELAYED;
import static casejourney.api.plan.ChangeKind.WORDING_CHANGED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The changes to one expectation that is in both plan versions. See {@link PlanComparison}. */
final class ExpectationComparison {

  static final String MET = PlanComparison.MET;
  static final String REOPENED = PlanComparison.REOPENED;

  private final Expectation was;
  private final Expectation now;
  private final List<PlanChange> changes = new ArrayList<>();

  private ExpectationComparison(Expectation was, Expectation now) {
    this.was = was;
    this.now = now;
  }

  static List<PlanChange> between(Expectation was, Expectation now, boolean wasMet) {
    ExpectationComparison comparison = new ExpectationComparison(was, now);
    if (wasMet) {
      comparison.add(MET_EXPECTATION_REOPENED, MET, REOPENED);
    }
    comparison.responsibility();
    comparison.deadline();
    comparison.text(WORDING_CHANGED, was.what(), now.what());
    comparison.text(SUCCESS_MEASURE_CHANGED, was.howWeKnow(), now.howWeKnow());
    comparison.support();
    comparison.consequence();
    // A stable sort keeps two changes of one kind (support text and support date) in rule order.
    comparison.changes.sort(Comparator.comparing(PlanChange::kind));
    return List.copyOf(comparison.changes);
  }

  private void responsibility() {
    Responsible from = was.responsible();
    Responsible to = now.responsible();
    boolean fromFamily = from.party().isFamily();
    boolean toFamily = to.party().isFamily();
    if (toFamily && (!fromFamily || !Objects.equals(from.personId(), to.personId()))) {
      add(
          RESPONSIBILITY_MOVED_TO_FAMILY,
          PlanComparison.describe(from),
          PlanComparison.describe(to));
    } else if (fromFamily && !toFamily) {
      add(
          RESPONSIBILITY_MOVED_FROM_FAMILY,
          PlanComparison.describe(from),
          PlanComparison.describe(to));
    }
  }

  /** Judged by who holds the expectation now: that is whose deadline or promise it has become. */
  private void deadline() {
    int order = compareDeadlines(was.byWhen(), now.byWhen());
    if (order == 0) {
      return;
    }
    boolean earlier = order > 0;
    ChangeKind kind;
    if (now.responsible().party().isFamily()) {
      kind = earlier ? DEADLINE_BROUGHT_FORWARD : DEADLINE_MOVED_LATER;
    } else {
      kind = earlier ? SUPPORT_ADDED_OR_BROUGHT_FORWARD : SUPPORT_WITHDRAWN_OR_DELAYED;
    }
    add(kind, iso(was.byWhen()), iso(now.byWhen()));
  }

  private void support() {
    boolean hadSupport = !isBlank(was.support());
    boolean hasSupport = !isBlank(now.support());
    if (!hadSupport && hasSupport) {
      add(SUPPORT_ADDED_OR_BROUGHT_FORWARD, was.support(), now.support());
    } else if (hadSupport
        && (!hasSupport || Wording.substantivelyDifferent(was.support(), now.support()))) {
      add(SUPPORT_WITHDRAWN_OR_DELAYED, was.support(), now.support());
    }
  }

  private void consequence() {
    boolean had = !isBlank(was.consequence());
    boolean has = !isBlank(now.consequence());
    if (had && !has) {
      add(CONSEQUENCE_REMOVED, was.consequence(), now.consequence());
    } else if (has
        && (!had || Wording.substantivelyDifferent(was.consequence(), now.consequence()))) {
      add(CONSEQUENCE_MADE_STRICTER, was.consequence(), now.consequence());
    }
  }

  private void text(ChangeKind kind, String before, String after) {
    if (Wording.substantivelyDifferent(before, after)) {
      add(kind, before, after);
    }
  }

  private void add(ChangeKind kind, String before, String after) {
    changes.add(new PlanChange(now.expectationId(), kind, before, after));
  }

  /** No date is treated as the latest possible date: adding one brings the deadline forward. */
  private static int compareDeadlines(LocalDate before, LocalDate after) {
    if (Objects.equals(before, after)) {
      return 0;
    }
    if (before == null) {
      return 1;
    }
    if (after == null) {
      return -1;
    }
    return before.compareTo(after);
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }

  static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
