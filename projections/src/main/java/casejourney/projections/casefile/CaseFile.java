package casejourney.projections.casefile;

import casejourney.api.BilingualText;
import casejourney.api.FamilyMember;
import casejourney.api.Nation;
import casejourney.api.StaffMember;
import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.MeetingView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The facts of one case, folded from its events. Mutable so that each event is a few assignments;
 * {@link #toView()} freezes it into the {@link CaseOverviewView} contract. Other projections that
 * need to know who is on the case keep their own copy, so each can be replayed alone.
 */
public final class CaseFile {
  String caseId;
  Nation nation;
  FamilyMember child;
  final List<FamilyMember> familyMembers = new ArrayList<>();
  StaffMember worker;
  final List<StaffMember> previousWorkers = new ArrayList<>();
  boolean open;
  BilingualText closedReason;
  Instant openedAt;
  Instant closedAt;
  LocalDate strategyDiscussionOn;
  final List<MeetingFile> meetings = new ArrayList<>();
  final List<CaseOverviewView.PlanSummary> plans = new ArrayList<>();
  final List<CaseOverviewView.Dispute> disputes = new ArrayList<>();
  long lastSequence = -1;

  CaseFile() {}

  /** An empty file for a case not seen yet. */
  public static CaseFile empty(String caseId) {
    CaseFile file = new CaseFile();
    file.caseId = caseId;
    return file;
  }

  public static CaseFile from(CaseOverviewView view) {
    CaseFile file = new CaseFile();
    file.caseId = view.caseId();
    file.nation = view.nation();
    file.child = view.child();
    file.familyMembers.addAll(view.familyMembers());
    file.worker = view.worker();
    file.previousWorkers.addAll(view.previousWorkers());
    file.open = view.open();
    file.closedReason = view.closedReason();
    file.openedAt = view.openedAt();
    file.closedAt = view.closedAt();
    file.strategyDiscussionOn = view.strategyDiscussionOn();
    view.meetings().forEach(m -> file.meetings.add(MeetingFile.from(m)));
    file.plans.addAll(view.plans());
    file.disputes.addAll(view.disputesOrNone());
    file.lastSequence = view.lastSequence();
    return file;
  }

  public CaseOverviewView toView() {
    return new CaseOverviewView(
        caseId,
        nation,
        child,
        List.copyOf(familyMembers),
        worker,
        List.copyOf(previousWorkers),
        open,
        closedReason,
        openedAt,
        closedAt,
        strategyDiscussionOn,
        meetings.stream().map(MeetingFile::toView).toList(),
        List.copyOf(plans),
        List.copyOf(disputes),
        lastSequence);
  }

  /** Applies one event; false when it was already applied (redelivery). */
  public boolean apply(Object event, long sequence) {
    if (sequence <= lastSequence) {
      return false;
    }
    CaseFileFold.apply(this, event);
    lastSequence = sequence;
    return true;
  }

  public long lastSequence() {
    return lastSequence;
  }

  public String caseId() {
    return caseId;
  }

  public Nation nation() {
    return nation;
  }

  public FamilyMember child() {
    return child;
  }

  public List<FamilyMember> familyMembers() {
    return familyMembers;
  }

  public StaffMember worker() {
    return worker;
  }

  public boolean open() {
    return open;
  }

  public Optional<MeetingView> meeting(String meetingId) {
    return meetings.stream()
        .filter(m -> m.meetingId.equals(meetingId))
        .findFirst()
        .map(MeetingFile::toView);
  }

  public List<MeetingView> meetings() {
    return meetings.stream().map(MeetingFile::toView).toList();
  }

  public List<CaseOverviewView.PlanSummary> plans() {
    return plans;
  }

  /** What the family said is wrong, oldest first, each with its latest answer. */
  public List<CaseOverviewView.Dispute> disputes() {
    return disputes;
  }

  public Optional<CaseOverviewView.Dispute> dispute(String disputeId) {
    return disputes.stream().filter(d -> d.disputeId().equals(disputeId)).findFirst();
  }

  /** Everyone in the family the case is about, the child first. */
  public List<FamilyMember> everyone() {
    List<FamilyMember> all = new ArrayList<>();
    if (child != null) {
      all.add(child);
    }
    all.addAll(familyMembers);
    return all;
  }

  public Optional<FamilyMember> person(String personId) {
    return everyone().stream().filter(p -> p.personId().equals(personId)).findFirst();
  }

  MeetingFile meetingFile(String meetingId) {
    return meetings.stream()
        .filter(m -> m.meetingId.equals(meetingId))
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("meeting " + meetingId + " not on case " + caseId));
  }
}
