package casejourney.portal.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the portal that are not Spring's own.
 *
 * @param caseServiceUrl where commands go
 * @param session session limits beyond the idle timeout ({@code server.reactive.session.timeout})
 * @param quickExitUrl the neutral site the quick-exit control leaves for
 * @param auditDatabase the portal's own database: the staff audit trail and the staff directory,
 *     which nothing rebuilds, kept apart from the read models
 * @param staffDirectoryWindow staff who have not signed in for this long are no longer offered for
 *     a case or a meeting: someone who has left the council stops signing in
 */
@ConfigurationProperties("portal")
public record PortalProperties(
    @DefaultValue("http://localhost:8081") String caseServiceUrl,
    @DefaultValue Session session,
    @DefaultValue("https://www.bbc.co.uk/weather") String quickExitUrl,
    @DefaultValue("casejourney_audit") String auditDatabase,
    @DefaultValue("180d") Duration staffDirectoryWindow) {

  /**
   * @param absoluteTimeout a session ends this long after sign-in, however active
   * @param warningBefore how long before the idle timeout the page warns
   */
  public record Session(
      @DefaultValue("8h") Duration absoluteTimeout, @DefaultValue("2m") Duration warningBefore) {}
}
