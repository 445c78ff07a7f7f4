package casejourney.portal.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.springframework.web.server.ServerWebExchange;

/**
 * What every signed-in page says about its session: the time it ends if the person does nothing,
 * and, for the script, how many seconds until then and until the warning (WCAG 2.2.1).
 *
 * @param endsAt local time in the UK, to the minute
 * @param secondsLeft seconds until the session ends
 * @param warnAfterSeconds seconds until the warning dialog opens
 */
public record SessionNotice(LocalTime endsAt, long secondsLeft, long warnAfterSeconds) {

  static final ZoneId UK = ZoneId.of("Europe/London");

  /** The notice for this request, or null when nobody is signed in. */
  public static SessionNotice of(ServerWebExchange exchange, Duration warningBefore) {
    Instant endsAt = exchange.getAttribute(SessionLimits.IDLE_ENDS_AT);
    if (endsAt == null) {
      return null;
    }
    long left = Math.max(0, Duration.between(Instant.now(), endsAt).getSeconds());
    return new SessionNotice(
        endsAt.atZone(UK).toLocalTime().truncatedTo(ChronoUnit.MINUTES),
        left,
        Math.max(0, left - warningBefore.getSeconds()));
  }
}
