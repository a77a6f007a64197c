package org.engagement.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.engagement.core.internal.EngagementStyle;

/** The dependency rules of the core module, checked on its compiled main classes. */
@AnalyzeClasses(packages = "org.engagement.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule coreDoesNotDependOnJackson =
      noClasses().that().resideInAPackage("org.engagement.core..")
          .should().dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
          .because("JSON binding lives in engagement-json, through mix-ins");

  @ArchTest
  static final ArchRule coreDoesNotDependOnTheOtherModules =
      noClasses().that().resideInAPackage("org.engagement.core..")
          .should().dependOnClassesThat()
          .resideInAnyPackage("org.engagement.measures..", "org.engagement.json..")
          .because("the other modules depend on core, not the reverse");

  @ArchTest
  static final ArchRule modelDoesNotDependOnValidation =
      noClasses().that().resideInAPackage("org.engagement.core")
          .should().dependOnClassesThat().resideInAPackage("org.engagement.core.validation..")
          .because("validation depends on the model, not the reverse");

  @ArchTest
  static final ArchRule internalIsUsedByNoPublicType =
      noClasses().that().resideOutsideOfPackage("org.engagement.core.internal..")
          .and().doNotHaveSimpleName("package-info")
          .and().arePublic()
          .should().dependOnClassesThat().resideInAPackage("org.engagement.core.internal..")
          .because("the internal package is not API: package-info applies its style, and only"
              + " the validator's package-private rules use the checks they share with the"
              + " streamed validation");

  @ArchTest
  static final ArchRule styleIsAppliedToEveryDomainPackage =
      classes().that().haveSimpleName("package-info")
          .and().resideOutsideOfPackage("org.engagement.core.internal..")
          .should().beAnnotatedWith(EngagementStyle.class);

  @ArchTest
  static final ArchRule generatedImmutablesAreNotPublic =
      classes().that().haveSimpleNameStartingWith("Immutable").and().areTopLevelClasses()
          .should().notBePublic()
          .because("users build values through the abstract type's builder() and of(...)");
}
