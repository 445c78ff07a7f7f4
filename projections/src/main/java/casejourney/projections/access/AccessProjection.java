package casejourney.projections.access;

import casejourney.api.FamilyMember;
import casejourney.api.FamilyRole;
import casejourney.api.events.CaseOpenedEvent;
import casejourney.api.events.CaseRecordErasedEvent;
import casejourney.api.events.MeetingScheduledEvent;
import casejourney.api.events.WorkerChangedEvent;
import casejourney.api.views.AccessView;
import casejourney.api.views.AccessView.CaseAccess;
import casejourney.api.views.Audience;
import casejourney.projections.ProcessingGroups;
import casejourney.projections.erasure.ErasedCases;
import casejourney.projections.store.Prefetching;
import casejourney.projections.store.ViewStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link AccessView}: who may see which case, in which role. Family members without a sign-in
 * subject get no grant; a replaced worker's grant is kept but made inactive, so the record shows
 * they once had access.
 */
@Component
@ProcessingGroup(ProcessingGroups.ACCESS)
public class AccessProjection implements Prefetching {

  private final ViewStore store;
  private final ErasedCases erased;

  public AccessProjection(ViewStore store) {
    this.store = store;
    this.erased = new ErasedCases(store, ProcessingGroups.ACCESS);
  }

  /**
   * Grants are kept by person, not by case, and nothing here records who was granted a case, so the
   * grants are found by searching: erasure is rare, and a list kept per case would have to be
   * rebuilt by a replay before it could be trusted for cases opened before it existed.
   */
  @EventHandler
  public void on(CaseRecordErasedEvent event, @SequenceNumber long sequence) {
    String caseId = event.caseId();
    for (String subject : store.idsWhere(AccessView.COLLECTION, "cases.caseId", caseId)) {
      store
          .find(AccessView.COLLECTION, subject, AccessView.class)
          .ifPresent(
              view -> {
                List<CaseAccess> kept =
                    view.cases().stream().filter(c -> !c.caseId().equals(caseId)).toList();
                if (kept.isEmpty()) {
                  store.delete(AccessView.COLLECTION, subject);
                } else if (kept.size() < view.cases().size()) {
                  store.save(AccessView.COLLECTION, subject, new AccessView(subject, kept));
                }
              });
    }
    erased.record(event, sequence);
  }

  @EventHandler
  public void on(CaseOpenedEvent event, @SequenceNumber long sequence) {
    if (erased.erased(event.caseId())) {
      return;
    }
    for (FamilyMember member : familyOf(event)) {
      Audience role =
          member.role() == FamilyRole.YOUNG_PERSON ? Audience.YOUNG_PERSON : Audience.PARENT;
      if (member.subject() != null && member.role() != FamilyRole.CHILD) {
        grant(member.subject(), event.caseId(), role, member.personId(), null, true, sequence);
      }
    }
    grant(
        event.allocatedWorker().subject(),
        event.caseId(),
        Audience.WORKER,
        null,
        null,
        true,
        sequence);
  }

  @EventHandler
  public void on(WorkerChangedEvent event, @SequenceNumber long sequence) {
    if (erased.erased(event.caseId())) {
      return;
    }
    if (event.previousWorker() != null) {
      grant(
          event.previousWorker().subject(),
          event.caseId(),
          Audience.WORKER,
          null,
          null,
          false,
          sequence);
    }
    grant(event.newWorker().subject(), event.caseId(), Audience.WORKER, null, null, true, sequence);
  }

  @EventHandler
  public void on(MeetingScheduledEvent event, @SequenceNumber long sequence) {
    if (event.chair() != null && !erased.erased(event.caseId())) {
      grant(
          event.chair().subject(),
          event.caseId(),
          Audience.CHAIR,
          null,
          event.meetingId(),
          true,
          sequence);
    }
  }

  @Override
  public void prefetch(List<Object> events) {
    Set<String> subjects = new LinkedHashSet<>();
    // No document here is kept by case, so any case a grant is made for may be one erased.
    Set<String> granting = new LinkedHashSet<>();
    for (Object event : events) {
      if (event instanceof CaseOpenedEvent opened) {
        familyOf(opened).stream()
            .map(FamilyMember::subject)
            .filter(s -> s != null)
            .forEach(subjects::add);
        subjects.add(opened.allocatedWorker().subject());
        granting.add(opened.caseId());
      } else if (event instanceof WorkerChangedEvent changed) {
        subjects.add(changed.newWorker().subject());
        if (changed.previousWorker() != null) {
          subjects.add(changed.previousWorker().subject());
        }
        granting.add(changed.caseId());
      } else if (event instanceof MeetingScheduledEvent scheduled && scheduled.chair() != null) {
        subjects.add(scheduled.chair().subject());
        granting.add(scheduled.caseId());
      }
    }
    store.prefetch(AccessView.COLLECTION, subjects);
    erased.prefetch(granting);
  }

  @ResetHandler
  public void reset() {
    store.clear(AccessView.COLLECTION);
    erased.clear();
  }

  private static List<FamilyMember> familyOf(CaseOpenedEvent event) {
    List<FamilyMember> all = new ArrayList<>();
    all.add(event.child());
    all.addAll(event.familyMembers());
    return all;
  }

  private void grant(
      String subject,
      String caseId,
      Audience role,
      String personId,
      String meetingId,
      boolean active,
      long sequence) {
    AccessView view =
        store
            .find(AccessView.COLLECTION, subject, AccessView.class)
            .orElseGet(() -> new AccessView(subject, List.of()));
    List<CaseAccess> cases = new ArrayList<>(view.cases());
    int index = indexOf(cases, caseId, role);
    CaseAccess existing = index < 0 ? null : cases.get(index);
    if (existing != null && existing.lastSequence() >= sequence) {
      return;
    }
    List<String> meetings = new ArrayList<>(existing == null ? List.of() : existing.meetingIds());
    if (meetingId != null && !meetings.contains(meetingId)) {
      meetings.add(meetingId);
    }
    CaseAccess updated =
        new CaseAccess(caseId, role, personId, List.copyOf(meetings), active, sequence);
    if (index < 0) {
      cases.add(updated);
    } else {
      cases.set(index, updated);
    }
    store.save(AccessView.COLLECTION, subject, new AccessView(subject, List.copyOf(cases)));
  }

  private static int indexOf(List<CaseAccess> cases, String caseId, Audience role) {
    for (int i = 0; i < cases.size(); i++) {
      if (cases.get(i).caseId().equals(caseId) && cases.get(i).role() == role) {
        return i;
      }
    }
    return -1;
  }
}
