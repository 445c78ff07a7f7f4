package casejourney.projections.plan;

import casejourney.api.BilingualText;
import casejourney.api.events.CaseRecordErasedEvent;
import casejourney.api.events.ConferenceOutcomeRecordedEvent;
import casejourney.api.events.ExpectationMetEvent;
import casejourney.api.events.MeetingRescheduledEvent;
import casejourney.api.events.MeetingScheduledEvent;
import casejourney.api.events.PlanAcknowledgedEvent;
import casejourney.api.events.PlanResponseRecordedEvent;
import casejourney.api.events.PlanVersionPublishedEvent;
import casejourney.api.events.WelshTextAddedEvent;
import casejourney.api.plan.PlanChange;
import casejourney.api.views.PlanHistoryView;
import casejourney.api.views.PlanHistoryView.Change;
import casejourney.api.views.PlanHistoryView.MeetingRef;
import casejourney.api.views.PlanHistoryView.PlanVersionView;
import casejourney.projections.ProcessingGroups;
import casejourney.projections.casefile.CaseEvents;
import casejourney.projections.erasure.ErasedCases;
import casejourney.projections.store.Prefetching;
import casejourney.projections.store.ViewStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link PlanHistoryView}: every plan version in full, with its goalpost changes as the write
 * side computed them (the same {@code PlanComparison}), their reasons, and where they were decided.
 */
@Component
@ProcessingGroup(ProcessingGroups.PLAN_HISTORIES)
public class PlanHistoryProjection implements Prefetching {

  private final ViewStore store;
  private final ErasedCases erased;

  public PlanHistoryProjection(ViewStore store) {
    this.store = store;
    this.erased = new ErasedCases(store, ProcessingGroups.PLAN_HISTORIES);
  }

  @EventHandler
  public void on(MeetingScheduledEvent e, @SequenceNumber long sequence) {
    update(
        e.caseId(),
        sequence,
        h -> withMeeting(h, new MeetingRef(e.meetingId(), e.type(), e.startsAt().toLocalDate())));
  }

  @EventHandler
  public void on(MeetingRescheduledEvent e, @SequenceNumber long sequence) {
    update(
        e.caseId(),
        sequence,
        h ->
            meeting(h, e.meetingId())
                .map(
                    m ->
                        withMeeting(
                            h, new MeetingRef(m.meetingId(), m.type(), e.startsAt().toLocalDate())))
                .orElse(h));
  }

  @EventHandler
  public void on(ConferenceOutcomeRecordedEvent e, @SequenceNumber long sequence) {
    update(
        e.caseId(),
        sequence,
        h ->
            meeting(h, e.meetingId())
                .map(m -> withMeeting(h, new MeetingRef(m.meetingId(), m.type(), e.heldOn())))
                .orElse(h));
  }

  @EventHandler
  public void on(PlanVersionPublishedEvent e, @SequenceNumber long sequence) {
    update(
        e.caseId(),
        sequence,
        h -> {
          Optional<MeetingRef> decidedAt =
              e.decidedAtMeetingId() == null
                  ? Optional.empty()
                  : meeting(h, e.decidedAtMeetingId());
          List<PlanVersionView> versions = new ArrayList<>(h.versions());
          versions.add(
              new PlanVersionView(
                  e.version(),
                  e.content(),
                  e.publishedBy(),
                  e.publishedAt(),
                  e.decidedAtMeetingId(),
                  decidedAt.map(MeetingRef::type).orElse(null),
                  decidedAt.map(MeetingRef::date).orElse(null),
                  e.decidedAtMeetingId() == null,
                  e.correctsVersion(),
                  changes(e.changes(), e.reasonsByExpectationId()),
                  List.of(),
                  List.of(),
                  List.of()));
          return new PlanHistoryView(
              h.caseId(), List.copyOf(versions), h.meetings(), h.lastSequence());
        });
  }

  @EventHandler
  public void on(PlanAcknowledgedEvent e, @SequenceNumber long sequence) {
    update(e.caseId(), sequence, h -> PlanVersions.acknowledge(h, e));
  }

  @EventHandler
  public void on(PlanResponseRecordedEvent e, @SequenceNumber long sequence) {
    update(e.caseId(), sequence, h -> PlanVersions.respond(h, e));
  }

  @EventHandler
  public void on(ExpectationMetEvent e, @SequenceNumber long sequence) {
    update(e.caseId(), sequence, h -> PlanVersions.met(h, e));
  }

  /** Welsh for the current version's text; other text is not in a plan history. */
  @EventHandler
  public void on(WelshTextAddedEvent e, @SequenceNumber long sequence) {
    // Welsh that can no longer be read, or for text this history does not hold (no plan yet, an
    // expectation the current version dropped), changes nothing, so nothing is written.
    Optional<PlanHistoryView> stored = find(e.caseId());
    if (stored.isEmpty() || sequence <= stored.get().lastSequence()) {
      return;
    }
    PlanHistoryView changed = PlanVersions.welsh(stored.get(), e);
    if (changed != stored.get()) {
      update(e.caseId(), sequence, h -> changed);
    }
  }

  @EventHandler
  public void on(CaseRecordErasedEvent e, @SequenceNumber long sequence) {
    store.delete(PlanHistoryView.COLLECTION, e.caseId());
    erased.record(e, sequence);
  }

  @Override
  public void prefetch(List<Object> events) {
    List<String> caseIds = CaseEvents.caseIds(events);
    store.prefetch(PlanHistoryView.COLLECTION, caseIds);
    erased.prefetch(caseIds.stream().filter(id -> find(id).isEmpty()).toList());
  }

  @ResetHandler
  public void reset() {
    store.clear(PlanHistoryView.COLLECTION);
    erased.clear();
  }

  static List<Change> changes(List<PlanChange> changes, Map<String, BilingualText> reasons) {
    return changes.stream()
        .map(
            c ->
                new Change(
                    c.expectationId(),
                    c.kind(),
                    c.flagged(),
                    c.before(),
                    c.after(),
                    reasons == null ? null : reasons.get(c.expectationId())))
        .toList();
  }

  private void update(String caseId, long sequence, UnaryOperator<PlanHistoryView> change) {
    Optional<PlanHistoryView> stored = find(caseId);
    if (stored.isEmpty() && erased.erased(caseId)) {
      return;
    }
    PlanHistoryView history =
        stored.orElseGet(() -> new PlanHistoryView(caseId, List.of(), List.of(), -1));
    if (sequence <= history.lastSequence()) {
      return;
    }
    PlanHistoryView changed = change.apply(history);
    store.save(
        PlanHistoryView.COLLECTION,
        caseId,
        new PlanHistoryView(caseId, changed.versions(), changed.meetings(), sequence));
  }

  private Optional<PlanHistoryView> find(String caseId) {
    return store.find(PlanHistoryView.COLLECTION, caseId, PlanHistoryView.class);
  }

  private static Optional<MeetingRef> meeting(PlanHistoryView h, String meetingId) {
    return h.meetings().stream().filter(m -> m.meetingId().equals(meetingId)).findFirst();
  }

  private static PlanHistoryView withMeeting(PlanHistoryView h, MeetingRef ref) {
    List<MeetingRef> meetings = new ArrayList<>(h.meetings());
    meetings.removeIf(m -> m.meetingId().equals(ref.meetingId()));
    meetings.add(ref);
    return new PlanHistoryView(h.caseId(), h.versions(), List.copyOf(meetings), h.lastSequence());
  }
}
