package casejourney.caseservice.domain;

import casejourney.api.FamilyMember;
import casejourney.api.FamilyRole;
import casejourney.api.StaffMember;
import casejourney.api.commands.OpenCaseCommand;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The input rules for opening a case: who the child, family and worker are. */
final class CaseOpening {

  private CaseOpening() {}

  static void validate(OpenCaseCommand command, TextLimits limits) {
    Validation input = new Validation(limits);
    input.id("caseId", command.caseId(), "the case's id");
    input.required("nation", command.nation(), "choose England or Wales");
    FamilyMember child = command.child();
    input.required("child", child, "enter the child the case is about");
    Set<String> personIds = new HashSet<>();
    if (child != null) {
      person(input, "child", child, personIds);
      input.check(
          child.role() == null
              || child.role() == FamilyRole.YOUNG_PERSON
              || child.role() == FamilyRole.CHILD,
          "child.role",
          "choose young person (8 to 17) or child");
    }
    List<FamilyMember> members = command.familyMembers();
    input.list("familyMembers", members, false, "family member");
    if (members != null) {
      for (int i = 0; i < members.size(); i++) {
        String field = "familyMembers[" + i + "]";
        FamilyMember member = members.get(i);
        input.required(field, member, "enter the family member or remove the empty entry");
        if (member != null) {
          person(input, field, member, personIds);
          input.check(
              member.role() == null
                  || member.role() == FamilyRole.PARENT
                  || member.role() == FamilyRole.CARER,
              field + ".role",
              "choose parent or carer: the child is recorded separately");
        }
      }
    }
    staff(input, "allocatedWorker", command.allocatedWorker(), "the allocated social worker");
    input.throwIfInvalid();
  }

  static void staff(Validation input, String field, StaffMember staff, String what) {
    input.required(field, staff, "enter " + what);
    if (staff != null) {
      input.id(field + ".subject", staff.subject(), "the sign-in id of " + what);
      input.name(field + ".name", staff.name(), true, "the name of " + what);
    }
  }

  private static void person(
      Validation input, String field, FamilyMember person, Set<String> seenIds) {
    input.id(field + ".personId", person.personId(), "their person id");
    input.check(
        person.personId() == null || seenIds.add(person.personId()),
        field + ".personId",
        "each person needs their own id: \"" + person.personId() + "\" is used twice");
    input.name(field + ".name", person.name(), true, "their name");
    input.required(field + ".role", person.role(), "choose their part in the case");
    input.required(field + ".language", person.language(), "choose English or Welsh");
    input.optionalId(field + ".subject", person.subject(), "their sign-in id");
  }
}
