package casejourney.portal.staff;

import casejourney.api.FamilyMember;
import casejourney.api.FamilyRole;
import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.MeetingView;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Names people in a meeting's records for the staff templates ({@code @people}): an exclusion holds
 * only the person id, and the invitation holds the name as the family is addressed.
 */
@Component("people")
public class MeetingPeople {

  /** The invited person's name, or their id if they were never invited. */
  public String name(MeetingView meeting, String personId) {
    if (meeting.invitations() == null) {
      return personId;
    }
    return meeting.invitations().stream()
        .filter(i -> i.participantId().equals(personId))
        .map(MeetingView.Invitation::name)
        .findFirst()
        .orElse(personId);
  }

  /**
   * Parents and carers on the case not invited to the meeting, by name. Not inviting someone
   * records no decision and no reason, unlike leaving them out (docs/adr/0014), so the case page
   * asks about each.
   */
  public List<String> notInvited(CaseOverviewView overview, MeetingView meeting) {
    Set<String> invited = new HashSet<>();
    if (meeting.invitations() != null) {
      meeting.invitations().forEach(i -> invited.add(i.participantId()));
    }
    return overview.familyMembers().stream()
        .filter(p -> p.role() == FamilyRole.PARENT || p.role() == FamilyRole.CARER)
        .filter(p -> !invited.contains(p.personId()))
        .map(FamilyMember::name)
        .toList();
  }

  /** What was held back from a copy of the report, among the redactions given; null if nothing. */
  public MeetingView.Redaction heldBack(List<MeetingView.Redaction> redactions, String reportId) {
    if (redactions == null) {
      return null;
    }
    return redactions.stream().filter(r -> r.reportId().equals(reportId)).findFirst().orElse(null);
  }

  /** The name of someone on the case, or their id if there is no one by it. */
  public String onCase(CaseOverviewView overview, String personId) {
    return nameOnCase(overview, personId);
  }

  static String nameOnCase(CaseOverviewView overview, String personId) {
    return overview.family().stream()
        .filter(p -> p.personId().equals(personId))
        .map(FamilyMember::name)
        .findFirst()
        .orElse(personId);
  }
}
