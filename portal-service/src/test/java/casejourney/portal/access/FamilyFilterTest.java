package casejourney.portal.access;

import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.BilingualText;
import casejourney.api.ConferenceDecision;
import casejourney.api.DisputedItem;
import casejourney.api.ExclusionScope;
import casejourney.api.MeetingType;
import casejourney.api.Nation;
import casejourney.api.ProtectionCategory;
import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.MeetingView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FamilyFilterTest {

  private static final MeetingView.Outcome OUTCOME =
      new MeetingView.Outcome(
          LocalDate.of(2026, 4, 20),
          ConferenceDecision.PLAN_NEEDED,
          ProtectionCategory.NEGLECT,
          LocalDate.of(2026, 7, 20),
          new BilingualText("Taylor needs more help.", null),
          List.of("Taylor goes to school every day"),
          List.of("Arguments at home at night"),
          "We agree Taylor needs help.",
          "Alex does not agree with the plan.",
          Instant.parse("2026-04-20T12:00:00Z"));

  private static MeetingView held() {
    return new MeetingView(
        "m-initial",
        MeetingType.INITIAL_CONFERENCE,
        LocalDateTime.of(2026, 4, 20, 10, 0),
        "Civic Centre",
        null,
        "HELD",
        null,
        false,
        0,
        null,
        List.of(),
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        OUTCOME,
        List.of(),
        List.of(
            new MeetingView.Exclusion(
                "p-alex",
                ExclusionScope.PART_OF_MEETING,
                new BilingualText("Taylor wants to talk without a parent there.", null),
                Instant.parse("2026-04-19T12:00:00Z")),
            new MeetingView.Exclusion(
                "p-rhian",
                ExclusionScope.WHOLE_MEETING,
                new BilingualText("A court order keeps you apart.", null),
                Instant.parse("2026-04-19T12:00:00Z"))),
        List.of(
            new MeetingView.Redaction(
                "r1",
                "p-rhian",
                new BilingualText("Alex's address is held back.", null),
                Instant.parse("2026-04-18T12:00:00Z"))));
  }

  @Test
  void a_family_member_sees_only_what_was_held_back_from_their_own_copy() {
    assertThat(FamilyFilter.forParent(held(), "p-rhian").redactions())
        .extracting(MeetingView.Redaction::personId)
        .containsExactly("p-rhian");
    assertThat(FamilyFilter.forParent(held(), "p-alex").redactions()).isEmpty();
    assertThat(FamilyFilter.forYoungPerson(held(), "p-taylor").redactions()).isEmpty();
  }

  @Test
  void a_parent_sees_only_their_own_exclusion_and_the_young_person_none() {
    assertThat(FamilyFilter.forParent(held(), "p-alex").exclusions())
        .extracting(MeetingView.Exclusion::personId)
        .containsExactly("p-alex");
    assertThat(FamilyFilter.forParent(held(), "p-rhian").exclusions())
        .extracting(MeetingView.Exclusion::personId)
        .containsExactly("p-rhian");
    assertThat(FamilyFilter.forYoungPerson(held(), "p-taylor").exclusions()).isEmpty();
  }

  @Test
  void the_young_person_gets_the_decision_and_reasons_but_not_the_category_risks_or_adults_words() {
    MeetingView.Outcome child = FamilyFilter.forYoungPerson(held(), "p-taylor").outcome();

    assertThat(child.decision()).isEqualTo(ConferenceDecision.PLAN_NEEDED);
    assertThat(child.reasons()).isEqualTo(OUTCOME.reasons());
    assertThat(child.nextReviewDate()).isEqualTo(OUTCOME.nextReviewDate());
    assertThat(child.category()).isNull();
    assertThat(child.risks()).isEmpty();
    assertThat(child.familyView()).isNull();
    assertThat(child.dissent()).isNull();
  }

  @Test
  void a_parent_gets_the_whole_outcome_of_a_meeting_they_were_at() {
    assertThat(FamilyFilter.forParent(held(), "p-alex").outcome()).isEqualTo(OUTCOME);
  }

  private static CaseOverviewView.Dispute dispute(String id, String personId) {
    return new CaseOverviewView.Dispute(
        id,
        personId,
        DisputedItem.REPORT,
        "m-initial",
        "r1",
        null,
        "Words of " + personId,
        null,
        Instant.parse("2026-04-21T09:00:00Z"),
        LocalDate.of(2026, 5, 21),
        null,
        null,
        null,
        null,
        null);
  }

  private static CaseOverviewView withDisputes(List<CaseOverviewView.Dispute> disputes) {
    return new CaseOverviewView(
        "c1",
        Nation.WALES,
        null,
        List.of(),
        null,
        List.of(),
        true,
        null,
        null,
        null,
        null,
        List.of(held()),
        List.of(),
        disputes,
        1);
  }

  @Test
  void a_family_member_gets_only_what_they_said_is_wrong_never_another_s() {
    CaseOverviewView o =
        withDisputes(
            List.of(
                dispute("d-1", "p-rhian"),
                dispute("d-2", "p-alex"),
                dispute("d-3", "p-rhian"),
                dispute("d-4", "p-taylor")));
    assertThat(FamilyFilter.disputesOf(o, "p-rhian"))
        .extracting(CaseOverviewView.Dispute::disputeId)
        .containsExactly("d-1", "d-3");
    assertThat(FamilyFilter.disputesOf(o, "p-alex"))
        .extracting(CaseOverviewView.Dispute::disputeId)
        .containsExactly("d-2");
    assertThat(FamilyFilter.disputesOf(o, "p-taylor"))
        .extracting(CaseOverviewView.Dispute::disputeId)
        .containsExactly("d-4");
    assertThat(FamilyFilter.disputesOf(o, "p-jamie")).isEmpty();
    // An overview written before disputes existed has none, not an error.
    assertThat(FamilyFilter.disputesOf(withDisputes(null), "p-rhian")).isEmpty();
  }
}
