package casejourney.caseservice.config;

import casejourney.api.calendar.AuthoritySettings;
import casejourney.caseservice.domain.CaseRules;
import casejourney.caseservice.domain.TextLimits;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The clock and the authority's rules, as beans so Axon can hand them to command handlers and tests
 * can replace the clock.
 */
@Configuration(proxyBeanMethods = false)
class CaseRulesConfig {

  /** The same settings the projections and the portal read, from {@code casejourney.authority}. */
  @Bean
  AuthoritySettings authority(Environment environment) {
    return Binder.get(environment)
        .bind(AuthoritySettings.PREFIX, AuthoritySettings.class)
        .orElseGet(AuthoritySettings::defaults);
  }

  @Bean
  Clock clock(AuthoritySettings authority) {
    return Clock.system(authority.zone());
  }

  @Bean
  CaseRules caseRules(
      Clock clock,
      AuthoritySettings authority,
      @Value("${casejourney.retention.years:" + CaseRules.DEFAULT_RETENTION_YEARS + "}")
          int retentionYears) {
    return new CaseRules(
        clock,
        authority.calendar(),
        authority.statutoryTimescales(),
        TextLimits.defaults(),
        retentionYears);
  }
}
