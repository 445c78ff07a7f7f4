package casejourney.portal.staff;

import casejourney.api.WelshText;
import casejourney.api.views.WorkerDashboardView.CaseloadItem;
import casejourney.api.views.WorkerDashboardView.MissingTranslation;
import casejourney.portal.access.CaseNotFound;
import casejourney.portal.access.StaffAccess;
import casejourney.portal.readmodel.ReadModels;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * Who may add the Welsh to one recorded text, and which "Welsh text to add" task it completes, for
 * the page and the JSON route alike (docs/adr/0018): the allocated worker, or for text belonging to
 * a meeting, that meeting's chair. Anyone else gets the same 404 as for any other case.
 */
@Component("welshTexts")
public class WelshTexts {

  static final String WHAT = "welsh-text";

  /** The kinds whose {@code ref} is a meeting: its chair may add their Welsh too. */
  static final Set<WelshText> MEETING_KINDS =
      EnumSet.of(
          WelshText.MEETING_MOVED_REASON,
          WelshText.MEETING_CANCELLED_REASON,
          WelshText.OUTCOME_REASONS,
          WelshText.CHAIR_RESPONSE,
          WelshText.EXCLUSION_REASON,
          WelshText.REDACTION_REASON);

  private final StaffCaseContext cases;
  private final ReadModels readModels;

  WelshTexts(StaffCaseContext cases, ReadModels readModels) {
    this.cases = cases;
    this.readModels = readModels;
  }

  /**
   * Which text, by the ids the dashboard task and the command carry.
   *
   * @param kind a {@link WelshText} name
   */
  record Target(WelshText kind, String ref, String personId, String reportId) {

    /**
     * The target those ids name, or empty when they cannot name one: an address or form changed by
     * hand is answered as a case that does not exist, rather than sent on.
     */
    static Optional<Target> of(String kind, String ref, String personId, String reportId) {
      Optional<WelshText> known =
          Arrays.stream(WelshText.values()).filter(k -> k.name().equals(kind)).findFirst();
      if (known.isEmpty() || !id(ref)) {
        return Optional.empty();
      }
      WelshText k = known.get();
      if (k.needsPerson() != id(personId) || k.needsReport() != id(reportId)) {
        return Optional.empty();
      }
      return Optional.of(
          new Target(k, ref, k.needsPerson() ? personId : null, k.needsReport() ? reportId : null));
    }

    private static boolean id(String value) {
      return value != null && !value.isBlank() && value.length() <= MeetingForms.ID;
    }

    boolean completes(MissingTranslation task) {
      return kind.name().equals(task.what())
          && ref.equals(task.ref())
          && Objects.equals(personId, task.personId())
          && Objects.equals(reportId, task.reportId());
    }
  }

  /**
   * The worker of the case, or for a meeting's text the chair of that meeting. The worker is asked
   * first: a chair's failed try at it leaves no "viewed" entry (see {@code AccessPolicy#worker}).
   */
  Mono<StaffAccess> access(Authentication user, String caseId, WelshText kind, String ref) {
    Mono<StaffAccess> worker = cases.worker(user, caseId, WHAT);
    if (kind == null || !MEETING_KINDS.contains(kind) || ref == null) {
      return worker;
    }
    return worker.onErrorResume(CaseNotFound.class, e -> cases.chair(user, caseId, ref, WHAT));
  }

  /**
   * The address of the page that completes a dashboard task, or null for a task written before
   * tasks named their person and report, which no command could find. Ids only: the English is
   * looked up again, never carried in the address.
   */
  public String href(String caseId, MissingTranslation task) {
    return Target.of(task.what(), task.ref(), task.personId(), task.reportId())
        .map(
            t ->
                UriComponentsBuilder.fromPath(WelshTextController.PATH)
                    .queryParam("kind", t.kind().name())
                    .queryParam("ref", t.ref())
                    .queryParamIfPresent("personId", Optional.ofNullable(t.personId()))
                    .queryParamIfPresent("reportId", Optional.ofNullable(t.reportId()))
                    .encode()
                    .buildAndExpand(caseId)
                    .toUriString())
        .orElse(null);
  }

  /** The task this target completes while the caseload still lists it, else empty. */
  Mono<Optional<MissingTranslation>> taskIfListed(String caseId, Target target) {
    return readModels
        .find(CaseloadItem.COLLECTION, caseId, CaseloadItem.class)
        .flatMap(
            item ->
                Mono.justOrEmpty(
                    item.missingTranslations() == null
                        ? Optional.empty()
                        : item.missingTranslations().stream()
                            .filter(target::completes)
                            .findFirst()))
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty());
  }
}
