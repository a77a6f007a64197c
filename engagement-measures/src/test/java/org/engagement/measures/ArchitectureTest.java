package org.engagement.measures;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module's dependency rules. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.engagement.measures");

  @Test
  void classesAreImported() {
    // Guards the rules below against passing on an empty import.
    org.assertj.core.api.Assertions.assertThat(CLASSES.contain(Measure.class)).isTrue();
    org.assertj.core.api.Assertions.assertThat(CLASSES.contain(org.engagement.measures.stats.Spearman.class))
        .isTrue();
  }

  @Test
  void stats_dependOnlyOnTheJdkCommonsStatisticsAndAnnotations() {
    classes()
        .that().resideInAPackage("org.engagement.measures.stats..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..", "org.apache.commons.statistics..", "org.immutables..", "org.jspecify..",
            "org.engagement.core.internal..", "org.engagement.measures.stats..")
        .check(CLASSES);
  }

  @Test
  void packages_areFreeOfCycles() {
    slices().matching("org.engagement.measures.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void api_doesNotDependOnTheMeasuresOrTheirMachinery() {
    noClasses()
        .that().resideInAPackage("org.engagement.measures")
        .should().dependOnClassesThat()
        .resideInAnyPackage("org.engagement.measures.outcome..", "org.engagement.measures.internal..")
        .check(CLASSES);
  }

  @Test
  void noJsonBindingInTheMeasures() {
    noClasses()
        .should().dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
        .check(CLASSES);
  }
}
