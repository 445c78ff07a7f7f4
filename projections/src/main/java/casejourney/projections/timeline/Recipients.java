package casejourney.projections.timeline;

import casejourney.api.FamilyMember;
import casejourney.api.FamilyRole;
import casejourney.api.ParticipantKind;
import casejourney.api.views.Audience;
import casejourney.projections.casefile.CaseFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Who may see what (DOMAIN.md), as lists of timelines. */
final class Recipients {

  private Recipients() {}

  /** A family member's own timeline; a child too young for the portal has none. */
  static Optional<Target> person(CaseFile file, String personId) {
    return file.person(personId).flatMap(p -> of(file.caseId(), p));
  }

  static List<Target> parents(CaseFile file) {
    List<Target> targets = new ArrayList<>();
    for (FamilyMember member : file.familyMembers()) {
      of(file.caseId(), member)
          .filter(t -> t.audience() == Audience.PARENT)
          .ifPresent(targets::add);
    }
    return targets;
  }

  static Optional<Target> youngPerson(CaseFile file) {
    return file.child() == null ? Optional.empty() : of(file.caseId(), file.child());
  }

  /** Parents, carers and the young person. */
  static List<Target> family(CaseFile file) {
    List<Target> targets = new ArrayList<>(parents(file));
    youngPerson(file).ifPresent(targets::add);
    return targets;
  }

  /** Family members invited to the meeting: a parent sees the meetings they are invited to. */
  static List<Target> invited(CaseFile file, String meetingId) {
    List<Target> targets = new ArrayList<>();
    file.meeting(meetingId)
        .ifPresent(
            m ->
                m.invitations().stream()
                    .filter(i -> i.kind() == ParticipantKind.FAMILY_MEMBER)
                    .map(i -> person(file, i.participantId()))
                    .flatMap(Optional::stream)
                    .filter(t -> !targets.contains(t))
                    .forEach(targets::add));
    return targets;
  }

  static List<Target> staff(CaseFile file) {
    return List.of(Target.worker(file.caseId()), Target.chair(file.caseId()));
  }

  static List<Target> worker(CaseFile file) {
    return List.of(Target.worker(file.caseId()));
  }

  private static Optional<Target> of(String caseId, FamilyMember member) {
    if (member.role() == FamilyRole.CHILD) {
      return Optional.empty();
    }
    Audience audience =
        member.role() == FamilyRole.YOUNG_PERSON ? Audience.YOUNG_PERSON : Audience.PARENT;
    return Optional.of(Target.family(caseId, member.personId(), audience));
  }

  static List<Target> plus(List<Target> a, List<Target> b) {
    List<Target> all = new ArrayList<>(a);
    b.stream().filter(t -> !all.contains(t)).forEach(all::add);
    return all;
  }
}
