package casejourney.caseservice.domain;

import casejourney.api.FamilyMember;
import casejourney.api.Nation;
import casejourney.api.StaffMember;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The case-wide facts every part of {@link CaseFile} reads: who the family and worker are, the
 * strategy discussion clock, and whether the case is closed. Written only by {@link CaseFile}'s
 * event sourcing handlers.
 */
final class CaseRecord {

  private Nation nation;
  private FamilyMember child;
  private List<FamilyMember> familyMembers = List.of();
  private StaffMember worker;
  private LocalDate strategyDiscussionHeldOn;
  private LocalDate initialConferenceDue;
  private boolean closed;
  private Instant closedAt;
  private boolean erased;

  void opened(Nation nation, FamilyMember child, List<FamilyMember> familyMembers, StaffMember w) {
    this.nation = nation;
    this.child = child;
    this.familyMembers = familyMembers == null ? List.of() : List.copyOf(familyMembers);
    this.worker = w;
  }

  void workerChanged(StaffMember newWorker) {
    this.worker = newWorker;
  }

  void strategyDiscussionHeld(LocalDate heldOn, LocalDate initialConferenceDue) {
    this.strategyDiscussionHeldOn = heldOn;
    this.initialConferenceDue = initialConferenceDue;
  }

  void closed(Instant at) {
    this.closed = true;
    this.closedAt = at;
  }

  void erased() {
    this.erased = true;
  }

  void requireOpen() {
    requireNotErased();
    if (closed) {
      throw new CaseRuleException("caseId", "This case is closed");
    }
  }

  /**
   * A closed case's record is kept for decades and can still be disputed and answered; an erased
   * one cannot.
   */
  void requireNotErased() {
    if (erased) {
      throw new CaseRuleException(
          "caseId", "This case's record was erased at the end of its retention period");
    }
  }

  boolean isClosed() {
    return closed;
  }

  boolean isErased() {
    return erased;
  }

  Instant closedAt() {
    return closedAt;
  }

  Nation nation() {
    return nation;
  }

  FamilyMember child() {
    return child;
  }

  StaffMember worker() {
    return worker;
  }

  LocalDate strategyDiscussionHeldOn() {
    return strategyDiscussionHeldOn;
  }

  LocalDate initialConferenceDue() {
    return initialConferenceDue;
  }

  /** The child and every other family member recorded on the case. */
  List<FamilyMember> family() {
    List<FamilyMember> all = new ArrayList<>();
    all.add(child);
    all.addAll(familyMembers);
    return all;
  }

  Optional<FamilyMember> member(String personId) {
    return family().stream().filter(m -> m.personId().equals(personId)).findFirst();
  }
}
