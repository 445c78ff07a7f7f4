package casejourney.caseservice.retention;

import casejourney.api.personal.JdbcCaseKeys;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The case keys (docs/adr/0011) live beside the events in PostgreSQL. This service is the only one
 * that makes or destroys them, so it may remember them for as long as it likes: it forgets a key
 * the moment it destroys it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CaseKeysConfig {

  @Bean
  JdbcCaseKeys caseKeys(
      DataSource dataSource,
      Clock clock,
      @Value("${casejourney.keys.remember-cases:100000}") int rememberCases) {
    return new JdbcCaseKeys(dataSource, Duration.ofDays(365), rememberCases, clock);
  }
}
