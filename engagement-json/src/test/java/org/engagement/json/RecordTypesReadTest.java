package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link EngagementJson#withRecordTypes}: reading only some record types. */
class RecordTypesReadTest {

  private static final EngagementJson UNVALIDATED =
      EngagementJson.standard().disable(JsonFeature.VALIDATE);

  private static final Set<RecordType> M1 =
      EnumSet.of(RecordType.AREA, RecordType.INPUT, RecordType.DECISION);

  /** The dataset with the records of the other types left out. */
  static EngagementDataset only(EngagementDataset data, Set<RecordType> types) {
    EngagementDataset.Builder builder = EngagementDataset.builder().from(data);
    for (RecordType type : RecordType.values()) {
      if (!types.contains(type)) {
        type.set(builder, List.of());
      }
    }
    return builder.build();
  }

  @Test
  void read_someTypes_givesTheDatasetWithTheOthersEmpty() {
    String text = UNVALIDATED.writeString(Datasets.full());

    ReadResult result = UNVALIDATED.withRecordTypes(M1).readString(text);

    assertThat(result.problems()).isEmpty();
    assertThat(result.validated()).isFalse();
    assertThat(result.dataset()).isEqualTo(only(Datasets.full(), M1));
    assertThat(result.dataset().inputs()).isNotEmpty();
    assertThat(result.dataset().responses()).isEmpty();
    assertThat(result.dataset().scheme()).isEqualTo(Datasets.full().scheme());
  }

  @Test
  void read_eachTypeAlone_givesThatTypesRecordsOnly() {
    String text = UNVALIDATED.writeString(Datasets.full());
    for (RecordType type : RecordType.values()) {
      EngagementDataset read =
          UNVALIDATED.withRecordTypes(EnumSet.of(type)).readString(text).dataset();

      assertThat(read).as(type.collection()).isEqualTo(only(Datasets.full(), EnumSet.of(type)));
    }
  }

  @Test
  void read_noTypes_givesTheSchemeAndNoRecords() {
    ReadResult result = UNVALIDATED.withRecordTypes(Set.of())
        .readString(UNVALIDATED.writeString(Datasets.full()));

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset()).isEqualTo(only(Datasets.full(), Set.of()));
  }

  @Test
  void read_everyType_isTheUsualRead() {
    EngagementJson every = EngagementJson.standard()
        .withRecordTypes(EnumSet.allOf(RecordType.class));

    ReadResult result = every.readString(Fixtures.text("valid-full.json"));

    assertThat(every.isEnabled(JsonFeature.VALIDATE)).isTrue();
    assertThat(result.validated()).isTrue();
    assertThat(result.dataset()).isEqualTo(Datasets.full());
  }

  @Test
  void skippedArray_thatIsNotJson_stillFailsTheRead() {
    String text = "{\"formatVersion\": \"1.0\", \"areas\": [], \"inputs\": [{\"id\": }]}";

    assertThatThrownBy(() -> UNVALIDATED.withRecordTypes(EnumSet.of(RecordType.AREA))
        .readString(text))
        .isInstanceOfSatisfying(JsonReadException.class,
            e -> assertThat(e.code()).isEqualTo("SYNTAX_ERROR"));
  }

  @Test
  void skippedCollection_thatIsNotAnArray_isTheSameErrorAsWhenBound() {
    String text = "{\"formatVersion\": \"1.0\", \"inputs\": 5}";

    ReadResult skipped = UNVALIDATED.withRecordTypes(EnumSet.of(RecordType.AREA))
        .readString(text);
    ReadResult bound = UNVALIDATED.readString(text);

    assertThat(skipped.errors()).extracting(JsonProblem::code).containsExactly("WRONG_TYPE");
    assertThat(skipped.errors()).isEqualTo(bound.errors());
  }

  @Test
  void skippedRecords_thatCannotBeBound_areNotReported() {
    String text = "{\"formatVersion\": \"1.0\", \"areas\": [{\"id\": \"A\", \"name\": \"A\","
        + " \"level\": \"FORCE\"}], \"inputs\": [{\"id\": 7}]}";

    ReadResult result = UNVALIDATED.withRecordTypes(EnumSet.of(RecordType.AREA))
        .readString(text);

    assertThat(result.problems()).isEmpty();
    assertThat(result.dataset().areas()).hasSize(1);
  }

  @Test
  void stream_someTypes_givesOnlyTheirRecords_inDocumentOrder() {
    String text = UNVALIDATED.writeString(Datasets.full());
    List<RecordType> all = new ArrayList<>();
    List<Object> allRecords = new ArrayList<>();
    try (RecordStream stream = EngagementJson.standard().stream(new StringReader(text))) {
      stream.records().forEach(r -> {
        all.add(r.type());
        allRecords.add(r.value());
      });
    }
    List<Object> expected = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (M1.contains(all.get(i))) {
        expected.add(allRecords.get(i));
      }
    }

    List<Object> read = new ArrayList<>();
    try (RecordStream stream = UNVALIDATED.withRecordTypes(M1)
        .stream(new StringReader(text))) {
      stream.records().forEach(r -> read.add(r.value()));
    }

    assertThat(read).isEqualTo(expected).isNotEmpty();
  }

  @Test
  void validate_file_checksEveryTypeWhateverTheInstanceReads(@TempDir Path dir) {
    Path file = dir.resolve("full.json");
    UNVALIDATED.write(Datasets.full(), file);

    StreamedValidation partial = UNVALIDATED.withRecordTypes(M1).validate(file);
    StreamedValidation every = EngagementJson.standard().validate(file);

    assertThat(partial.report()).isEqualTo(every.report());
  }

  @Test
  void validate_documentThatCannotBeStreamed_readsItWholeWithEveryType(
      @TempDir Path dir) throws IOException {
    // formatVersion after the arrays: validate(Path) reads the document whole instead
    Path file = dir.resolve("version-last.json");
    Files.writeString(file, "{\"areas\": [{\"id\": \"A\", \"name\": \"A\","
        + " \"level\": \"WARD\", \"parent\": \"Z\"}], \"formatVersion\": \"1.0\"}");

    StreamedValidation partial = UNVALIDATED.withRecordTypes(M1).validate(file);
    StreamedValidation every = EngagementJson.standard().validate(file);

    assertThat(partial.report()).isEqualTo(every.report());
    assertThat(partial.report().issues("UNKNOWN_REFERENCE")).hasSize(1);
  }

  @Test
  void skippedArray_nestedTooDeep_stillFailsTheRead() {
    String text = "{\"formatVersion\": \"1.0\", \"inputs\": [[[[[[[[1]]]]]]]]}";
    EngagementJson shallow = UNVALIDATED.withLimits(JsonLimits.builder().maxNestingDepth(5).build())
        .withRecordTypes(EnumSet.of(RecordType.AREA));

    assertThatThrownBy(() -> shallow.readString(text))
        .isInstanceOfSatisfying(JsonReadException.class,
            e -> assertThat(e.code()).isEqualTo("LIMIT_EXCEEDED"));
  }

  @Test
  void skippedArray_pastTheDocumentsLength_stillFailsTheRead() {
    String text = "{\"formatVersion\": \"1.0\", \"inputs\": [" + "[1], ".repeat(5000) + "[1]]}";
    EngagementJson shortOnly = UNVALIDATED
        .withLimits(JsonLimits.builder().maxDocumentLength(1000).build())
        .withRecordTypes(EnumSet.of(RecordType.AREA));

    assertThatThrownBy(() -> shortOnly.read(new ByteArrayInputStream(
        text.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(JsonReadException.class,
            e -> assertThat(e.code()).isEqualTo("LIMIT_EXCEEDED"));
  }

  @Test
  void skippedCollection_namedTwice_isADuplicateKey() {
    String text = "{\"formatVersion\": \"1.0\", \"inputs\": [], \"inputs\": []}";

    ReadResult result = UNVALIDATED.withRecordTypes(EnumSet.of(RecordType.AREA)).readString(text);

    assertThat(result.errors()).extracting(JsonProblem::code).containsExactly("DUPLICATE_KEY");
  }

  @Test
  void stream_whoseFirstOrEveryArrayIsSkipped_givesTheRest() {
    String text = UNVALIDATED.writeString(Datasets.full());
    List<Object> inputs = new ArrayList<>();
    try (RecordStream stream = UNVALIDATED.withRecordTypes(EnumSet.of(RecordType.INPUT))
        .stream(new StringReader(text))) {
      stream.records().forEach(r -> inputs.add(r.value()));
    }
    long none;
    try (RecordStream stream = UNVALIDATED.withRecordTypes(Set.of())
        .stream(new StringReader(text))) {
      none = stream.records().count();
    }

    assertThat(inputs).isEqualTo(List.copyOf(Datasets.full().inputs()));
    assertThat(none).isZero();
  }

  @Test
  void noTypes_thenOtherOptions_keepsNoTypes() {
    EngagementJson none = UNVALIDATED.withRecordTypes(Set.of())
        .withLimits(JsonLimits.defaults())
        .disable(JsonFeature.INDENT_OUTPUT)
        .enable(JsonFeature.ALLOW_UNKNOWN_PROPERTIES);

    assertThat(none.recordTypes()).isEmpty();
    assertThat(none.toString()).endsWith(", recordTypes=[]]");
  }

  @Test
  void withRecordTypes_whileValidating_isRefused() {
    assertThatThrownBy(() -> EngagementJson.standard().withRecordTypes(M1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot validate")
        .hasMessageContaining("disable(JsonFeature.VALIDATE)");
    assertThatThrownBy(() -> UNVALIDATED.withRecordTypes(M1).enable(JsonFeature.VALIDATE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot validate");
  }

  @Test
  void withRecordTypes_null_isRefused() {
    Set<RecordType> withNull = new java.util.HashSet<>();
    withNull.add(null);

    assertThatThrownBy(() -> UNVALIDATED.withRecordTypes(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("types");
    assertThatThrownBy(() -> UNVALIDATED.withRecordTypes(withNull))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("null");
  }

  @Test
  void recordTypes_areEveryTypeByDefault_andCopied_andShownWhenSome() {
    Set<RecordType> types = EnumSet.of(RecordType.AREA);
    EngagementJson areas = UNVALIDATED.withRecordTypes(types);
    types.add(RecordType.INPUT);

    assertThat(EngagementJson.standard().recordTypes())
        .containsExactlyElementsOf(EnumSet.allOf(RecordType.class));
    assertThat(areas.recordTypes()).containsExactly(RecordType.AREA);
    assertThatThrownBy(() -> areas.recordTypes().add(RecordType.INPUT))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(areas.toString()).endsWith(", recordTypes=[AREA]]");
    assertThat(EngagementJson.standard().toString()).doesNotContain("recordTypes");
    assertThat(areas.disable(JsonFeature.INDENT_OUTPUT).recordTypes())
        .containsExactly(RecordType.AREA);
  }
}
