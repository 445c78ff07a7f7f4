package casejourney.projections.config;

import casejourney.api.calendar.AuthoritySettings;
import casejourney.api.calendar.StatutoryClock;
import casejourney.api.calendar.WorkingDayCalendar;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The same calendar and timescales as case-service, read from the same {@code
 * casejourney.authority} settings, so a clock started on the write side falls due on the same day
 * on the read side, closure days included.
 */
@Configuration(proxyBeanMethods = false)
public class CalendarConfig {

  @Bean
  AuthoritySettings authority(Environment environment) {
    return Binder.get(environment)
        .bind(AuthoritySettings.PREFIX, AuthoritySettings.class)
        .orElseGet(AuthoritySettings::defaults);
  }

  @Bean
  WorkingDayCalendar workingDayCalendar(AuthoritySettings authority) {
    return authority.calendar();
  }

  @Bean
  StatutoryClock statutoryClock(AuthoritySettings authority) {
    return authority.statutoryClock();
  }
}
