package casejourney.projections;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The read side: turns case events from Kafka into MongoDB read models. */
@SpringBootApplication
public class ProjectionsApplication {

  public static void main(String[] args) {
    SpringApplication.run(ProjectionsApplication.class, args);
  }
}
