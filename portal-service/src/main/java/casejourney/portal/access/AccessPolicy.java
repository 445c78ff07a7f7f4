package casejourney.portal.access;

import casejourney.api.views.AccessView;
import casejourney.api.views.AccessView.CaseAccess;
import casejourney.api.views.Audience;
import casejourney.portal.audit.AuditTrail;
import casejourney.portal.readmodel.ReadModels;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The one place that decides who sees which case (DOMAIN.md, "Who may see what"). Every page and
 * API call asks it first. Two things must agree: the role in the person's token and a grant in
 * their {@code access} document; anything else is {@link CaseNotFound}.
 *
 * <p>Staff reads are audited here, so a controller cannot forget to.
 */
@Component
public class AccessPolicy {

  /** The roles that see a case as staff: its allocated worker and the chairs of its meetings. */
  private static final Set<Audience> STAFF = Set.of(Audience.WORKER, Audience.CHAIR);

  private final ReadModels readModels;
  private final AuditTrail audit;

  public AccessPolicy(ReadModels readModels, AuditTrail audit) {
    this.readModels = readModels;
    this.audit = audit;
  }

  /** The case of a parent/carer ({@code PARENT}) or young person ({@code YOUNG_PERSON}). */
  public Mono<FamilyAccess> family(Authentication user, Audience role) {
    if (user == null || !hasRole(user, role) || !isFamily(role)) {
      return Mono.error(CaseNotFound::new);
    }
    return grants(user)
        .flatMap(
            access ->
                Mono.justOrEmpty(
                    access.cases().stream()
                        .filter(g -> g.active() && g.role() == role && g.personId() != null)
                        .findFirst()))
        .map(g -> new FamilyAccess(user.getName(), g.caseId(), g.personId(), role))
        .switchIfEmpty(Mono.error(CaseNotFound::new));
  }

  /** The family grant of whichever family role this person has, if any; never an error. */
  public Mono<FamilyAccess> anyFamily(Authentication user) {
    if (user == null) {
      return Mono.empty();
    }
    Audience role = hasRole(user, Audience.YOUNG_PERSON) ? Audience.YOUNG_PERSON : Audience.PARENT;
    return family(user, role).onErrorResume(CaseNotFound.class, e -> Mono.empty());
  }

  /**
   * A worker allocated to the case, or a chair of one of its meetings; the read is audited.
   *
   * @param what the page or route being viewed, for the audit log (no personal data)
   */
  public Mono<StaffAccess> staff(Authentication user, String caseId, String what) {
    return audited(user, what, caseId, staffGrant(user, caseId, STAFF));
  }

  /**
   * The worker allocated to the case; the read is audited. The role is checked before auditing, so
   * a chair of the case trying a worker's page leaves no "viewed" entry for a view that never
   * happened.
   */
  public Mono<StaffAccess> worker(Authentication user, String caseId, String what) {
    return audited(user, what, caseId, staffGrant(user, caseId, Set.of(Audience.WORKER)));
  }

  /** The chair of this meeting on this case; the read is audited. */
  public Mono<StaffAccess> chairOf(
      Authentication user, String caseId, String meetingId, String what) {
    return audited(
        user,
        what,
        caseId,
        staffGrant(user, caseId, Set.of(Audience.CHAIR))
            .filter(g -> g.meetingIds().contains(meetingId))
            .switchIfEmpty(Mono.error(CaseNotFound::new)));
  }

  private Mono<StaffAccess> audited(
      Authentication user, String what, String caseId, Mono<CaseAccess> grant) {
    return grant.flatMap(
        g -> audit.viewed(user.getName(), what, caseId).thenReturn(toStaff(user, g)));
  }

  /** This person's active grant on the case in one of {@code roles}, matched by their token. */
  private Mono<CaseAccess> staffGrant(Authentication user, String caseId, Set<Audience> roles) {
    if (user == null || caseId == null) {
      return Mono.error(CaseNotFound::new);
    }
    return grants(user)
        .flatMap(access -> Mono.justOrEmpty(staffGrant(user, access, caseId, roles)))
        .switchIfEmpty(Mono.error(CaseNotFound::new));
  }

  private static Optional<CaseAccess> staffGrant(
      Authentication user, AccessView access, String caseId, Set<Audience> roles) {
    return access.cases().stream()
        .filter(g -> g.active() && caseId.equals(g.caseId()))
        .filter(g -> roles.contains(g.role()))
        .filter(g -> hasRole(user, g.role()))
        .findFirst();
  }

  private Mono<AccessView> grants(Authentication user) {
    return readModels
        .access(user.getName())
        .filter(access -> access.cases() != null && user.getName().equals(access.subject()));
  }

  private static StaffAccess toStaff(Authentication user, CaseAccess grant) {
    return new StaffAccess(
        user.getName(),
        grant.caseId(),
        grant.role(),
        grant.meetingIds() == null ? java.util.List.of() : grant.meetingIds());
  }

  private static boolean isFamily(Audience role) {
    return role == Audience.PARENT || role == Audience.YOUNG_PERSON;
  }

  /** True when the token carries the role matching this audience. */
  public static boolean hasRole(Authentication user, Audience role) {
    return roles(user.getAuthorities()).contains("ROLE_" + role.name());
  }

  private static Set<String> roles(Collection<? extends GrantedAuthority> authorities) {
    return authorities.stream()
        .map(GrantedAuthority::getAuthority)
        .collect(java.util.stream.Collectors.toSet());
  }
}
