package casejourney.projections.access;

import static casejourney.projections.support.Projections.CASE;
import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.views.AccessView;
import casejourney.api.views.AccessView.CaseAccess;
import casejourney.api.views.Audience;
import casejourney.projections.support.Erasure;
import casejourney.projections.support.Feed;
import casejourney.projections.support.InMemoryViewStore;
import casejourney.projections.support.Projections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessProjectionTest {

  private final InMemoryViewStore store = new InMemoryViewStore();
  private final AccessProjection projection = new AccessProjection(store);

  private CaseAccess only(String subject) {
    AccessView view = store.get(AccessView.COLLECTION, subject, AccessView.class);
    assertThat(view.cases()).hasSize(1);
    return view.cases().get(0);
  }

  @Test
  void openingACaseGrantsEachFamilyMemberTheirOwnRoleAndTheWorkerTheCase() {
    Feed.all(projection, Projections.first(1));
    assertThat(only("parent-a"))
        .isEqualTo(new CaseAccess(CASE, Audience.PARENT, "p-alex", java.util.List.of(), true, 0));
    assertThat(only("young-person").role()).isEqualTo(Audience.YOUNG_PERSON);
    assertThat(only("young-person").personId()).isEqualTo("p-taylor");
    assertThat(only("worker").role()).isEqualTo(Audience.WORKER);
  }

  @Test
  void aChairSeesOnlyTheMeetingsTheyChair() {
    Feed.all(projection, Projections.journey());
    CaseAccess chair = only("chair");
    assertThat(chair.role()).isEqualTo(Audience.CHAIR);
    assertThat(chair.personId()).isNull();
    assertThat(chair.meetingIds()).containsExactly("m-icpc", "m-core");
  }

  @Test
  void changingWorkerTakesAccessFromTheOldWorkerAndGivesItToTheNewOne() {
    Feed.all(projection, Projections.journey());
    assertThat(only("worker").active()).isFalse();
    assertThat(only("worker-2").active()).isTrue();
  }

  @Test
  void redeliveringEveryEventChangesNothing() {
    Feed.all(projection, Projections.journey());
    Map<String, String> once = store.all(AccessView.COLLECTION);
    Feed.all(projection, Projections.journey());
    assertThat(store.all(AccessView.COLLECTION)).isEqualTo(once);
  }

  @Test
  void erasingTheCaseRemovesItFromEveryonesAccessAndLeavesAnotherCaseAsItWas() {
    Erasure.assertErasureLeavesTheOtherCaseAlone(projection, store);
    for (String subject : List.of("parent-a", "parent-b", "young-person", "worker-2", "chair")) {
      assertThat(store.get(AccessView.COLLECTION, subject, AccessView.class).cases())
          .isNotEmpty()
          .allMatch(c -> c.caseId().equals(Erasure.OTHER));
    }
  }

  @Test
  void anErasedCasesEventsReadAgainAfterItsErasureChangeNothing() {
    Erasure.assertRedeliveryChangesNothing(projection, store);
  }

  @Test
  void someoneWhoseOnlyCaseIsErasedHasNoAccessDocumentLeft() {
    Feed.all(projection, Erasure.closedAndErased());
    assertThat(store.all(AccessView.COLLECTION)).isEmpty();
  }
}
