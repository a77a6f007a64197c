package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    JsonReadException e = assertThrows(JsonReadException.class, () -> json.readString(doc));

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
