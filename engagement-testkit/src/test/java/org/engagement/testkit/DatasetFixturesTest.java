package org.engagement.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class DatasetFixturesTest {

  static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  /** The way a consumer uses it: every fixture of the folder is a test, and they all pass. */
  @TestFactory
  Stream<DynamicTest> fixtures() {
    return DatasetFixtures.from(FIXTURES);
  }

  @Test
  void oneTestPerFixtureFile_inNameOrder() {
    assertThat(DatasetFixtures.from(FIXTURES).map(DynamicTest::getDisplayName).toList())
        .containsExactly(
            "invalid-area-level-order-borough-under-ward.json",
            "invalid-missing-property-area-name.json",
            "invalid-syntax-error-missing-comma.json",
            "invalid-unknown-reference-input-activity.json",
            "valid-minimal.json");
  }

  @Test
  void expectedCode_takesTheLongestCodeThatFits() {
    assertThat(DatasetFixtures.expectedCode("invalid-unknown-reference-x.json"))
        .contains("UNKNOWN_REFERENCE");
    assertThat(DatasetFixtures.expectedCode("invalid-unknown-property-x.json"))
        .contains("UNKNOWN_PROPERTY");
    assertThat(DatasetFixtures.expectedCode("invalid-date-order.json")).contains("DATE_ORDER");
    assertThat(DatasetFixtures.expectedCode("invalid-nonsense-x.json")).isEmpty();
    assertThat(DatasetFixtures.expectedCode("valid-x.json")).isEmpty();
  }

  @Test
  void wrongCode_failsNamingTheErrorsFound(@TempDir Path dir) throws IOException {
    copy("invalid-unknown-reference-input-activity.json", dir,
        "invalid-date-order-mislabelled.json");
    assertThatThrownBy(only(dir))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("an ERROR DATE_ORDER but it gives 1 error")
        .hasMessageContaining("UNKNOWN_REFERENCE /inputs/0/activity");
  }

  @Test
  void invalidValidFixture_failsNamingTheErrors(@TempDir Path dir) throws IOException {
    copy("invalid-unknown-reference-input-activity.json", dir, "valid-not-really.json");
    assertThatThrownBy(only(dir))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("valid-not-really.json to read without problems")
        .hasMessageContaining("UNKNOWN_REFERENCE /inputs/0/activity");
    copy("invalid-syntax-error-missing-comma.json", dir, "valid-not-really.json");
    assertThatThrownBy(only(dir))
        .isInstanceOf(AssertionError.class).hasMessageContaining("SYNTAX_ERROR");
  }

  @Test
  void wrongPlaceInExpectedErrors_fails(@TempDir Path dir) throws IOException {
    copy("invalid-unknown-reference-input-activity.json", dir,
        "invalid-unknown-reference-x.json");
    Files.writeString(dir.resolve(DatasetFixtures.EXPECTED_ERRORS),
        "invalid-unknown-reference-x.json = UNKNOWN_REFERENCE \"/inputs/0/area\" 6:5\n");
    assertThatThrownBy(only(dir))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("UNKNOWN_REFERENCE \"/inputs/0/area\" 6:5 (expected-errors.txt)")
        .hasMessageContaining("but it is UNKNOWN_REFERENCE \"/inputs/0/activity\" 6:5");
  }

  @Test
  void unknownCodeInName_andStrayExpectation_fail(@TempDir Path dir) throws IOException {
    copy("valid-minimal.json", dir, "invalid-nonsense.json");
    Files.writeString(dir.resolve(DatasetFixtures.EXPECTED_ERRORS),
        "invalid-gone.json = SYNTAX_ERROR \"\" 1:1\n");
    List<DynamicTest> tests = DatasetFixtures.from(dir).toList();
    assertThat(tests).hasSize(2);
    assertThatThrownBy(tests.get(0).getExecutable()::execute)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("does not start with invalid-<code>-");
    assertThatThrownBy(tests.get(1).getExecutable()::execute)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("names files that are not in")
        .hasMessageContaining("invalid-gone.json");
  }

  private static void copy(String fixture, Path dir, String as) throws IOException {
    Files.copy(FIXTURES.resolve(fixture), dir.resolve(as),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static org.assertj.core.api.ThrowableAssert.ThrowingCallable only(Path dir) {
    List<DynamicTest> tests = DatasetFixtures.from(dir).toList();
    assertThat(tests).hasSize(1);
    Executable executable = tests.get(0).getExecutable();
    return executable::execute;
  }
}
