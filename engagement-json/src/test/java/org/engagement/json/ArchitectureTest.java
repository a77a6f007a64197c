package org.engagement.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

/** Rules of this module's structure: internals below the API, and no logging of record data. */
class ArchitectureTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.engagement.json");

  @Test
  void moduleDescriptor_exportsOnlyTheApi() {
    Module module = EngagementJson.class.getModule();

    org.assertj.core.api.Assertions.assertThat(module.getName()).isEqualTo("org.engagement.json");
    org.assertj.core.api.Assertions.assertThat(module.getDescriptor().exports())
        .extracting(ModuleDescriptor.Exports::source).containsExactly("org.engagement.json");
    org.assertj.core.api.Assertions.assertThat(module.getDescriptor().provides())
        .extracting(ModuleDescriptor.Provides::service)
        .containsExactly("tools.jackson.databind.JacksonModule");
  }

  @Test
  void nothingPrintsOrLogs_soRecordContentNeverReachesALog() {
    noClasses().should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().dependOnClassesThat().resideInAnyPackage("java.util.logging..",
            "org.slf4j..", "java.lang.System$Logger")
        .check(MAIN);
  }

  @Test
  void theFormat_doesNotDependOnTheJacksonAdaptersOrTheFacade() {
    noClasses().that().resideInAPackage("org.engagement.json.bind..")
        .should().dependOnClassesThat().resideInAnyPackage("org.engagement.json.ser..",
            "org.engagement.json.deser..")
        .orShould().dependOnClassesThat().haveSimpleName("EngagementJson")
        .check(MAIN);
  }

  @Test
  void theAdapters_dependOnlyOnTheFormat() {
    noClasses().that().resideInAnyPackage("org.engagement.json.ser..",
            "org.engagement.json.deser..")
        .should().dependOnClassesThat().haveSimpleName("EngagementJson")
        .check(MAIN);
  }
}
