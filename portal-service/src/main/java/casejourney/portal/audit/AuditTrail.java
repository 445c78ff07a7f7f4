package casejourney.portal.audit;

import reactor.core.publisher.Mono;

/**
 * Where staff views of a case are recorded. Append-only: there is no way to change an entry, and
 * each entry is sealed to the one before it, so a change made outside the portal shows.
 */
public interface AuditTrail {

  /**
   * Records that {@code subject} viewed {@code what} of case {@code caseId}.
   *
   * @param what the page or API route, without personal data
   */
  Mono<Void> viewed(String subject, String what, String caseId);

  /** Every view of this case on record, checked against its seals. */
  Mono<AuditReport> report(String caseId);
}
