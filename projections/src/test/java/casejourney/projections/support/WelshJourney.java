package casejourney.projections.support;

import static casejourney.projections.support.Projections.CASE;
import static casejourney.projections.support.Projections.REPORT;

import casejourney.api.BilingualText;
import casejourney.api.DisputeAnswer;
import casejourney.api.DisputedItem;
import casejourney.api.ExclusionScope;
import casejourney.api.WelshText;
import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.ChairRespondedToViewsEvent;
import casejourney.api.events.ConferenceOutcomeRecordedEvent;
import casejourney.api.events.MeetingCancelledEvent;
import casejourney.api.events.MeetingRescheduledEvent;
import casejourney.api.events.PlanVersionPublishedEvent;
import casejourney.api.events.WelshTextAddedEvent;
import casejourney.api.plan.Expectation;
import casejourney.api.plan.PlanContent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * The demo journey with every kind of worker- and chair-written text in it (an exclusion, a
 * redaction, a dispute taken more time over and answered, the case closed), each in English only or
 * with Welsh the worker later corrects; then the Welsh for each, added on its own ({@link
 * #translations}). {@link #givenAtFirst} is the same journey with that Welsh written with the
 * English from the start, which is what the Welsh added later must read as.
 */
public final class WelshJourney {

  public static final String DISPUTE = "d-report";

  /** The Welsh each kind of text gets, by kind; where it had Welsh before, this corrects it. */
  public static final Map<WelshText, String> WELSH =
      Map.ofEntries(
          Map.entry(WelshText.PLAN_EXPECTATION, "Mynd i’r cwrs magu plant"),
          Map.entry(
              WelshText.PLAN_CHANGE_REASON,
              "Mae’r cwrs yn dechrau’n gynt nawr, felly mae’n gorffen erbyn 31 Mai."),
          Map.entry(
              WelshText.PLAN_HOW_WE_KNOW,
              "Mae arweinydd y cwrs yn dweud wrthym eich bod wedi mynd"),
          Map.entry(WelshText.PLAN_SUPPORT, "Rydyn ni’n talu am y cwrs ac am deithio"),
          // The course states no consequence: this Welsh has no English to go with, and changes
          // nothing.
          Map.entry(WelshText.PLAN_CONSEQUENCE, "Byddwn yn siarad eto"),
          Map.entry(WelshText.MEETING_MOVED_REASON, "Mae’r cadeirydd yn sâl heddiw."),
          Map.entry(
              WelshText.MEETING_CANCELLED_REASON,
              "Cafodd yr ystafell ei gorlifo. Byddwn yn trefnu dyddiad newydd."),
          Map.entry(WelshText.OUTCOME_REASONS, "Mae angen mwy o help ar Taylor gartref."),
          Map.entry(
              WelshText.CHAIR_RESPONSE,
              "Diolch, Taylor. Rydyn ni wedi darllen dy eiriau. Mae’r cynllun yn dy helpu di."),
          Map.entry(WelshText.EXCLUSION_REASON, "Mae Taylor eisiau siarad ar ei ben ei hun."),
          Map.entry(
              WelshText.REDACTION_REASON, "Mae’r rhan am ble mae Alex yn byw wedi’i chadw’n ôl."),
          Map.entry(
              WelshText.DISPUTE_EXTENSION_REASON, "Mae angen i ni ofyn i’r clinig pwy ddaeth."),
          Map.entry(
              WelshText.DISPUTE_ANSWER, "Roeddech chi yno. Rydyn ni wedi cywiro’r adroddiad."),
          Map.entry(WelshText.CASE_CLOSED_REASON, "Mae’r teulu’n ddiogel nawr."));

  private WelshJourney() {}

  /** The journey, every text as first written: English only, or Welsh the worker corrects. */
  public static List<DomainEventMessage<?>> untranslated() {
    return journey(false);
  }

  /** The same journey, each text with the Welsh of {@link #WELSH} from the start. */
  public static List<DomainEventMessage<?>> givenAtFirst() {
    return journey(true);
  }

  /** {@link #untranslated}, then {@code more}, numbered after it. */
  public static List<DomainEventMessage<?>> untranslatedThen(Object... more) {
    List<DomainEventMessage<?>> all = new ArrayList<>(untranslated());
    for (Object event : more) {
      all.add(DemoJourney.message(CASE, all.size(), event));
    }
    return all;
  }

  /** {@link #untranslated}, then the Welsh for every text, one event each. */
  public static List<DomainEventMessage<?>> translated() {
    return untranslatedThen(translations().toArray());
  }

  /** One event per kind, in the order of {@link WelshText}. */
  public static List<WelshTextAddedEvent> translations() {
    List<WelshTextAddedEvent> all = new ArrayList<>();
    for (WelshText kind : WelshText.values()) {
      all.add(welsh(kind, WELSH.get(kind), all.size()));
    }
    return all;
  }

  /** Welsh for this journey's text of this kind, on 1 June 2026 at {@code hour}. */
  public static WelshTextAddedEvent welsh(WelshText kind, String welsh, int hour) {
    String ref =
        switch (kind) {
          case PLAN_EXPECTATION,
              PLAN_CHANGE_REASON,
              PLAN_HOW_WE_KNOW,
              PLAN_SUPPORT,
              PLAN_CONSEQUENCE ->
              "e-course";
          case MEETING_CANCELLED_REASON -> DemoJourney.CORE_GROUP;
          case DISPUTE_EXTENSION_REASON, DISPUTE_ANSWER -> DISPUTE;
          case CASE_CLOSED_REASON -> CASE;
          default -> DemoJourney.ICPC;
        };
    String personId =
        switch (kind) {
          case CHAIR_RESPONSE -> DemoJourney.TAYLOR;
          case EXCLUSION_REASON -> DemoJourney.ALEX;
          case REDACTION_REASON -> DemoJourney.RHIAN;
          default -> null;
        };
    return new WelshTextAddedEvent(
        CASE,
        kind,
        ref,
        personId,
        kind == WelshText.REDACTION_REASON ? REPORT : null,
        welsh,
        Instant.parse("2026-06-01T00:00:00Z").plusSeconds(hour * 3600L));
  }

  private static List<DomainEventMessage<?>> journey(boolean welsh) {
    List<Object> events = new ArrayList<>();
    for (Object e : DemoJourney.events(CASE)) {
      events.add(welsh ? withWelsh(e) : e);
    }
    events.add(
        Projections.excluded(
            DemoJourney.ALEX,
            ExclusionScope.PART_OF_MEETING,
            text("Taylor wants to talk alone.", WelshText.EXCLUSION_REASON, welsh),
            10));
    events.add(
        Projections.redacted(
            REPORT,
            DemoJourney.RHIAN,
            text(
                "The part about where Alex now lives is held back.",
                WelshText.REDACTION_REASON,
                welsh),
            11));
    events.add(
        Projections.disputed(
            DISPUTE,
            DemoJourney.RHIAN,
            DisputedItem.REPORT,
            "The report says I missed the appointment.",
            "That I went to it.",
            9));
    events.add(
        Projections.extended(
            DISPUTE,
            DemoJourney.RHIAN,
            text("We need to ask the clinic who came.", WelshText.DISPUTE_EXTENSION_REASON, welsh),
            9));
    events.add(
        Projections.answered(
            DISPUTE,
            DemoJourney.RHIAN,
            DisputeAnswer.CORRECTED,
            text("You were there. We have corrected the report.", WelshText.DISPUTE_ANSWER, welsh),
            9));
    events.add(
        new CaseClosedEvent(
            CASE,
            text("The family is safe now.", WelshText.CASE_CLOSED_REASON, welsh),
            Instant.parse("2026-05-01T10:00:00Z")));
    List<DomainEventMessage<?>> messages = new ArrayList<>();
    for (Object event : events) {
      messages.add(DemoJourney.message(CASE, messages.size(), event));
    }
    return messages;
  }

  private static BilingualText text(String en, WelshText kind, boolean welsh) {
    return new BilingualText(en, welsh ? WELSH.get(kind) : null);
  }

  /** One of the demo journey's events with its text's Welsh as {@link #WELSH} has it. */
  private static Object withWelsh(Object event) {
    if (event instanceof MeetingRescheduledEvent e) {
      return new MeetingRescheduledEvent(
          e.caseId(),
          e.meetingId(),
          e.previousStartsAt(),
          e.startsAt(),
          e.location(),
          cy(e.reason(), WelshText.MEETING_MOVED_REASON),
          e.dueBy(),
          e.late(),
          e.workingDaysLate(),
          e.lateReason(),
          e.rescheduledAt(),
          e.reports());
    }
    if (event instanceof MeetingCancelledEvent e) {
      return new MeetingCancelledEvent(
          e.caseId(),
          e.meetingId(),
          cy(e.reason(), WelshText.MEETING_CANCELLED_REASON),
          e.cancelledAt());
    }
    if (event instanceof ConferenceOutcomeRecordedEvent e) {
      return new ConferenceOutcomeRecordedEvent(
          e.caseId(),
          e.meetingId(),
          e.heldOn(),
          e.decision(),
          e.category(),
          e.nextReviewDate(),
          cy(e.reasons(), WelshText.OUTCOME_REASONS),
          e.strengths(),
          e.risks(),
          e.familyView(),
          e.dissent(),
          e.recordedAt(),
          e.lateReason());
    }
    if (event instanceof ChairRespondedToViewsEvent e) {
      return new ChairRespondedToViewsEvent(
          e.caseId(),
          e.meetingId(),
          e.youngPersonId(),
          cy(e.response(), WelshText.CHAIR_RESPONSE),
          e.respondedAt());
    }
    if (event instanceof PlanVersionPublishedEvent e && e.version() == 2) {
      return planWithWelsh(e);
    }
    return event;
  }

  /** Version 2 as the worker would have published it with the Welsh; its changes are the same. */
  private static PlanVersionPublishedEvent planWithWelsh(PlanVersionPublishedEvent e) {
    List<Expectation> expectations = new ArrayList<>();
    for (Expectation x : e.content().expectations()) {
      expectations.add(
          x.expectationId().equals("e-course")
              ? new Expectation(
                  x.expectationId(),
                  x.responsible(),
                  x.what(),
                  WELSH.get(WelshText.PLAN_EXPECTATION),
                  x.byWhen(),
                  x.howWeKnow(),
                  x.support(),
                  x.consequence(),
                  WELSH.get(WelshText.PLAN_HOW_WE_KNOW),
                  WELSH.get(WelshText.PLAN_SUPPORT),
                  x.consequence() == null || x.consequence().isBlank()
                      ? null
                      : WELSH.get(WelshText.PLAN_CONSEQUENCE))
              : x);
    }
    Map<String, BilingualText> reasons = new HashMap<>(e.reasonsByExpectationId());
    reasons.put("e-course", cy(reasons.get("e-course"), WelshText.PLAN_CHANGE_REASON));
    PlanContent c = e.content();
    return new PlanVersionPublishedEvent(
        e.caseId(),
        e.version(),
        new PlanContent(c.outcomes(), c.strengths(), c.priorityRisks(), expectations),
        e.changes(),
        reasons,
        e.decidedAtMeetingId(),
        e.correctsVersion(),
        e.publishedBy(),
        e.publishedAt(),
        e.outlinePlanLateReason());
  }

  private static BilingualText cy(BilingualText text, WelshText kind) {
    return new BilingualText(text.en(), WELSH.get(kind));
  }
}
