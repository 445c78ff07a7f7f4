package casejourney.portal.audit;

import casejourney.portal.access.CaseNotFound;
import casejourney.portal.readmodel.ReadModels;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Who has looked at a case, for the council's operators (docs/adr/0017). Staff cannot read it: a
 * worker who looked where they should not have must not be able to see what was recorded, or learn
 * from it when they would be noticed.
 */
@RestController
@RequestMapping(path = "/api/operator", produces = "application/json")
@Tag(name = "Operator")
class AuditTrailApiController {

  static final String OPERATOR = "ROLE_OPERATOR";

  private final AuditTrail audit;
  private final ReadModels readModels;

  AuditTrailApiController(AuditTrail audit, ReadModels readModels) {
    this.audit = audit;
    this.readModels = readModels;
  }

  @Operation(
      summary =
          "Every staff view of a case on record, oldest first (who, what, when), and whether the"
              + " record is whole: intact is false, with the first problem, if an entry was"
              + " removed, changed or moved since it was written (OPERATOR role). This read is"
              + " recorded too")
  @GetMapping("/cases/{caseId}/audit")
  Mono<AuditReport> caseAudit(Authentication user, @PathVariable String caseId) {
    if (user == null
        || user.getAuthorities().stream().noneMatch(a -> OPERATOR.equals(a.getAuthority()))) {
      return Mono.error(
          new ResponseStatusException(
              HttpStatus.FORBIDDEN, "Only an operator can read a case's audit trail."));
    }
    // A case erased at the end of retention has no read model, but its audit trail stays.
    return readModels
        .caseOverview(caseId)
        .hasElement()
        .flatMap(known -> known ? Mono.just(true) : audit.report(caseId).map(r -> onRecord(r)))
        .flatMap(
            known ->
                known
                    ? audit.viewed(user.getName(), "audit-trail", caseId).then(audit.report(caseId))
                    : Mono.error(CaseNotFound::new));
  }

  private static boolean onRecord(AuditReport report) {
    return !report.views().isEmpty() || report.problem() != null;
  }
}
