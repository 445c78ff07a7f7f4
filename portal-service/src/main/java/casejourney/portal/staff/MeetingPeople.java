package casejourney.portal.staff;

import casejourney.api.views.MeetingView;
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
}
