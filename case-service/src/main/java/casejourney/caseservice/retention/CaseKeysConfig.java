package casejourney.caseservice.retention;

import casejourney.api.personal.JdbcCaseKeys;
import casejourney.api.personal.KeyDatabase;
import java.time.Clock;
import java.time.Duration;
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

  /**
   * Same database as the events by default; {@code casejourney.keys.*} can move the keys to
   * another.
   */
  @Bean
  KeyDatabase keyDatabase(
      @Value("${casejourney.keys.jdbc-url:${spring.datasource.url}}") String url,
      @Value("${casejourney.keys.username:${spring.datasource.username}}") String username,
      @Value("${casejourney.keys.password:${spring.datasource.password}}") String password,
      @Value("${casejourney.keys.pool-size:4}") int poolSize) {
    return new KeyDatabase(url, username, password, poolSize, false);
  }

  /**
   * A pool of its own, not the service's: keys are made and read while a command's transaction
   * holds a connection from the main pool (JdbcCaseKeys).
   */
  @Bean
  JdbcCaseKeys caseKeys(
      KeyDatabase keyDatabase,
      @Value("${casejourney.keys.remember-cases:100000}") int rememberCases,
      Clock clock) {
    return JdbcCaseKeys.open(keyDatabase, Duration.ofDays(365), rememberCases, clock);
  }
}
