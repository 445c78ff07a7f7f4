package casejourney.caseservice.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain stays plain Java plus Axon, so its rules can be read and tested on their own. */
@AnalyzeClasses(
    packages = "casejourney.caseservice.domain",
    importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

  @ArchTest
  static final ArchRule domain_is_free_of_infrastructure =
      noClasses()
          .that()
          .resideInAPackage("casejourney.caseservice.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "java.sql..",
              "com.mongodb..",
              "org.apache.kafka..",
              "jakarta.persistence..");

  @ArchTest
  static final ArchRule domain_reads_no_system_clock_or_random_ids =
      noClasses()
          .that()
          .resideInAPackage("casejourney.caseservice.domain..")
          .should()
          .callMethod(java.time.Instant.class, "now")
          .orShould()
          .callMethod(java.time.LocalDate.class, "now")
          .orShould()
          .callMethod(java.time.LocalDateTime.class, "now")
          .orShould()
          .callMethod(java.util.UUID.class, "randomUUID");
}
