package casejourney.caseservice.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock tests can move, so a meeting can be scheduled ahead and then held. */
final class MutableClock extends Clock {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  private volatile Instant now;

  MutableClock(LocalDateTime start) {
    set(start);
  }

  void set(LocalDateTime localTime) {
    now = localTime.atZone(LONDON).toInstant();
  }

  @Override
  public ZoneId getZone() {
    return LONDON;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
