package casejourney.caseservice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The write side: validates commands in aggregates, stores events in PostgreSQL, publishes them.
 */
@SpringBootApplication
public class CaseServiceApplication {

  public static void main(String[] args) {
    // Axon's update checker would call an outside host: not for a service holding children's data.
    if (System.getProperty("axoniq.update-checker.disabled") == null) {
      System.setProperty("axoniq.update-checker.disabled", "true");
    }
    SpringApplication.run(CaseServiceApplication.class, args);
  }
}
