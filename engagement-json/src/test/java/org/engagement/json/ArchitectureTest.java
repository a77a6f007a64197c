package org.engagement.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

/**
 * Rules of this module's structure: no package cycles, the format below the Jackson adapters and
 * the facade and outside the API, and no logging of record data.
 */
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

  /** The format itself: one codec per type, and the reading and writing machinery under it. */
  private static final String[] FORMAT = {"Codec", "Collections2", "Constraints", "DatasetCodec",
      "DocumentStream", "Format", "ObjectBinding", "ReadContext", "RecordLocations", "Reports",
      "Results", "Scalars", "SchemaContext", "Schemas", "Scorecards", "Slots", "WriteContext"};

  @Test
  void noPackageCycles_inTheModule() {
    // Every package of the module is a slice; a cycle between any two fails, including one
    // through a package added later.
    slices().matching("org.engagement.(**)").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void theFormat_doesNotDependOnTheJacksonAdaptersOrTheFacade() {
    noClasses().that(nameIn(FORMAT))
        .should().dependOnClassesThat().haveSimpleName("CodecSerializer")
        .orShould().dependOnClassesThat().haveSimpleName("CodecDeserializer")
        .orShould().dependOnClassesThat().haveSimpleName("EngagementModule")
        .orShould().dependOnClassesThat().haveSimpleName("EngagementJson")
        .check(MAIN);
  }

  @Test
  void theAdapters_dependOnlyOnTheFormat() {
    noClasses().that().haveSimpleName("CodecSerializer").or().haveSimpleName("CodecDeserializer")
        .should().dependOnClassesThat().haveSimpleName("EngagementJson")
        .check(MAIN);
  }

  @Test
  void theFormat_isNotPartOfTheApi() {
    classes().that(nameIn(FORMAT)).and().areTopLevelClasses().should().notBePublic().check(MAIN);
  }

  private static DescribedPredicate<JavaClass> nameIn(String... names) {
    java.util.Set<String> set = java.util.Set.of(names);
    // Nested and anonymous classes belong to their top-level class.
    return DescribedPredicate.describe("a class of the format", c -> set.contains(
        c.getName().replaceFirst("\\$.*", "").substring("org.engagement.json.".length())));
  }
}
