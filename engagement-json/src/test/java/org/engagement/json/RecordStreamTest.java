package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;
import org.engagement.core.Area;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RecordStreamTest {

  /** Fixtures whose first error differs when streamed, because their header comes late. */
  private static final Set<String> LATE_HEADER =
      Set.of("invalid-missing-property-format-version.json");

  private final EngagementJson json = EngagementJson.standard();

  @Test
  void stream_fullDocument_givesEveryRecordInDocumentOrder() {
    EngagementDataset full = Datasets.full();
    List<StreamedRecord> records = new ArrayList<>();
    try (RecordStream stream = json.stream(Fixtures.path("valid-full.json"))) {
      assertThat(stream.scheme()).isEqualTo(full.scheme());
      assertThat(stream.headerProblems()).isEmpty();
      stream.forEachRemaining(records::add);
    }

    List<Object> expected = new ArrayList<>();
    List<String> pointers = new ArrayList<>();
    for (RecordType type : RecordType.values()) {
      for (int i = 0; i < full.count(type); i++) {
        expected.add(full.records(type).get(i));
        pointers.add("/" + type.collection() + "/" + i);
      }
    }
    assertThat(records).extracting(StreamedRecord::value).containsExactlyElementsOf(expected);
    assertThat(records).extracting(StreamedRecord::pointer).containsExactlyElementsOf(pointers);
    assertThat(records).allSatisfy(r -> assertThat(r.problems()).isEmpty());
    StreamedRecord first = records.get(0);
    assertThat(first.value(Area.class).id()).isEqualTo(Datasets.LONDON);
    assertThat(first.line()).isEqualTo(42);
    assertThat(first.column()).isEqualTo(5);
    assertThat(first.toString()).isEqualTo("StreamedRecord[AREA /areas/0 line 42, 0 problems]");
  }

  @Test
  void stream_afterTheLastRecord_hasNoNext() {
    try (RecordStream stream = json.stream(new StringReader("{\"formatVersion\": \"1.0\"}"))) {
      assertThat(stream.hasNext()).isFalse();
      assertThrows(NoSuchElementException.class, stream::next);
    }
  }

  @Test
  void records_javaStream_countsAndCloses() {
    byte[] bytes = json.writeString(Datasets.full()).getBytes(StandardCharsets.UTF_8);
    RecordStream stream = json.stream(new ByteArrayInputStream(bytes));

    try (Stream<StreamedRecord> records = stream.records()) {
      assertThat(records.filter(r -> r.type() == RecordType.PANEL).count()).isEqualTo(2);
    }
    assertThat(stream.hasNext()).isFalse();
  }

  @TestFactory
  Stream<DynamicTest> invalidFixtures_failTheStreamAsTheyFailTheReader() {
    return Fixtures.named("invalid-").stream()
        .filter(file -> !LATE_HEADER.contains(file.getFileName().toString()))
        .flatMap(file -> {
          try {
            json.read(file);
            return Stream.empty();
          } catch (JsonReadException expected) {
            return Stream.of(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
              JsonReadException e = assertThrows(JsonReadException.class, () -> drain(file));
              assertThat(e.code()).isEqualTo(expected.code());
              assertThat(e.pointer()).isEqualTo(expected.pointer());
              assertThat(e.line()).isEqualTo(expected.line());
              assertThat(e.column()).isEqualTo(expected.column());
            }));
          }
        });
  }

  @Test
  void stream_formatVersionAfterTheRecords_failsWithStreamOrder() {
    JsonReadException e = assertThrows(JsonReadException.class,
        () -> drain(Fixtures.path("valid-any-property-order.json")));

    assertThat(e.code()).isEqualTo("STREAM_ORDER");
    assertThat(e.pointer()).isEqualTo("/areas");
    String schemeLast = "{\"formatVersion\": \"1.0\", \"areas\": [{\"id\": \"A\", "
        + "\"name\": \"n\", \"level\": \"WARD\"}], \"scheme\": {}}";
    JsonReadException late = assertThrows(JsonReadException.class, () -> {
      try (RecordStream stream = json.stream(new StringReader(schemeLast))) {
        stream.forEachRemaining(r -> { });
      }
    });
    assertThat(late.code()).isEqualTo("STREAM_ORDER");
    assertThat(late.pointer()).isEqualTo("/scheme");
    JsonReadException missing = assertThrows(JsonReadException.class,
        () -> drain(Fixtures.path("invalid-missing-property-format-version.json")));
    assertThat(missing.code()).isEqualTo("STREAM_ORDER");
    assertThat(missing.pointer()).isEqualTo("/areas");
  }

  @Test
  void stream_validate_reportsEachRecordsConstraintsAtTheReadersPointer() {
    Path file = Fixtures.path("invalid-negative-value-demographic-count.json");
    JsonProblem whole = json.read(file).errors().get(0);

    List<JsonProblem> streamed = new ArrayList<>();
    try (RecordStream stream = json.stream(file)) {
      stream.forEachRemaining(r -> streamed.addAll(r.problems()));
    }

    assertThat(streamed).containsExactly(whole);
  }

  @Test
  void stream_validate_reportsTheSchemesIssuesInTheHeader() {
    Path file = Fixtures.path("invalid-blank-text-scheme-label.json");

    try (RecordStream stream = json.stream(file)) {
      assertThat(stream.headerProblems()).containsExactlyElementsOf(json.read(file).errors());
    }
  }

  @Test
  void stream_validateDisabled_reportsNoConstraintIssues() {
    Path file = Fixtures.path("invalid-negative-value-demographic-count.json");

    try (RecordStream stream = json.disable(JsonFeature.VALIDATE).stream(file)) {
      stream.forEachRemaining(r -> assertThat(r.problems()).isEmpty());
    }
  }

  @Test
  void stream_unknownPropertiesAllowed_attachesTheWarningToItsRecord() {
    String text = "{\"formatVersion\": \"1.0\", \"x\": 1, \"areas\": [{\"id\": \"A\", "
        + "\"name\": \"n\", \"level\": \"WARD\", \"y\": 2}, {\"id\": \"B\", \"name\": \"m\", "
        + "\"level\": \"WARD\"}]}";

    try (RecordStream stream = json.enable(JsonFeature.ALLOW_UNKNOWN_PROPERTIES)
        .stream(new StringReader(text))) {
      assertThat(stream.headerProblems()).extracting(JsonProblem::pointer).containsExactly("/x");
      assertThat(stream.next().problems()).extracting(JsonProblem::pointer)
          .containsExactly("/areas/0/y");
      assertThat(stream.next().problems()).isEmpty();
      assertThat(stream.hasNext()).isFalse();
    }
  }

  private void drain(Path file) {
    try (RecordStream stream = json.stream(file)) {
      while (stream.hasNext()) {
        stream.next();
      }
    }
  }
}
