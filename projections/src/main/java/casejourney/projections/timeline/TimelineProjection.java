package casejourney.projections.timeline;

import casejourney.api.events.CaseOpenedEvent;
import casejourney.api.events.CaseRecordErasedEvent;
import casejourney.api.events.WelshTextAddedEvent;
import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.TimelineView;
import casejourney.projections.ProcessingGroups;
import casejourney.projections.casefile.CaseEvents;
import casejourney.projections.casefile.CaseFile;
import casejourney.projections.erasure.ErasedCases;
import casejourney.projections.store.Amendment;
import casejourney.projections.store.Prefetching;
import casejourney.projections.store.ViewStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * Keeps one {@link TimelineView} per family member, one for the worker and one for chairs. It keeps
 * its own copy of the case's facts (collection {@code timeline_cases}) to know who may see what.
 */
@Component
@ProcessingGroup(ProcessingGroups.TIMELINES)
public class TimelineProjection implements Prefetching {

  static final String CASES = "timeline_cases";

  private final ViewStore store;
  private final TimelineText text;
  private final ErasedCases erased;

  public TimelineProjection(ViewStore store) {
    this.store = store;
    this.text = new TimelineText();
    this.erased = new ErasedCases(store, ProcessingGroups.TIMELINES);
  }

  @EventHandler
  public void on(
      Object event,
      @SequenceNumber long sequence,
      @MessageIdentifier String eventId,
      @Timestamp Instant at) {
    String caseId = CaseEvents.caseId(event);
    Optional<CaseOverviewView> known = store.find(CASES, caseId, CaseOverviewView.class);
    if (known.isEmpty() && erased.erased(caseId)) {
      return;
    }
    CaseFile file = known.map(CaseFile::from).orElseGet(() -> CaseFile.empty(caseId));
    if (!file.apply(event, sequence)) {
      return;
    }
    List<Delivery> all;
    if (event instanceof WelshTextAddedEvent e) {
      all = WelshEntries.replacements(store, file, e, sequence);
    } else {
      Deliveries deliveries = new Deliveries(text, file, known.orElse(null), eventId, at);
      if (!CaseEntries.write(deliveries, event)) {
        MeetingEntries.write(deliveries, event);
      }
      all = deliveries.all();
    }
    for (Delivery delivery : all) {
      deliver(delivery, sequence);
    }
    store.save(CASES, caseId, file.toView());
  }

  /**
   * Every timeline of the case, then its case file: the file is how a redelivered erasure finds the
   * family's timelines, so the batch must write it after them.
   */
  @EventHandler
  public void on(CaseRecordErasedEvent event, @SequenceNumber long sequence) {
    String caseId = event.caseId();
    timelineIds(caseId).forEach(id -> store.delete(TimelineView.COLLECTION, id));
    store.delete(CASES, caseId);
    erased.record(event, sequence);
  }

  /** The case files first, then every timeline those cases (and new ones) can write to. */
  @Override
  public void prefetch(List<Object> events) {
    List<String> caseIds = CaseEvents.caseIds(events);
    store.prefetch(CASES, caseIds);
    Set<String> ids = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String caseId : caseIds) {
      ids.addAll(timelineIds(caseId));
      if (store.find(CASES, caseId, CaseOverviewView.class).isEmpty()) {
        unknown.add(caseId);
      }
    }
    erased.prefetch(unknown);
    for (Object event : events) {
      if (event instanceof CaseOpenedEvent opened) {
        ids.add(TimelineView.familyId(opened.caseId(), opened.child().personId()));
        opened
            .familyMembers()
            .forEach(p -> ids.add(TimelineView.familyId(opened.caseId(), p.personId())));
      }
    }
    store.prefetchSequences(TimelineView.COLLECTION, ids);
  }

  @ResetHandler
  public void reset() {
    store.clear(TimelineView.COLLECTION);
    store.clear(CASES);
    erased.clear();
  }

  /** The worker's, the chair's and each family member's timeline of a case this group knows. */
  private List<String> timelineIds(String caseId) {
    List<String> ids = new ArrayList<>();
    ids.add(TimelineView.workerId(caseId));
    ids.add(TimelineView.chairId(caseId));
    store
        .find(CASES, caseId, CaseOverviewView.class)
        .map(CaseFile::from)
        .ifPresent(
            f -> f.everyone().forEach(p -> ids.add(TimelineView.familyId(caseId, p.personId()))));
    return ids;
  }

  /**
   * Adds the entry to (or removes a contribution's entries from) the timeline without reading or
   * rewriting the rest of it: a timeline grows with its case, and a whole rewrite for every event
   * made a replay's cost grow with the square of a case's length (ADR 0007, tenth pass).
   */
  private void deliver(Delivery delivery, long sequence) {
    Target target = delivery.target();
    if (store.lastSequence(TimelineView.COLLECTION, target.id()) >= sequence) {
      return;
    }
    TimelineView created =
        new TimelineView(
            target.id(), target.caseId(), target.audience(), target.personId(), List.of(), -1);
    Amendment change =
        delivery.replaces()
            ? new Amendment.Replace(delivery.entry().entryId(), delivery.entry())
            : delivery.entry() != null
                ? new Amendment.Prepend(delivery.entry())
                : new Amendment.RemoveLinked("contributionId", delivery.removeContributionId());
    store.amend(TimelineView.COLLECTION, target.id(), created, change, sequence);
  }
}
