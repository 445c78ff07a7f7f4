package casejourney.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The portal speaks to case-service over HTTP and reads views; it never links to their code. */
@AnalyzeClasses(
    packages = "casejourney.portal",
    importOptions = ImportOption.DoNotIncludeTests.class)
class PortalArchitectureTest {

  @ArchTest
  static final ArchRule portal_imports_neither_case_service_nor_projections =
      noClasses()
          .that()
          .resideInAPackage("casejourney.portal..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("casejourney.caseservice..", "casejourney.projections..");

  @ArchTest
  static final ArchRule only_the_access_package_reads_access_documents_directly =
      noClasses()
          .that()
          .resideInAnyPackage(
              "casejourney.portal.family..",
              "casejourney.portal.youngperson..",
              "casejourney.portal.api..")
          .should()
          .dependOnClassesThat()
          .haveSimpleName("AccessView");
}
