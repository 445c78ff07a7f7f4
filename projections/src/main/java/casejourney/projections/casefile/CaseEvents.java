package casejourney.projections.casefile;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What every case event has in common, read without a switch over every event type. */
public final class CaseEvents {

  /** Dates derived from instants are the family's calendar dates. */
  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  private static final Map<Class<?>, Method> CASE_ID = new ConcurrentHashMap<>();

  private CaseEvents() {}

  /** The case id every event record carries as {@code caseId()}. */
  public static String caseId(Object event) {
    Method accessor =
        CASE_ID.computeIfAbsent(
            event.getClass(),
            type -> {
              try {
                return type.getMethod("caseId");
              } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(type.getName() + " is not a case event", e);
              }
            });
    try {
      return (String) accessor.invoke(event);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The distinct case ids of a batch of events, in order. */
  public static java.util.List<String> caseIds(java.util.List<Object> events) {
    return events.stream().map(CaseEvents::caseId).distinct().toList();
  }

  /** The calendar date of an instant, in the family's time zone. */
  public static LocalDate date(Instant instant) {
    return instant == null ? null : LocalDate.ofInstant(instant, ZONE);
  }
}
