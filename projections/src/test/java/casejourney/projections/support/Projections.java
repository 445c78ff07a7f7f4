package casejourney.projections.support;

import casejourney.api.calendar.StatutoryClock;
import casejourney.api.calendar.StatutoryTimescales;
import casejourney.api.calendar.WorkingDayCalendar;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/** Shared fixtures for projection tests. */
public final class Projections {

  public static final String CASE = "case-demo";
  public static final StatutoryClock RULES =
      new StatutoryClock(
          WorkingDayCalendar.englandAndWales(List.of()), StatutoryTimescales.defaults());

  private Projections() {}

  /** The first {@code count} events of the demo journey. */
  public static List<DomainEventMessage<?>> first(int count) {
    return DemoJourney.messages(CASE).subList(0, count);
  }

  public static List<DomainEventMessage<?>> journey() {
    return DemoJourney.messages(CASE);
  }

  /** The journey followed by {@code more} events, numbered after it. */
  public static List<DomainEventMessage<?>> journeyThen(Object... more) {
    List<DomainEventMessage<?>> all = new java.util.ArrayList<>(journey());
    for (Object event : more) {
      all.add(DemoJourney.message(CASE, all.size(), event));
    }
    return all;
  }
}
