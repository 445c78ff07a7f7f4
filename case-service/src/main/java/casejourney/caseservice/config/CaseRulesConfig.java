package casejourney.caseservice.config;

import casejourney.api.calendar.WorkingDayCalendar;
import casejourney.caseservice.domain.CaseRules;
import casejourney.caseservice.domain.TextLimits;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock and the authority's rules, as beans so Axon can hand them to command handlers and tests
 * can replace the clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthorityProperties.class)
class CaseRulesConfig {

  @Bean
  Clock clock(AuthorityProperties authority) {
    return Clock.system(authority.zone());
  }

  @Bean
  CaseRules caseRules(Clock clock, AuthorityProperties authority) {
    return new CaseRules(
        clock,
        WorkingDayCalendar.englandAndWales(authority.closureDays()),
        authority.statutoryTimescales(),
        TextLimits.defaults());
  }
}
