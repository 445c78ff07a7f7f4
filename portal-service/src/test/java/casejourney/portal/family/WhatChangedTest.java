package casejourney.portal.family;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.BilingualText;
import casejourney.api.StaffMember;
import casejourney.api.plan.ChangeKind;
import casejourney.api.plan.Expectation;
import casejourney.api.plan.PlanChange;
import casejourney.api.plan.PlanComparison;
import casejourney.api.plan.PlanContent;
import casejourney.api.plan.Responsible;
import casejourney.api.views.PlanHistoryView;
import casejourney.api.views.PlanHistoryView.PlanVersionView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "What changed" between versions that are not next to each other. */
class WhatChangedTest {

  private static final Responsible ALEX =
      new Responsible(Responsible.Party.FAMILY_MEMBER, "p-alex", "Alex Morgan");

  private static PlanContent plan(LocalDate by, String support) {
    return new PlanContent(
        List.of("Taylor is safe"),
        List.of(),
        List.of(),
        List.of(
            new Expectation(
                "e-course",
                ALEX,
                "Go to the parenting course each week",
                null,
                by,
                "The course leader tells us",
                support,
                "")));
  }

  /** Each version's recorded changes, worked out as case-service does, with the given reasons. */
  private static PlanHistoryView history(
      List<PlanContent> contents, List<String> publishers, Map<Integer, String> reasons) {
    List<PlanVersionView> versions = new ArrayList<>();
    for (int i = 0; i < contents.size(); i++) {
      int version = i + 1;
      List<PlanChange> changes =
          i == 0
              ? List.of()
              : PlanComparison.compare(contents.get(i - 1), Set.of(), contents.get(i));
      List<PlanHistoryView.Change> recorded =
          changes.stream()
              .map(
                  c ->
                      new PlanHistoryView.Change(
                          c.expectationId(),
                          c.kind(),
                          c.flagged(),
                          c.before(),
                          c.after(),
                          c.flagged() ? new BilingualText(reasons.get(version), null) : null))
              .toList();
      versions.add(
          new PlanVersionView(
              version,
              contents.get(i),
              new StaffMember("w" + version, publishers.get(i)),
              Instant.parse("2026-05-0" + version + "T10:00:00Z"),
              null,
              null,
              null,
              true,
              null,
              recorded,
              List.of(),
              List.of(),
              List.of()));
    }
    return new PlanHistoryView("c-1", versions, List.of(), 10);
  }

  @Test
  void a_flagged_change_keeps_the_reason_and_decider_of_the_version_that_made_it() {
    PlanHistoryView history =
        history(
            List.of(
                plan(LocalDate.of(2026, 7, 1), ""),
                // Version 2 brings the deadline forward, with a reason.
                plan(LocalDate.of(2026, 6, 3), ""),
                // Version 3 only adds support to the same item.
                plan(LocalDate.of(2026, 6, 3), "We pay your bus fare")),
            List.of("Sam Patel", "Sam Patel", "Jo Evans"),
            Map.of(2, "The course now starts earlier."));

    List<ChangeShown> shown = ParentPages.changes(history, 1, 3).changes();

    ChangeShown deadline =
        shown.stream()
            .filter(c -> c.kind() == ChangeKind.DEADLINE_BROUGHT_FORWARD)
            .findFirst()
            .orElseThrow();
    assertThat(deadline.flagged()).isTrue();
    assertThat(deadline.reason().en()).isEqualTo("The course now starts earlier.");
    assertThat(deadline.version()).isEqualTo(2);
    assertThat(deadline.decidedBy()).isEqualTo("Sam Patel");
    // The support added in version 3 is still shown as version 3's, with no reason needed.
    assertThat(shown)
        .filteredOn(c -> !c.flagged())
        .isNotEmpty()
        .allSatisfy(
            c -> {
              assertThat(c.version()).isEqualTo(3);
              assertThat(c.decidedBy()).isEqualTo("Jo Evans");
              assertThat(c.reason()).isNull();
            });
  }

  @Test
  void a_version_that_puts_right_a_mistake_says_which_version_it_corrects() {
    PlanHistoryView drafted =
        history(
            List.of(
                plan(LocalDate.of(2026, 7, 1), ""),
                plan(LocalDate.of(2026, 6, 3), ""),
                plan(LocalDate.of(2026, 6, 30), "")),
            List.of("Sam Patel", "Sam Patel", "Sam Patel"),
            Map.of(2, "The course now starts earlier."));
    List<PlanVersionView> versions = new ArrayList<>(drafted.versions());
    PlanVersionView v3 = versions.get(2);
    versions.set(
        2,
        new PlanVersionView(
            v3.version(),
            v3.content(),
            v3.publishedBy(),
            v3.publishedAt(),
            v3.decidedAtMeetingId(),
            v3.decidedAtMeetingType(),
            v3.decidedAtMeetingDate(),
            v3.betweenConferences(),
            2,
            v3.changes(),
            v3.metExpectationIds(),
            v3.acknowledgements(),
            v3.responses()));
    PlanHistoryView history = new PlanHistoryView("c-1", versions, List.of(), 10);

    assertThat(ParentPages.changes(history, 1, 3).corrections())
        .containsExactly(new ParentViews.Correction(3, 2));
    assertThat(ParentPages.changes(history, 2, 3).corrections())
        .containsExactly(new ParentViews.Correction(3, 2));
    // Comparing 1 with 2 shows nothing of a correction that came later.
    assertThat(ParentPages.changes(history, 1, 2).corrections()).isEmpty();
  }
}
