package gapwatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's shape, kept true by the build: data flows crawl → article → claims → store →
 * report | review | export; no stage depends on a later one; only cli touches the process (stdout,
 * stderr, exit) or reads configuration files.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importMain() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("gapwatch");
  }

  private static void stageDependsOnlyOnEarlier(String stage, String... later) {
    noClasses()
        .that()
        .resideInAPackage("gapwatch." + stage + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(later)
        .because(stage + " may use only the stages before it")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void crawlDependsOnNoLaterStage() {
    stageDependsOnlyOnEarlier(
        "crawl",
        "gapwatch.article..",
        "gapwatch.claims..",
        "gapwatch.store..",
        "gapwatch.report..",
        "gapwatch.review..",
        "gapwatch.export..",
        "gapwatch.cli..");
  }

  @Test
  void articleDependsOnNoLaterStage() {
    stageDependsOnlyOnEarlier(
        "article",
        "gapwatch.claims..",
        "gapwatch.store..",
        "gapwatch.report..",
        "gapwatch.review..",
        "gapwatch.export..",
        "gapwatch.cli..");
  }

  @Test
  void claimsDependOnNoLaterStage() {
    stageDependsOnlyOnEarlier(
        "claims",
        "gapwatch.store..",
        "gapwatch.report..",
        "gapwatch.review..",
        "gapwatch.export..",
        "gapwatch.cli..");
  }

  @Test
  void storeDependsOnNoLaterStage() {
    stageDependsOnlyOnEarlier(
        "store", "gapwatch.report..", "gapwatch.review..", "gapwatch.export..", "gapwatch.cli..");
  }

  @Test
  void useStagesDoNotDependOnTheCli() {
    stageDependsOnlyOnEarlier("report", "gapwatch.cli..", "gapwatch.review..", "gapwatch.export..");
    stageDependsOnlyOnEarlier("export", "gapwatch.cli..", "gapwatch.review..");
    stageDependsOnlyOnEarlier("review", "gapwatch.cli..", "gapwatch.export..");
  }

  @Test
  void packagesHaveNoCycles() {
    SlicesRuleDefinition.slices()
        .matching("gapwatch.(*)..")
        .should()
        .beFreeOfCycles()
        .check(classes);
  }

  @Test
  void onlyTheCliTouchesTheProcess() {
    noClasses()
        .that()
        .resideOutsideOfPackage("gapwatch.cli..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(System.class, "exit", int.class)
        .orShould()
        .callMethod(Runtime.class, "exit", int.class)
        .because("stages report through return values, loggers and injected writers")
        .check(classes);
  }

  @Test
  void onlyTheCliReadsConfiguration() {
    noClasses()
        .that()
        .resideOutsideOfPackage("gapwatch.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson.dataformat.yaml..", "picocli..")
        .because("settings are loaded and validated once, in cli")
        .check(classes);
  }
}
