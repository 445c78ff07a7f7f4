package casejourney.caseservice.domain;

import casejourney.api.BilingualText;
import casejourney.api.WelshText;
import casejourney.api.events.CaseClosedEvent;
import casejourney.api.events.ChairRespondedToViewsEvent;
import casejourney.api.events.ConferenceOutcomeRecordedEvent;
import casejourney.api.events.DisputeAnswerExtendedEvent;
import casejourney.api.events.DisputeAnsweredEvent;
import casejourney.api.events.DisputeRaisedEvent;
import casejourney.api.events.MeetingCancelledEvent;
import casejourney.api.events.MeetingRescheduledEvent;
import casejourney.api.events.ParticipantExcludedEvent;
import casejourney.api.events.ParticipantExclusionWithdrawnEvent;
import casejourney.api.events.PlanVersionPublishedEvent;
import casejourney.api.events.ReportRedactedEvent;
import casejourney.api.events.WelshTextAddedEvent;
import casejourney.api.plan.Expectation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The worker- and chair-written text a Welsh version can be added to later ({@link WelshText}): for
 * each, the English as it stands now and the Welsh it has, if any. Only the text that stands is
 * kept: a meeting moved again, a new answer or a new plan version replaces the one before, so Welsh
 * written for older words no longer finds them.
 *
 * <p>Text whose English cannot be read (none was given, or its key was destroyed at the end of
 * retention) is not kept: there is nothing to translate.
 */
final class WrittenTexts {

  /** Where one text is, with {@code personId} and {@code reportId} null where the kind has none. */
  record Target(WelshText kind, String ref, String personId, String reportId) {

    static Target of(WelshText kind, String ref) {
      return new Target(kind, ref, null, null);
    }
  }

  /**
   * @param welsh null while there is none
   */
  record Text(String english, String welsh) {}

  private final Map<Target, Text> byTarget = new HashMap<>();
  private final Set<String> disputeIds = new HashSet<>();

  Optional<Text> find(Target target) {
    return Optional.ofNullable(byTarget.get(target));
  }

  boolean hasDispute(String disputeId) {
    return disputeIds.contains(disputeId);
  }

  private void put(Target target, String english, String welsh) {
    if (english == null || english.isBlank()) {
      byTarget.remove(target);
    } else {
      byTarget.put(target, new Text(english, welsh == null || welsh.isBlank() ? null : welsh));
    }
  }

  private void put(Target target, BilingualText text) {
    put(target, text == null ? null : text.en(), text == null ? null : text.cy());
  }

  /** Plan text belongs to the current version: the previous version's goes, Welsh and all. */
  @EventSourcingHandler
  void on(PlanVersionPublishedEvent event) {
    byTarget.keySet().removeIf(t -> t.kind().isPlanText());
    if (event.content() != null && event.content().expectations() != null) {
      for (Expectation e : event.content().expectations()) {
        String id = e.expectationId();
        put(Target.of(WelshText.PLAN_EXPECTATION, id), e.what(), e.whatCy());
        put(Target.of(WelshText.PLAN_HOW_WE_KNOW, id), e.howWeKnow(), e.howWeKnowCy());
        put(Target.of(WelshText.PLAN_SUPPORT, id), e.support(), e.supportCy());
        put(Target.of(WelshText.PLAN_CONSEQUENCE, id), e.consequence(), e.consequenceCy());
      }
    }
    if (event.reasonsByExpectationId() != null) {
      event
          .reasonsByExpectationId()
          .forEach((id, reason) -> put(Target.of(WelshText.PLAN_CHANGE_REASON, id), reason));
    }
  }

  @EventSourcingHandler
  void on(MeetingRescheduledEvent event) {
    put(Target.of(WelshText.MEETING_MOVED_REASON, event.meetingId()), event.reason());
  }

  @EventSourcingHandler
  void on(MeetingCancelledEvent event) {
    put(Target.of(WelshText.MEETING_CANCELLED_REASON, event.meetingId()), event.reason());
  }

  @EventSourcingHandler
  void on(ConferenceOutcomeRecordedEvent event) {
    put(Target.of(WelshText.OUTCOME_REASONS, event.meetingId()), event.reasons());
  }

  @EventSourcingHandler
  void on(ChairRespondedToViewsEvent event) {
    put(
        new Target(WelshText.CHAIR_RESPONSE, event.meetingId(), event.youngPersonId(), null),
        event.response());
  }

  @EventSourcingHandler
  void on(ParticipantExcludedEvent event) {
    put(
        new Target(WelshText.EXCLUSION_REASON, event.meetingId(), event.personId(), null),
        event.reason());
  }

  /** Once withdrawn, the exclusion no longer stands, and neither does its reason. */
  @EventSourcingHandler
  void on(ParticipantExclusionWithdrawnEvent event) {
    byTarget.remove(
        new Target(WelshText.EXCLUSION_REASON, event.meetingId(), event.personId(), null));
  }

  @EventSourcingHandler
  void on(ReportRedactedEvent event) {
    put(
        new Target(
            WelshText.REDACTION_REASON, event.meetingId(), event.personId(), event.reportId()),
        event.reason());
  }

  @EventSourcingHandler
  void on(DisputeRaisedEvent event) {
    disputeIds.add(event.disputeId());
  }

  @EventSourcingHandler
  void on(DisputeAnswerExtendedEvent event) {
    put(Target.of(WelshText.DISPUTE_EXTENSION_REASON, event.disputeId()), event.reason());
  }

  @EventSourcingHandler
  void on(DisputeAnsweredEvent event) {
    put(Target.of(WelshText.DISPUTE_ANSWER, event.disputeId()), event.explanation());
  }

  @EventSourcingHandler
  void on(CaseClosedEvent event) {
    put(Target.of(WelshText.CASE_CLOSED_REASON, event.caseId()), event.reason());
  }

  /** The Welsh replaces the one there was; the English stays as recorded. */
  @EventSourcingHandler
  void on(WelshTextAddedEvent event) {
    Target target = new Target(event.kind(), event.ref(), event.personId(), event.reportId());
    String welsh = event.welsh() == null || event.welsh().isBlank() ? null : event.welsh();
    byTarget.computeIfPresent(target, (t, text) -> new Text(text.english(), welsh));
  }
}
