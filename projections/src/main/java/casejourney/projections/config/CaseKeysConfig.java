package casejourney.projections.config;

import casejourney.api.personal.JdbcCaseKeys;
import casejourney.api.personal.KeyDatabase;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The case keys the events' personal fields are sealed with (docs/adr/0011), read from
 * case-service's PostgreSQL. This service only reads them. The pool belongs to the key store and is
 * kept out of the application context on purpose: a {@code DataSource} bean would make Axon's
 * auto-configuration build a JDBC event store here.
 */
@Configuration(proxyBeanMethods = false)
class CaseKeysConfig {

  /** Read-only, through a pool of two connections. */
  @Bean
  KeyDatabase keyDatabase(
      @Value("${casejourney.keys.jdbc-url}") String url,
      @Value("${casejourney.keys.username}") String username,
      @Value("${casejourney.keys.password}") String password) {
    return new KeyDatabase(url, username, password, 2, true);
  }

  /**
   * Keys are remembered for {@code remember}: a key destroyed at the end of retention stops opening
   * data here within that time. By then the case's {@code CaseRecordErasedEvent} has removed its
   * read models.
   */
  @Bean
  JdbcCaseKeys caseKeys(
      KeyDatabase keyDatabase,
      @Value("${casejourney.keys.remember:PT5M}") Duration remember,
      @Value("${casejourney.keys.remember-cases:100000}") int rememberCases) {
    return JdbcCaseKeys.open(keyDatabase, remember, rememberCases, Clock.systemUTC());
  }
}
