package casejourney.caseservice.domain;

import casejourney.api.ActorRole;
import casejourney.api.FamilyMember;
import casejourney.api.FamilyRole;
import casejourney.api.StaffMember;

/** DOMAIN.md "Who may see what", for acting: each action belongs to one person on the case. */
final class Permissions {

  private static final String FIELD = "actor";

  private Permissions() {}

  static void role(Actor actor, ActorRole role, String action) {
    if (!role.name().equals(actor.role())) {
      throw new NotPermittedException(FIELD, "only " + describe(role) + " can " + action);
    }
  }

  static void opener(Actor actor, StaffMember allocatedWorker) {
    role(actor, ActorRole.WORKER, "open a case");
    if (allocatedWorker == null || !same(actor, allocatedWorker.subject())) {
      throw new NotPermittedException(FIELD, "you can only open a case that is allocated to you");
    }
  }

  static void allocatedWorker(Actor actor, CaseRecord record, String action) {
    role(actor, ActorRole.WORKER, action);
    if (!same(actor, record.worker().subject())) {
      throw new NotPermittedException(
          FIELD, "only the social worker allocated to this case can " + action);
    }
  }

  /**
   * The allocated worker, or a conference chair. A chair may act only on a meeting they chair,
   * which the caller checks with {@link #chairOf} once it knows the meeting.
   */
  static void allocatedWorkerOrChair(Actor actor, CaseRecord record, String action) {
    if (ActorRole.CHAIR.name().equals(actor.role())) {
      return;
    }
    if (!ActorRole.WORKER.name().equals(actor.role()) || !same(actor, record.worker().subject())) {
      throw new NotPermittedException(
          FIELD,
          "only the social worker allocated to this case, or the chair of the meeting, can "
              + action);
    }
  }

  static void chairOf(Actor actor, Meeting meeting, String action) {
    role(actor, ActorRole.CHAIR, action);
    if (!same(actor, meeting.chair().subject())) {
      throw new NotPermittedException(FIELD, "only the chair of this meeting can " + action);
    }
  }

  /** The parent or carer who is acting; their person id goes on the event. */
  static FamilyMember parent(Actor actor, CaseRecord record, String action) {
    role(actor, ActorRole.PARENT, action);
    return record.family().stream()
        .filter(m -> m.role() == FamilyRole.PARENT || m.role() == FamilyRole.CARER)
        .filter(m -> same(actor, m.subject()))
        .findFirst()
        .orElseThrow(
            () ->
                new NotPermittedException(
                    FIELD, "only a parent or carer on this case can " + action));
  }

  static FamilyMember youngPerson(Actor actor, CaseRecord record, String action) {
    role(actor, ActorRole.YOUNG_PERSON, action);
    FamilyMember child = record.child();
    if (child.role() != FamilyRole.YOUNG_PERSON || !same(actor, child.subject())) {
      throw new NotPermittedException(
          FIELD, "only the young person this case is about can " + action);
    }
    return child;
  }

  /** A parent, carer or the young person on this case, acting for themselves. */
  static FamilyMember familyMember(Actor actor, CaseRecord record, String action) {
    if (ActorRole.YOUNG_PERSON.name().equals(actor.role())) {
      return youngPerson(actor, record, action);
    }
    if (ActorRole.PARENT.name().equals(actor.role())) {
      return parent(actor, record, action);
    }
    throw new NotPermittedException(
        FIELD, "only a parent, a carer or the young person on this case can " + action);
  }

  private static boolean same(Actor actor, String subject) {
    return actor.subject() != null && actor.subject().equals(subject);
  }

  private static String describe(ActorRole role) {
    return switch (role) {
      case WORKER -> "a social worker";
      case CHAIR -> "a conference chair";
      case PARENT -> "a parent or carer";
      case YOUNG_PERSON -> "the young person";
      case SYSTEM -> "Case Journey itself";
    };
  }
}
