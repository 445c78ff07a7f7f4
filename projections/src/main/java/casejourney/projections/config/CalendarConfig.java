package casejourney.projections.config;

import casejourney.api.calendar.StatutoryClock;
import casejourney.api.calendar.StatutoryTimescales;
import casejourney.api.calendar.WorkingDayCalendar;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The same calendar and timescales as case-service, so a clock started on the write side falls due
 * on the same day on the read side.
 */
@Configuration(proxyBeanMethods = false)
public class CalendarConfig {

  @Bean
  WorkingDayCalendar workingDayCalendar() {
    return WorkingDayCalendar.englandAndWales(List.of());
  }

  @Bean
  StatutoryClock statutoryClock(WorkingDayCalendar calendar) {
    return new StatutoryClock(calendar, StatutoryTimescales.defaults());
  }
}
