package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.engagement.core.DemographicScheme;
import org.engagement.core.DemographicCategory;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EngagementJsonTest {

  private final EngagementJson json = EngagementJson.standard();

  @Test
  void writeString_fullDataset_isTheGoldenCanonicalForm() {
    String written = json.writeString(Datasets.full());
    String golden = Fixtures.text("valid-full.json");
    if (!written.equals(golden)) {
      Fixtures.saveActual("valid-full.json", written);
    }
    assertThat(written).isEqualTo(golden);
  }

  @Test
  void readString_goldenFile_givesTheDatasetThatWroteIt() {
    ReadResult result = json.readString(Fixtures.text("valid-full.json"));

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset()).isEqualTo(Datasets.full());
  }

  @Test
  void fullDataset_setsEveryRecordType() {
    for (RecordType type : RecordType.values()) {
      assertThat(Datasets.full().count(type)).as(type.collection()).isPositive();
    }
  }

  @Test
  void writeString_minimalDataset_omitsEmptyArraysAndWritesTheDefaultScheme() {
    String written = json.writeString(Datasets.minimal());

    assertThat(written).startsWith("{\n  \"formatVersion\": \"1.0\",\n  \"scheme\": {\n");
    assertThat(written).contains("\"areas\": [\n    {\n      \"id\": \"E09000022\",\n");
    assertThat(written).doesNotContain("issueCategories").doesNotContain("[]")
        .doesNotContain("\r").endsWith("}\n");
    assertThat(json.readString(written).dataset()).isEqualTo(Datasets.minimal());
  }

  @Test
  void categoryNotCompared_isWrittenOnlyWhenFalse_andReadsBack() {
    String written = json.writeString(Datasets.minimal());
    // the default scheme marks the under-16 band, and only it (docs/spec/measures.md §1)
    assertThat(written.split("\"compared\"", -1)).hasSize(2);
    assertThat(written.replaceAll("\n\\s*", "")).contains("{\"code\": \"AGE_0_15\","
        + "\"label\": \"Aged 15 years and under\",\"compared\": false}");
    EngagementDataset read = json.readString(written).dataset();
    assertThat(read.scheme()).isEqualTo(DemographicScheme.defaultScheme());
    assertThat(read.scheme().dimension("AGE").orElseThrow().compares("AGE_0_15")).isFalse();
    assertThat(read.scheme().dimension("AGE").orElseThrow().compares("AGE_16_24")).isTrue();
  }

  @Test
  void categoryWithoutCompared_isCompared() {
    String doc = "{\"formatVersion\": \"1.0\", \"scheme\": {\"dimensions\": [{\"code\": \"AGE\","
        + " \"label\": \"Age\", \"categories\": [{\"code\": \"AGE_0_15\", \"label\": \"Under 16\"},"
        + " {\"code\": \"AGE_16_PLUS\", \"label\": \"16 and over\", \"compared\": false}]}]}}";
    DemographicScheme scheme = json.readString(doc).dataset().scheme();
    assertThat(scheme.dimension("AGE").orElseThrow().categories())
        .extracting(DemographicCategory::compared).containsExactly(true, false);
  }

  @Test
  void readString_documentWithoutScheme_hasTheDefaultScheme() {
    EngagementDataset read = json.readString("{\"formatVersion\": \"1.0\"}").dataset();

    assertThat(read).isEqualTo(EngagementDataset.empty());
  }

  @Test
  void readString_countsAddingUpBeyondALong_failsWithThePlace() {
    String doc = "{\"formatVersion\": \"1.0\", \"referencePopulations\": [{\"id\": \"P\","
        + " \"area\": \"E09000022\", \"year\": 2021, \"dimension\": \"AGE\","
        + " \"counts\": {\"AGE_0_15\": -1, \"AGE_16_24\": 9223372036854775807,"
        + " \"AGE_25_34\": 1}}]}";

    JsonReadException e =
        assertThrows(JsonReadException.class, () -> json.readString(doc).requireValid());

    assertThat(e.code()).isEqualTo("INVALID_VALUE");
    assertThat(e.pointer()).startsWith("/referencePopulations/0");
    assertThat(e.getMessage()).contains("must add up to at most 9223372036854775807");
  }

  @Test
  void writeString_sameDatasetTwice_givesTheSameText() {
    assertThat(json.writeString(Datasets.full())).isEqualTo(json.writeString(Datasets.full()));
  }

  @Test
  void writeString_indentOutputDisabled_writesOneLineThatReadsBack() {
    String compact = json.disable(JsonFeature.INDENT_OUTPUT).writeString(Datasets.full());

    assertThat(compact).doesNotContain("\n").startsWith("{\"formatVersion\":\"1.0\",");
    assertThat(json.readString(compact).dataset()).isEqualTo(Datasets.full());
  }

  @Test
  void write_pathStreamAndWriter_giveTheSameBytesAndReadBack(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("full.json");
    json.write(Datasets.full(), file);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    json.write(Datasets.full(), bytes);
    StringWriter chars = new StringWriter();
    json.write(Datasets.full(), chars);

    String expected = json.writeString(Datasets.full());
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(chars.toString()).isEqualTo(expected);
    assertThat(json.read(file).dataset()).isEqualTo(Datasets.full());
    assertThat(json.read(new ByteArrayInputStream(bytes.toByteArray())).dataset())
        .isEqualTo(Datasets.full());
    assertThat(json.read(new StringReader(expected)).dataset()).isEqualTo(Datasets.full());
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void write_pathOfARefusedDataset_leavesNeitherFileNorTemporaryFile(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("refused.json");
    EngagementDataset tooLong = EngagementDataset.builder().addAreas(org.engagement.core.Area
        .builder().id(org.engagement.core.AreaId.of("A")).name("n".repeat(1_000_001))
        .level(org.engagement.core.AreaLevel.WARD).build()).build();

    assertThrows(IllegalArgumentException.class, () -> json.write(tooLong, file));

    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void write_pathThatExists_isReplacedWhole(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("data.json");
    json.write(Datasets.full(), file);

    json.write(Datasets.minimal(), file);

    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(json.writeString(Datasets.minimal()));
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC, OS.FREEBSD, OS.OPENBSD, OS.SOLARIS, OS.AIX})
  void write_newFile_getsThePermissionsThatFilesNewOutputStreamGives(@TempDir Path dir)
      throws Exception {
    assumePosix(dir);
    Path plain = dir.resolve("plain.json");
    try (var out = Files.newOutputStream(plain)) {
      out.write('x');
    }
    Path file = dir.resolve("written.json");

    json.write(Datasets.minimal(), file);

    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rw-r-----", "rw----r--", "rw-rw-rw-", "rw-------"})
  @EnabledOnOs({OS.LINUX, OS.MAC, OS.FREEBSD, OS.OPENBSD, OS.SOLARIS, OS.AIX})
  void write_existingFile_keepsItsPermissions(String permissions, @TempDir Path dir)
      throws Exception {
    assumePosix(dir);
    Path file = dir.resolve("data.json");
    Files.writeString(file, "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));

    json.write(Datasets.minimal(), file);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo(permissions);
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(json.writeString(Datasets.minimal()));
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC, OS.FREEBSD, OS.OPENBSD, OS.SOLARIS, OS.AIX})
  void write_failing_leavesTheExistingFileAndItsPermissionsAndNoTemporaryFile(
      @TempDir Path dir) throws Exception {
    assumePosix(dir);
    Path file = dir.resolve("data.json");
    json.write(Datasets.full(), file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    byte[] before = Files.readAllBytes(file);
    EngagementDataset tooLong = EngagementDataset.builder().addAreas(org.engagement.core.Area
        .builder().id(org.engagement.core.AreaId.of("A")).name("n".repeat(1_000_001))
        .level(org.engagement.core.AreaLevel.WARD).build()).build();

    assertThrows(IllegalArgumentException.class, () -> json.write(tooLong, file));

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void write_intoAMissingDirectory_throwsAndCreatesNothing(@TempDir Path dir) {
    Path file = dir.resolve("missing").resolve("data.json");

    assertThrows(java.io.UncheckedIOException.class, () -> json.write(Datasets.minimal(), file));

    assertThat(dir.resolve("missing")).doesNotExist();
  }

  private static void assumePosix(Path dir) throws java.io.IOException {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class),
        "the file store has POSIX permissions");
  }

  @Test
  void read_missingFile_throwsUncheckedIoException(@TempDir Path dir) {
    assertThrows(java.io.UncheckedIOException.class, () -> json.read(dir.resolve("none.json")));
  }

  @Test
  void enableAndDisable_returnNewInstances_originalUnaffected() {
    EngagementJson lenient = json.enable(JsonFeature.ALLOW_UNKNOWN_PROPERTIES)
        .disable(JsonFeature.VALIDATE);

    assertThat(lenient.isEnabled(JsonFeature.ALLOW_UNKNOWN_PROPERTIES)).isTrue();
    assertThat(lenient.isEnabled(JsonFeature.VALIDATE)).isFalse();
    assertThat(json.isEnabled(JsonFeature.ALLOW_UNKNOWN_PROPERTIES)).isFalse();
    assertThat(json.isEnabled(JsonFeature.VALIDATE)).isTrue();
    assertThat(json.isEnabled(JsonFeature.INDENT_OUTPUT)).isTrue();
  }
}
