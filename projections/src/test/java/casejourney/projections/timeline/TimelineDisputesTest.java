package casejourney.projections.timeline;

import static casejourney.projections.support.DemoJourney.ALEX;
import static casejourney.projections.support.DemoJourney.RHIAN;
import static casejourney.projections.support.DemoJourney.TAYLOR;
import static casejourney.projections.support.Projections.CASE;
import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.BilingualText;
import casejourney.api.DisputeAnswer;
import casejourney.api.DisputedItem;
import casejourney.api.views.TimelineCategory;
import casejourney.api.views.TimelineEntry;
import casejourney.api.views.TimelineView;
import casejourney.projections.support.DemoJourney;
import casejourney.projections.support.Erasure;
import casejourney.projections.support.Feed;
import casejourney.projections.support.InMemoryViewStore;
import casejourney.projections.support.Projections;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

/**
 * Something a family member says is wrong in the record, and the worker's answer (ADR 0015): told
 * to the person who said it, the worker and, for a meeting, the chair; never to the rest of the
 * family.
 */
class TimelineDisputesTest {

  private static final String WORKER = TimelineView.workerId(CASE);
  private static final String CHAIR = TimelineView.chairId(CASE);

  /** Rhian, who reads in Welsh, writes in Welsh. */
  private static final String MISSED = "Mae’r adroddiad yn dweud fy mod i wedi colli’r apwyntiad.";

  private static final String WENT = "Fy mod i wedi mynd i’r apwyntiad ar 3 Mawrth.";

  private static final BilingualText YOU_WERE_THERE =
      new BilingualText(
          "You were there. The nurse signed you in. The report was wrong.",
          "Roeddech chi yno. Gwnaeth y nyrs eich cofrestru. Roedd yr adroddiad yn anghywir.");

  private final InMemoryViewStore store = new InMemoryViewStore();
  private final TimelineProjection projection = new TimelineProjection(store);

  private TimelineView timeline(String id) {
    return store.get(TimelineView.COLLECTION, id, TimelineView.class);
  }

  private TimelineEntry newest(String id) {
    return timeline(id).entries().get(0);
  }

  private static String family(String personId) {
    return TimelineView.familyId(CASE, personId);
  }

  private String stored(String timelineId) {
    return store.all(TimelineView.COLLECTION).get(timelineId);
  }

  private static List<Tuple> quotes(TimelineEntry entry) {
    return entry.quotes().stream()
        .map(q -> Tuple.tuple(q.by(), q.label(), q.lang(), q.text()))
        .toList();
  }

  private static Object rhianSaysTheReportIsWrong() {
    return Projections.disputed("d-report", RHIAN, DisputedItem.REPORT, MISSED, WENT, 9);
  }

  @Test
  void aParentWhoSaysAReportIsWrongIsToldWhenTheAnswerIsDueAndSoAreWorkerAndChairButNotTheFamily() {
    Feed.all(projection, Projections.journey());
    String alexBefore = stored(family(ALEX));
    String taylorBefore = stored(family(TAYLOR));
    Feed.all(projection, Projections.journeyThen(rhianSaysTheReportIsWrong()));

    TimelineEntry rhian = newest(family(RHIAN));
    assertThat(rhian.kind()).isEqualTo("DISPUTE_RAISED");
    assertThat(rhian.category()).isEqualTo(TimelineCategory.REPORTS);
    assertThat(rhian.title())
        .containsEntry("en", "You told us something in your record is wrong")
        .containsEntry("cy", "Dywedoch wrthym fod rhywbeth yn eich cofnod yn anghywir");
    assertThat(rhian.body())
        .containsEntry(
            "en",
            "You told us something is wrong in a report for the first meeting (initial conference)"
                + " on Wednesday 25 March 2026. Your words are below. Your social worker must"
                + " answer you by Wednesday 20 May 2026. What was written before stays on the"
                + " record, with your words next to it.")
        .containsEntry(
            "cy",
            "Dywedoch wrthym fod rhywbeth yn anghywir mewn adroddiad ar gyfer y cyfarfod cyntaf"
                + " (cynhadledd gychwynnol) ar 25 Mawrth 2026. Mae eich geiriau isod. Rhaid i’ch"
                + " gweithiwr cymdeithasol eich ateb erbyn 20 Mai 2026. Mae’r hyn gafodd ei"
                + " ysgrifennu o’r blaen yn aros ar y cofnod, gyda’ch geiriau chi wrth ei ymyl.");
    assertThat(rhian.date()).isEqualTo(LocalDate.of(2026, 5, 20));
    assertThat(rhian.links())
        .containsOnly(
            Map.entry("disputeId", "d-report"),
            Map.entry("meetingId", DemoJourney.ICPC),
            Map.entry("reportId", Projections.REPORT));
    // Her own dispute asks nothing more of her.
    assertThat(rhian.flagged()).isFalse();
    // The report's title is the worker's words, hers are hers, in the language she wrote them in.
    assertThat(quotes(rhian))
        .containsExactly(
            Tuple.tuple("WORKER", "report", "en", "Social work report"),
            Tuple.tuple("PARENT", "whatIsWrong", "cy", MISSED),
            Tuple.tuple("PARENT", "whatItShouldSay", "cy", WENT));

    TimelineEntry worker = newest(WORKER);
    assertThat(worker.kind()).isEqualTo("DISPUTE_RAISED");
    assertThat(worker.title())
        .containsEntry("en", "Rhian Morgan says the record is wrong")
        .containsEntry("cy", "Mae Rhian Morgan yn dweud bod y cofnod yn anghywir");
    assertThat(worker.body())
        .containsEntry(
            "en",
            "Rhian Morgan says something in a report for the first meeting (initial conference) on"
                + " Wednesday 25 March 2026 is wrong. Their words are below. The rest of the family"
                + " is not told. Answer by Wednesday 20 May 2026.")
        .containsEntry(
            "cy",
            "Mae Rhian Morgan yn dweud bod rhywbeth yn anghywir mewn adroddiad ar gyfer y cyfarfod"
                + " cyntaf (cynhadledd gychwynnol) ar 25 Mawrth 2026. Mae eu geiriau isod. Dydy"
                + " gweddill y teulu ddim yn cael gwybod. Atebwch erbyn 20 Mai 2026.");
    assertThat(worker.flagged()).isTrue();
    assertThat(worker.links()).isEqualTo(rhian.links());
    assertThat(worker.quotes()).isEqualTo(rhian.quotes());

    // The chair of the meeting the report was for is told, and that the worker answers.
    TimelineEntry chair = newest(CHAIR);
    assertThat(chair.kind()).isEqualTo("DISPUTE_RAISED");
    assertThat(chair.title()).isEqualTo(worker.title());
    assertThat(chair.body().get("en"))
        .endsWith("The social worker must answer by Wednesday 20 May 2026.");
    assertThat(chair.body().get("cy"))
        .endsWith("Rhaid i’r gweithiwr cymdeithasol ateb erbyn 20 Mai 2026.");

    // Alex had the same report; neither Alex nor Taylor is told.
    assertThat(stored(family(ALEX))).isEqualTo(alexBefore);
    assertThat(stored(family(TAYLOR))).isEqualTo(taylorBefore);
  }

  @Test
  void aYoungPersonWhoSaysTheirMeetingsNotesAreWrongReadsItInTheirOwnWordsAndNoParentIsTold() {
    Feed.all(projection, Projections.journey());
    String alexBefore = stored(family(ALEX));
    String rhianBefore = stored(family(RHIAN));
    Feed.all(
        projection,
        Projections.journeyThen(
            Projections.disputed(
                "d-notes",
                TAYLOR,
                DisputedItem.MEETING_OUTCOME,
                "I never said I was scared of Dad.",
                null,
                10)));

    TimelineEntry taylor = newest(family(TAYLOR));
    assertThat(taylor.kind()).isEqualTo("DISPUTE_RAISED");
    assertThat(taylor.category()).isEqualTo(TimelineCategory.MEETINGS);
    assertThat(taylor.title())
        .containsEntry("en", "You told us something is wrong")
        .containsEntry("cy", "Dywedaist ti wrthym ni fod rhywbeth yn anghywir");
    assertThat(taylor.body())
        .containsEntry(
            "en",
            "You told us something is wrong in the notes from your meeting on Wednesday 25 March"
                + " 2026. Your words are below. Your social worker will answer you by Wednesday 20"
                + " May 2026. We keep what was written, and we keep your words next to it.")
        .containsEntry(
            "cy",
            "Dywedaist ti wrthym ni fod rhywbeth yn anghywir yn y nodiadau o dy gyfarfod ar 25"
                + " Mawrth 2026. Mae dy eiriau di isod. Bydd dy weithiwr cymdeithasol yn dy ateb di"
                + " erbyn 20 Mai 2026. Rydyn ni’n cadw beth gafodd ei ysgrifennu, ac rydyn ni’n"
                + " cadw dy eiriau di wrth ei ymyl.");
    assertThat(taylor.links()).containsOnlyKeys("disputeId", "meetingId");
    // What it should say is optional: nothing is quoted for it.
    assertThat(quotes(taylor))
        .containsExactly(
            Tuple.tuple("YOUNG_PERSON", "whatIsWrong", "en", "I never said I was scared of Dad."));
    assertThat(newest(WORKER).body().get("en"))
        .startsWith(
            "Taylor Morgan says something in the outcome of the first meeting (initial"
                + " conference) on Wednesday 25 March 2026 is wrong.");
    assertThat(newest(CHAIR).kind()).isEqualTo("DISPUTE_RAISED");

    assertThat(stored(family(ALEX))).isEqualTo(alexBefore);
    assertThat(stored(family(RHIAN))).isEqualTo(rhianBefore);
  }

  @Test
  void aDisputeOfAPlanVersionOrOfSomethingElseIsNotTheChairsBusiness() {
    Feed.all(projection, Projections.journey());
    String chairBefore = stored(CHAIR);
    String rhianBefore = stored(family(RHIAN));
    String taylorBefore = stored(family(TAYLOR));
    Feed.all(
        projection,
        Projections.journeyThen(
            Projections.disputed(
                "d-plan",
                ALEX,
                DisputedItem.PLAN_VERSION,
                "The course date is wrong.",
                "By 30 June.",
                11),
            Projections.disputed(
                "d-other", ALEX, DisputedItem.OTHER, "My address is wrong.", null, 12)));

    List<TimelineEntry> alex = timeline(family(ALEX)).entries();
    TimelineEntry other = alex.get(0);
    TimelineEntry plan = alex.get(1);
    assertThat(plan.category()).isEqualTo(TimelineCategory.PLANS);
    assertThat(plan.links())
        .containsOnly(Map.entry("disputeId", "d-plan"), Map.entry("planVersion", "2"));
    assertThat(plan.body().get("en"))
        .startsWith("You told us something is wrong in version 2 of the plan. Your words are");
    assertThat(plan.body().get("cy"))
        .startsWith("Dywedoch wrthym fod rhywbeth yn anghywir yn fersiwn 2 o’r cynllun.");
    assertThat(other.category()).isEqualTo(TimelineCategory.CASE);
    assertThat(other.links()).containsOnly(Map.entry("disputeId", "d-other"));
    assertThat(other.body().get("en"))
        .startsWith("You told us something in your record is wrong. Your words are below.");
    assertThat(timeline(WORKER).entries().subList(0, 2))
        .extracting(e -> e.body().get("en"))
        .containsExactly(
            "Alex Morgan says something in the record is wrong. Their words are below. The rest"
                + " of the family is not told. Answer by Wednesday 20 May 2026.",
            "Alex Morgan says something in plan version 2 is wrong. Their words are below. The"
                + " rest of the family is not told. Answer by Wednesday 20 May 2026.");

    assertThat(stored(CHAIR)).isEqualTo(chairBefore);
    assertThat(stored(family(RHIAN))).isEqualTo(rhianBefore);
    assertThat(stored(family(TAYLOR))).isEqualTo(taylorBefore);
  }

  @Test
  void aCorrectionIsToldToThePersonWithTheWorkersWordsInBothLanguagesAndToNoOneElseInTheFamily() {
    Feed.all(projection, Projections.journeyThen(rhianSaysTheReportIsWrong()));
    String alexBefore = stored(family(ALEX));
    String taylorBefore = stored(family(TAYLOR));
    Feed.all(
        projection,
        Projections.journeyThen(
            rhianSaysTheReportIsWrong(),
            Projections.answered("d-report", RHIAN, DisputeAnswer.CORRECTED, YOU_WERE_THERE, 10)));

    TimelineEntry rhian = newest(family(RHIAN));
    assertThat(rhian.kind()).isEqualTo("DISPUTE_ANSWERED");
    assertThat(rhian.category()).isEqualTo(TimelineCategory.REPORTS);
    assertThat(rhian.title())
        .containsEntry("en", "Your social worker says you were right")
        .containsEntry("cy", "Mae eich gweithiwr cymdeithasol yn dweud eich bod chi’n iawn");
    assertThat(rhian.body())
        .containsEntry(
            "en",
            "You told us something is wrong in a report for the first meeting (initial conference)"
                + " on Wednesday 25 March 2026. Your social worker agreed. The correction is below."
                + " It is now kept with your record. What was written before is kept too, so"
                + " nothing is hidden.")
        .containsEntry(
            "cy",
            "Dywedoch wrthym fod rhywbeth yn anghywir mewn adroddiad ar gyfer y cyfarfod cyntaf"
                + " (cynhadledd gychwynnol) ar 25 Mawrth 2026. Cytunodd eich gweithiwr"
                + " cymdeithasol. Mae’r cywiriad isod. Mae’n cael ei gadw gyda’ch cofnod nawr."
                + " Mae’r hyn gafodd ei ysgrifennu o’r blaen yn cael ei gadw hefyd, felly does dim"
                + " byd wedi’i guddio.");
    assertThat(rhian.flagged()).isFalse();
    assertThat(rhian.date()).isNull();
    assertThat(rhian.links()).containsEntry("disputeId", "d-report");
    // What she said stays beside the answer, which is the worker's, in English and Welsh.
    assertThat(quotes(rhian))
        .containsExactly(
            Tuple.tuple("WORKER", "report", "en", "Social work report"),
            Tuple.tuple("PARENT", "whatIsWrong", "cy", MISSED),
            Tuple.tuple("PARENT", "whatItShouldSay", "cy", WENT),
            Tuple.tuple("WORKER", "correction", "en", YOU_WERE_THERE.en()),
            Tuple.tuple("WORKER", "correction", "cy", YOU_WERE_THERE.cy()));

    for (String staff : List.of(WORKER, CHAIR)) {
      TimelineEntry told = newest(staff);
      assertThat(told.kind()).as(staff).isEqualTo("DISPUTE_ANSWERED");
      assertThat(told.title())
          .containsEntry("en", "Priya Shah answered Rhian Morgan: the record was wrong")
          .containsEntry("cy", "Priya Shah wedi ateb Rhian Morgan: roedd y cofnod yn anghywir");
      assertThat(told.body().get("en"))
          .isEqualTo(
              "Rhian Morgan says something in a report for the first meeting (initial conference)"
                  + " on Wednesday 25 March 2026 is wrong. Priya Shah agreed. The correction below"
                  + " is kept next to the record, and Rhian Morgan is told. The rest of the family"
                  + " is not.");
      assertThat(told.body().get("cy"))
          .endsWith(
              "Cytunodd Priya Shah. Mae’r cywiriad isod yn cael ei gadw wrth ymyl y cofnod, ac mae"
                  + " Rhian Morgan yn cael gwybod. Dydy gweddill y teulu ddim.");
      assertThat(told.flagged()).isFalse();
      assertThat(told.quotes()).isEqualTo(rhian.quotes());
    }
    assertThat(stored(family(ALEX))).isEqualTo(alexBefore);
    assertThat(stored(family(TAYLOR))).isEqualTo(taylorBefore);
  }

  private static final BilingualText CLINIC =
      new BilingualText(
          "We need the clinic’s list of who came, which takes six weeks.",
          "Mae angen rhestr y clinig o bwy ddaeth, sy’n cymryd chwe wythnos.");

  @Test
  void moreTimeIsToldToThePersonWithTheNewDayAndTheReasonAndToNoOneElseInTheFamily() {
    Feed.all(projection, Projections.journeyThen(rhianSaysTheReportIsWrong()));
    String alexBefore = stored(family(ALEX));
    String taylorBefore = stored(family(TAYLOR));
    Feed.all(
        projection,
        Projections.journeyThen(
            rhianSaysTheReportIsWrong(), Projections.extended("d-report", RHIAN, CLINIC, 10)));

    TimelineEntry rhian = newest(family(RHIAN));
    assertThat(rhian.kind()).isEqualTo("DISPUTE_EXTENDED");
    assertThat(rhian.category()).isEqualTo(TimelineCategory.REPORTS);
    assertThat(rhian.title())
        .containsEntry("en", "Your social worker needs more time to answer")
        .containsEntry("cy", "Mae angen mwy o amser ar eich gweithiwr cymdeithasol i ateb");
    assertThat(rhian.body())
        .containsEntry(
            "en",
            "You told us something is wrong in a report for the first meeting (initial conference)"
                + " on Wednesday 25 March 2026. Your social worker needs more time to answer you."
                + " They will answer by Monday 20 July 2026. The reason is below. The law lets"
                + " them take this extra time once, when a question takes longer to check.");
    assertThat(rhian.body().get("cy"))
        .contains("Byddan nhw’n eich ateb erbyn 20 Gorffennaf 2026. Mae’r rheswm isod.");
    assertThat(rhian.date()).isEqualTo(LocalDate.of(2026, 7, 20));
    // There is nothing for her to do.
    assertThat(rhian.flagged()).isFalse();
    assertThat(rhian.links()).containsEntry("disputeId", "d-report");
    assertThat(quotes(rhian))
        .containsExactly(
            Tuple.tuple("WORKER", "report", "en", "Social work report"),
            Tuple.tuple("PARENT", "whatIsWrong", "cy", MISSED),
            Tuple.tuple("PARENT", "whatItShouldSay", "cy", WENT),
            Tuple.tuple("WORKER", "reason", "en", CLINIC.en()),
            Tuple.tuple("WORKER", "reason", "cy", CLINIC.cy()));

    for (String staff : List.of(WORKER, CHAIR)) {
      TimelineEntry told = newest(staff);
      assertThat(told.kind()).as(staff).isEqualTo("DISPUTE_EXTENDED");
      assertThat(told.title())
          .containsEntry("en", "More time to answer Rhian Morgan")
          .containsEntry("cy", "Mwy o amser i ateb Rhian Morgan");
      assertThat(told.body().get("en"))
          .endsWith(
              "is wrong. The social worker took more time to answer, once, as the law allows."
                  + " The answer is now due by Monday 20 July 2026. Rhian Morgan is told why"
                  + " (below). The rest of the family is not.");
      assertThat(told.flagged()).isFalse();
      assertThat(told.quotes()).isEqualTo(rhian.quotes());
    }
    assertThat(stored(family(ALEX))).isEqualTo(alexBefore);
    assertThat(stored(family(TAYLOR))).isEqualTo(taylorBefore);
  }

  @Test
  void aYoungPersonIsToldInTheirOwnWordsThatTheirSocialWorkerNeedsMoreTime() {
    List<DomainEventMessage<?>> events =
        Projections.journeyThen(
            Projections.disputed(
                "d-other", TAYLOR, DisputedItem.OTHER, "My school is wrong.", null, 10),
            Projections.extended(
                "d-other", TAYLOR, BilingualText.en("We need to ask your school."), 11));
    Feed.all(projection, events.subList(0, events.size() - 1));
    String alexBefore = stored(family(ALEX));
    String rhianBefore = stored(family(RHIAN));
    String chairBefore = stored(CHAIR);
    Feed.all(projection, events);

    TimelineEntry taylor = newest(family(TAYLOR));
    assertThat(taylor.kind()).isEqualTo("DISPUTE_EXTENDED");
    assertThat(taylor.title())
        .containsEntry("en", "Your social worker needs more time")
        .containsEntry("cy", "Mae angen mwy o amser ar dy weithiwr cymdeithasol");
    assertThat(taylor.body().get("en"))
        .isEqualTo(
            "You told us something is wrong in what we wrote about you. Your social worker needs"
                + " more time to check it. They will answer you by Monday 20 July 2026. The reason"
                + " is below.");
    // No Welsh yet: only the English reason is quoted, and the worker's dashboard asks for Welsh.
    assertThat(quotes(taylor))
        .containsExactly(
            Tuple.tuple("YOUNG_PERSON", "whatIsWrong", "en", "My school is wrong."),
            Tuple.tuple("WORKER", "reason", "en", "We need to ask your school."));
    assertThat(newest(WORKER).kind()).isEqualTo("DISPUTE_EXTENDED");
    // Something else on the record is not the chair's business, nor the rest of the family's.
    assertThat(stored(CHAIR)).isEqualTo(chairBefore);
    assertThat(stored(family(ALEX))).isEqualTo(alexBefore);
    assertThat(stored(family(RHIAN))).isEqualTo(rhianBefore);
  }

  @Test
  void aRecordKeptAsItIsTellsTheYoungPersonWhyAndWhoCanHelpThemComplain() {
    List<DomainEventMessage<?>> events =
        Projections.journeyThen(
            Projections.disputed(
                "d-notes",
                TAYLOR,
                DisputedItem.MEETING_OUTCOME,
                "I never said I was scared of Dad.",
                "I said I was worried about the shouting.",
                10),
            Projections.answered(
                "d-notes",
                TAYLOR,
                DisputeAnswer.NOT_CHANGED,
                BilingualText.en("The chair wrote down what you said at the meeting."),
                11));
    Feed.all(projection, events.subList(0, events.size() - 1));
    String alexBefore = stored(family(ALEX));
    String rhianBefore = stored(family(RHIAN));
    Feed.all(projection, events);

    TimelineEntry taylor = newest(family(TAYLOR));
    assertThat(taylor.kind()).isEqualTo("DISPUTE_ANSWERED");
    assertThat(taylor.title())
        .containsEntry("en", "Your social worker did not change it")
        .containsEntry("cy", "Wnaeth dy weithiwr cymdeithasol ddim ei newid");
    assertThat(taylor.body())
        .containsEntry(
            "en",
            "You told us something is wrong in the notes from your meeting on Wednesday 25 March"
                + " 2026. Your social worker did not change it. The reason is below. Your words are"
                + " kept next to it. If you are not happy, you can complain. An advocate or your"
                + " social worker can help you.")
        .containsEntry(
            "cy",
            "Dywedaist ti wrthym ni fod rhywbeth yn anghywir yn y nodiadau o dy gyfarfod ar 25"
                + " Mawrth 2026. Wnaeth dy weithiwr cymdeithasol ddim ei newid. Mae’r rheswm isod."
                + " Mae dy eiriau di yn cael eu cadw wrth ei ymyl. Os nad wyt ti’n hapus,"
                + " gelli di gwyno. Gall eiriolwr neu dy weithiwr cymdeithasol dy helpu di.");
    // There is something they may want to do about it.
    assertThat(taylor.flagged()).isTrue();
    assertThat(taylor.glossaryKeys()).contains("advocate");
    // No Welsh yet: only the English reason is quoted, and the worker's dashboard asks for Welsh.
    assertThat(quotes(taylor))
        .containsExactly(
            Tuple.tuple("YOUNG_PERSON", "whatIsWrong", "en", "I never said I was scared of Dad."),
            Tuple.tuple(
                "YOUNG_PERSON",
                "whatItShouldSay",
                "en",
                "I said I was worried about the shouting."),
            Tuple.tuple(
                "WORKER", "reason", "en", "The chair wrote down what you said at the meeting."));
    for (String staff : List.of(WORKER, CHAIR)) {
      TimelineEntry told = newest(staff);
      assertThat(told.title())
          .as(staff)
          .containsEntry("en", "Priya Shah answered Taylor Morgan: the record stays as it is")
          .containsEntry(
              "cy", "Priya Shah wedi ateb Taylor Morgan: mae’r cofnod yn aros fel y mae");
      assertThat(told.body().get("en"))
          .endsWith(
              "is wrong. Priya Shah kept the record as it is. Taylor Morgan is told why (below)"
                  + " and how to complain. The rest of the family is not.");
      assertThat(told.flagged()).isFalse();
    }
    assertThat(stored(family(ALEX))).isEqualTo(alexBefore);
    assertThat(stored(family(RHIAN))).isEqualTo(rhianBefore);
  }

  @Test
  void
      aParentWhoseRecordIsKeptAsItIsIsToldTheyCanComplainToTheCouncilOrTheInformationCommissioner() {
    Feed.all(
        projection,
        Projections.journeyThen(
            Projections.disputed(
                "d-other", ALEX, DisputedItem.OTHER, "My address is wrong.", null, 12),
            Projections.answered(
                "d-other",
                ALEX,
                DisputeAnswer.NOT_CHANGED,
                new BilingualText(
                    "We checked with you on 1 April: this is where you live.",
                    "Gwnaethon ni wirio gyda chi ar 1 Ebrill: dyma ble rydych chi’n byw."),
                12)));
    TimelineEntry alex = newest(family(ALEX));
    assertThat(alex.title())
        .containsEntry("en", "Your social worker did not change your record")
        .containsEntry("cy", "Wnaeth eich gweithiwr cymdeithasol ddim newid eich cofnod");
    assertThat(alex.body())
        .containsEntry(
            "en",
            "You told us something in your record is wrong. Your social worker did not change it."
                + " The reason is below. Your words stay on the record, next to what it says."
                + " If you are not happy with this, you can complain to the council. You can also"
                + " complain to the Information Commissioner’s Office, who make sure people’s"
                + " information is used fairly.")
        .containsEntry(
            "cy",
            "Dywedoch wrthym fod rhywbeth yn eich cofnod yn anghywir. Wnaeth eich gweithiwr"
                + " cymdeithasol ddim ei newid. Mae’r rheswm isod. Mae eich geiriau yn"
                + " aros ar y cofnod, wrth ymyl yr hyn mae’n ei ddweud. Os nad ydych chi’n hapus â"
                + " hyn, gallwch wneud cwyn i’r cyngor. Gallwch hefyd wneud cwyn i Swyddfa’r"
                + " Comisiynydd Gwybodaeth, sy’n sicrhau bod gwybodaeth pobl yn cael ei defnyddio’n"
                + " deg.");
    assertThat(alex.flagged()).isTrue();
    assertThat(alex.category()).isEqualTo(TimelineCategory.CASE);
    assertThat(alex.quotes())
        .extracting(TimelineEntry.Quoted::label, TimelineEntry.Quoted::lang)
        .containsExactly(
            Tuple.tuple("whatIsWrong", "en"),
            Tuple.tuple("reason", "en"),
            Tuple.tuple("reason", "cy"));
    assertThat(timeline(CHAIR).entries()).noneMatch(e -> e.kind().startsWith("DISPUTE_"));
  }

  @Test
  void aLaterAnswerIsANewEntryThatSaysItTakesThePlaceOfTheEarlierOneAndRedeliveryChangesNothing() {
    List<DomainEventMessage<?>> events =
        Projections.journeyThen(
            rhianSaysTheReportIsWrong(),
            Projections.answered(
                "d-report",
                RHIAN,
                DisputeAnswer.NOT_CHANGED,
                BilingualText.en("The nurse’s note says you did not come."),
                9),
            Projections.answered("d-report", RHIAN, DisputeAnswer.CORRECTED, YOU_WERE_THERE, 15));
    Feed.all(projection, events);

    List<TimelineEntry> answers =
        timeline(family(RHIAN)).entries().stream()
            .filter(e -> e.kind().equals("DISPUTE_ANSWERED"))
            .toList();
    assertThat(answers)
        .extracting(e -> e.title().get("en"))
        .containsExactly(
            "Your social worker says you were right",
            "Your social worker did not change your record");
    assertThat(answers.get(0).body().get("en"))
        .endsWith("This answer takes the place of the one you had before.");
    assertThat(answers.get(0).body().get("cy"))
        .endsWith("Mae’r ateb hwn yn cymryd lle’r un a gawsoch o’r blaen.");
    assertThat(answers.get(1).body().get("en")).doesNotContain("takes the place");
    // Each keeps the words it was given: the history is the family's as well as the council's.
    assertThat(answers.get(1).quotes())
        .extracting(TimelineEntry.Quoted::text)
        .contains("The nurse’s note says you did not come.")
        .doesNotContain(YOU_WERE_THERE.en());
    assertThat(newest(WORKER).body().get("en"))
        .endsWith("It replaces the earlier answer, which stays in the history.");
    assertThat(newest(CHAIR).body().get("cy"))
        .endsWith("Mae’n cymryd lle’r ateb cynharach, sy’n aros yn yr hanes.");

    Map<String, String> once = store.all(TimelineView.COLLECTION);
    Feed.all(projection, events);
    assertThat(store.all(TimelineView.COLLECTION)).isEqualTo(once);
  }

  @Test
  void aDisputeWhoseWordsCanNoLongerBeReadIsShownWithoutThemAndWithoutInventedOnes() {
    Feed.all(
        projection,
        Erasure.unreadable(
            Projections.journeyThen(
                rhianSaysTheReportIsWrong(),
                Projections.extended("d-report", RHIAN, CLINIC, 10),
                Projections.answered(
                    "d-report", RHIAN, DisputeAnswer.CORRECTED, YOU_WERE_THERE, 10))));
    List<TimelineEntry> entries =
        Stream.of(family(RHIAN), WORKER, CHAIR)
            .flatMap(id -> timeline(id).entries().stream())
            .filter(e -> e.kind().startsWith("DISPUTE_"))
            .toList();
    assertThat(entries).hasSize(9);
    assertThat(entries).allSatisfy(e -> assertThat(e.quotes()).isEmpty());
    assertThat(entries)
        .flatMap(
            e -> Stream.concat(e.title().values().stream(), e.body().values().stream()).toList())
        .allSatisfy(text -> assertThat(text).isNotBlank().doesNotContainIgnoringCase("null"));
  }
}
