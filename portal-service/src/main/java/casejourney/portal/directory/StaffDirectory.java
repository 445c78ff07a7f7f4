package casejourney.portal.directory;

import casejourney.api.StaffMember;
import casejourney.api.views.Audience;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * The social workers and chairs a worker can hand a case to or ask to chair a meeting: everyone on
 * staff who has signed in to the portal, with the name and roles their identity provider gave at
 * their latest sign-in (docs/adr/0013). A sign-in id typed by hand could name nobody: a case handed
 * to a typing mistake leaves every caseload, and a meeting chaired by one has no chair.
 */
public interface StaffDirectory {

  /**
   * Records a sign-in. Only staff roles are kept; anyone else (a parent, a young person) is not
   * recorded, and someone who no longer has a staff role leaves the lists.
   */
  Mono<Void> signedIn(String subject, String name, Collection<String> roles);

  /** Everyone with {@code role} who has signed in recently enough to be offered, by name. */
  Mono<List<StaffMember>> withRole(Audience role);

  /** The member of {@code people} with this sign-in id. */
  static Optional<StaffMember> find(List<StaffMember> people, String subject) {
    if (subject == null) {
      return Optional.empty();
    }
    String wanted = subject.strip();
    return people.stream().filter(p -> p.subject().equals(wanted)).findFirst();
  }
}
