package casejourney.projections.support;

import casejourney.api.BilingualText;
import casejourney.api.ConferenceDecision;
import casejourney.api.ContributionForm;
import casejourney.api.FamilyMember;
import casejourney.api.FamilyRole;
import casejourney.api.Language;
import casejourney.api.MeetingType;
import casejourney.api.Nation;
import casejourney.api.ParticipantKind;
import casejourney.api.ParticipationChoice;
import casejourney.api.ProtectionCategory;
import casejourney.api.StaffMember;
import casejourney.api.Visibility;
import casejourney.api.events.AdvocateOfferedEvent;
import casejourney.api.events.CaseOpenedEvent;
import casejourney.api.events.ChairRespondedToViewsEvent;
import casejourney.api.events.ConferenceOutcomeRecordedEvent;
import casejourney.api.events.ContributionSubmittedEvent;
import casejourney.api.events.ContributionVisibilityOverriddenEvent;
import casejourney.api.events.ExpectationMetEvent;
import casejourney.api.events.MeetingCancelledEvent;
import casejourney.api.events.MeetingRescheduledEvent;
import casejourney.api.events.MeetingScheduledEvent;
import casejourney.api.events.ParticipantInvitedEvent;
import casejourney.api.events.ParticipationChosenEvent;
import casejourney.api.events.PlanAcknowledgedEvent;
import casejourney.api.events.PlanResponseRecordedEvent;
import casejourney.api.events.PlanVersionPublishedEvent;
import casejourney.api.events.ReportSharedEvent;
import casejourney.api.events.StrategyDiscussionHeldEvent;
import casejourney.api.events.WorkerChangedEvent;
import casejourney.api.plan.Expectation;
import casejourney.api.plan.PlanComparison;
import casejourney.api.plan.PlanContent;
import casejourney.api.plan.Responsible;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

/**
 * The demo family's journey (Wales): Taylor (14), parents Alex (English) and Rhian (Welsh), worker
 * Sam Patel then Priya Shah, chair Jordan Hughes. Each call gives the same events, ids and times.
 */
public final class DemoJourney {

  public static final String TAYLOR = "p-taylor";
  public static final String ALEX = "p-alex";
  public static final String RHIAN = "p-rhian";
  public static final StaffMember SAM = new StaffMember("worker", "Sam Patel");
  public static final StaffMember PRIYA = new StaffMember("worker-2", "Priya Shah");
  public static final StaffMember JORDAN = new StaffMember("chair", "Jordan Hughes");

  /**
   * Who signs in: the staff and the family's subjects. The demo cast is the demo accounts; a
   * benchmark gives each team of workers its own cast, so a caseload stays a caseload's size.
   */
  public record Cast(
      StaffMember firstWorker,
      StaffMember secondWorker,
      StaffMember chair,
      String youngPerson,
      String parentA,
      String parentB) {

    public static final Cast DEMO =
        new Cast(SAM, PRIYA, JORDAN, "young-person", "parent-a", "parent-b");

    /** Staff shared by one team's cases; family subjects of this case alone. */
    public static Cast team(int team, String caseId) {
      return new Cast(
          new StaffMember("worker-t" + team, SAM.name()),
          new StaffMember("worker-2-t" + team, PRIYA.name()),
          new StaffMember("chair-t" + team, JORDAN.name()),
          "young-person-" + caseId,
          "parent-a-" + caseId,
          "parent-b-" + caseId);
    }
  }

  public static final String ICPC = "m-icpc";
  public static final String CORE_GROUP = "m-core";

  private DemoJourney() {}

  public static PlanContent planV1() {
    return plan(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 4, 30));
  }

  public static PlanContent planV2() {
    return plan(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 7, 31));
  }

  public static PlanContent plan(LocalDate courseBy, LocalDate fgcBy) {
    return new PlanContent(
        List.of("Taylor is safe and well at home"),
        List.of("Taylor goes to school every day"),
        List.of("Home is not always safe"),
        List.of(
            new Expectation(
                "e-course",
                new Responsible(Responsible.Party.FAMILY_MEMBER, ALEX, "Alex"),
                "Go to the parenting course",
                null,
                courseBy,
                "The course leader tells us you went",
                "We pay for the course and for travel",
                ""),
            new Expectation(
                "e-fgc",
                new Responsible(Responsible.Party.COUNCIL, null, "Sam Patel"),
                "Arrange a family group conference",
                "Trefnu cynhadledd grŵp teulu",
                fgcBy,
                "A date is set with the family",
                "",
                "",
                "Mae dyddiad wedi'i bennu gyda'r teulu",
                null,
                null)));
  }

  /** The journey's events for {@code caseId}, oldest first. */
  public static List<Object> events(String caseId) {
    return events(caseId, Cast.DEMO);
  }

  /** The journey's events for {@code caseId} with these people signing in, oldest first. */
  public static List<Object> events(String caseId, Cast cast) {
    FamilyMember taylor =
        new FamilyMember(
            TAYLOR,
            "Taylor Morgan",
            FamilyRole.YOUNG_PERSON,
            Language.EN,
            cast.youngPerson(),
            LocalDate.of(2011, 9, 14));
    FamilyMember alex =
        new FamilyMember(ALEX, "Alex Morgan", FamilyRole.PARENT, Language.EN, cast.parentA(), null);
    FamilyMember rhian =
        new FamilyMember(
            RHIAN, "Rhian Morgan", FamilyRole.PARENT, Language.CY, cast.parentB(), null);
    LocalDateTime icpcAt = LocalDateTime.of(2026, 3, 20, 10, 0);
    LocalDateTime icpcMoved = LocalDateTime.of(2026, 3, 25, 10, 0);
    List<Object> e = new ArrayList<>();
    e.add(
        new CaseOpenedEvent(
            caseId, Nation.WALES, taylor, List.of(alex, rhian), cast.firstWorker(), t(2, 9)));
    e.add(
        new StrategyDiscussionHeldEvent(
            caseId, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 23), t(2, 15)));
    e.add(
        new MeetingScheduledEvent(
            caseId,
            ICPC,
            MeetingType.INITIAL_CONFERENCE,
            icpcAt,
            "Civic Centre, Room 2",
            cast.chair(),
            LocalDate.of(2026, 3, 23),
            false,
            0,
            null,
            t(3, 10)));
    e.add(
        new ParticipantInvitedEvent(
            caseId,
            ICPC,
            ALEX,
            ParticipantKind.FAMILY_MEMBER,
            "Alex Morgan",
            "Parent",
            Language.EN,
            t(3, 11)));
    e.add(
        new ParticipantInvitedEvent(
            caseId,
            ICPC,
            RHIAN,
            ParticipantKind.FAMILY_MEMBER,
            "Rhian Morgan",
            "Parent",
            Language.CY,
            t(3, 11)));
    e.add(
        new ParticipantInvitedEvent(
            caseId,
            ICPC,
            TAYLOR,
            ParticipantKind.FAMILY_MEMBER,
            "Taylor Morgan",
            // As the portal invites a family member: only professionals have a written role.
            null,
            Language.EN,
            t(3, 11)));
    e.add(new AdvocateOfferedEvent(caseId, ICPC, TAYLOR, "Tros Gynnal Plant", t(4, 10)));
    e.add(
        new MeetingRescheduledEvent(
            caseId,
            ICPC,
            icpcAt,
            icpcMoved,
            "Civic Centre, Room 2",
            new BilingualText("The chair is ill.", "Mae’r cadeirydd yn sâl."),
            LocalDate.of(2026, 3, 23),
            true,
            2,
            "No other chair was free sooner.",
            t(16, 9),
            List.of()));
    e.add(
        new ParticipationChosenEvent(
            caseId,
            ICPC,
            TAYLOR,
            ParticipationChoice.SEND_WRITTEN_VIEWS_OR_DRAWING,
            null,
            false,
            t(17, 18)));
    e.add(
        new ContributionSubmittedEvent(
            caseId,
            ICPC,
            "c-1",
            TAYLOR,
            ContributionForm.WORDS,
            "I want to stay at my school.",
            null,
            null,
            null,
            null,
            Visibility.CHAIR_AND_WORKER,
            t(18, 19)));
    e.add(
        new ContributionSubmittedEvent(
            caseId,
            ICPC,
            "c-2",
            TAYLOR,
            ContributionForm.THREE_HOUSES,
            null,
            "Shouting at night",
            "My dog Bella",
            "Go to football on Saturdays",
            null,
            Visibility.EVERYONE_AT_MEETING,
            t(18, 20)));
    e.add(
        new ReportSharedEvent(
            caseId,
            ICPC,
            "r-1",
            "Social work report",
            "Sam Patel",
            List.of(ALEX, RHIAN),
            LocalDateTime.of(2026, 3, 24, 9, 0),
            3,
            1,
            true,
            2,
            "The police check came back late.",
            t(24, 9)));
    e.add(
        new ContributionVisibilityOverriddenEvent(
            caseId,
            ICPC,
            "c-2",
            Visibility.EVERYONE_AT_MEETING,
            Visibility.CHAIR_AND_WORKER,
            "Sharing the first house could put Taylor at risk at home.",
            t(24, 16)));
    e.add(
        new ConferenceOutcomeRecordedEvent(
            caseId,
            ICPC,
            LocalDate.of(2026, 3, 25),
            ConferenceDecision.PLAN_NEEDED,
            ProtectionCategory.NEGLECT,
            LocalDate.of(2026, 6, 25),
            BilingualText.en("Taylor needs more help at home."),
            List.of("Taylor goes to school every day"),
            List.of("Home is not always safe"),
            "We want to work with the plan.",
            null,
            t(25, 13),
            null));
    e.add(
        new ChairRespondedToViewsEvent(
            caseId,
            ICPC,
            TAYLOR,
            new BilingualText(
                "Thank you, Taylor. We read your words. The plan helps you stay at your school.",
                "Diolch, Taylor. Darllenon ni dy eiriau. Mae’r cynllun yn dy helpu di i aros yn dy ysgol."),
            t(26, 10)));
    e.add(
        new PlanVersionPublishedEvent(
            caseId,
            1,
            planV1(),
            List.of(),
            Map.of(),
            ICPC,
            null,
            cast.firstWorker(),
            t(27, 10),
            null));
    e.add(new PlanAcknowledgedEvent(caseId, 1, ALEX, t(28, 20)));
    e.add(
        new MeetingScheduledEvent(
            caseId,
            CORE_GROUP,
            MeetingType.CORE_GROUP,
            LocalDateTime.of(2026, 4, 8, 14, 0),
            "Family Centre",
            cast.chair(),
            LocalDate.of(2026, 4, 9),
            false,
            0,
            null,
            t(30, 9)));
    e.add(
        new ParticipantInvitedEvent(
            caseId,
            CORE_GROUP,
            ALEX,
            ParticipantKind.FAMILY_MEMBER,
            "Alex Morgan",
            "Parent",
            Language.EN,
            t(30, 10)));
    e.add(
        new MeetingCancelledEvent(
            caseId,
            CORE_GROUP,
            BilingualText.en("The room flooded. We will book a new date."),
            t(31, 9)));
    e.add(new WorkerChangedEvent(caseId, cast.firstWorker(), cast.secondWorker(), t(32, 9)));
    PlanContent v2 = planV2();
    e.add(
        new PlanVersionPublishedEvent(
            caseId,
            2,
            v2,
            PlanComparison.compare(planV1(), Set.of(), v2),
            Map.of(
                "e-course",
                BilingualText.en("The course now starts earlier, so it ends by 31 May."),
                "e-fgc",
                new BilingualText(
                    "The family group conference team is full until July.",
                    "Mae tîm y gynhadledd grŵp teulu yn llawn tan fis Gorffennaf.")),
            null,
            null,
            cast.secondWorker(),
            t(33, 11),
            null));
    e.add(
        new PlanResponseRecordedEvent(
            caseId, 2, RHIAN, true, "Mae hyn yn annheg. Roedd y dyddiad yn iawn.", t(34, 19)));
    e.add(new PlanAcknowledgedEvent(caseId, 2, ALEX, t(34, 20)));
    e.add(new ExpectationMetEvent(caseId, "e-course", 2, "Alex finished the course.", t(40, 12)));
    return e;
  }

  /** The journey as the domain event messages case-service would publish. */
  public static List<DomainEventMessage<?>> messages(String caseId) {
    return messages(caseId, Cast.DEMO);
  }

  /** As {@link #messages(String)}, with these people signing in. */
  public static List<DomainEventMessage<?>> messages(String caseId, Cast cast) {
    List<Object> events = events(caseId, cast);
    List<DomainEventMessage<?>> messages = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      messages.add(message(caseId, i, events.get(i)));
    }
    return messages;
  }

  public static DomainEventMessage<?> message(String caseId, long sequence, Object event) {
    Instant at = timestampOf(event, sequence);
    return new GenericDomainEventMessage<>(
        "CaseFile",
        caseId,
        sequence,
        event,
        MetaData.with("actorSub", "worker"),
        caseId + "-ev-" + sequence,
        at);
  }

  private static Instant timestampOf(Object event, long sequence) {
    for (var component : event.getClass().getRecordComponents()) {
      if (component.getType() == Instant.class) {
        try {
          return (Instant) component.getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return Instant.parse("2026-03-01T00:00:00Z").plusSeconds(sequence);
  }

  /** A time in March 2026 (day may run past 31 into April), UTC. */
  private static Instant t(int day, int hour) {
    return Instant.parse("2026-03-01T00:00:00Z").plusSeconds((day - 1) * 86400L + hour * 3600L);
  }
}
