package casejourney.caseservice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The write side: validates commands in aggregates, stores events in PostgreSQL, publishes them.
 */
@SpringBootApplication
public class CaseServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(CaseServiceApplication.class, args);
  }
}
