package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The writer's shortcuts give what the plain way gives: dates without {@code LocalDate.toString},
 * maps sorted without a sorted map, lists walked by index, files through a buffer.
 */
class WriteFastPathsTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Property(tries = 3000)
  void date_writesWhatToStringGives(
      @ForAll @IntRange(min = -20_000, max = 20_000) int year,
      @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1, max = 31) int day) {
    LocalDate date = LocalDate.of(year, month, 1).plusDays(day - 1);

    assertThat(written(g -> Scalars.DATE.write(g, date, WriteContext.UNCHECKED)))
        .isEqualTo("\"" + date + "\"");
  }

  @Test
  void date_atTheEdgesOfTheFourDigitYears() {
    for (LocalDate date : List.of(LocalDate.of(0, 1, 1), LocalDate.of(9, 9, 9),
        LocalDate.of(999, 12, 31), LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1),
        LocalDate.of(-1, 12, 31), LocalDate.MIN, LocalDate.MAX)) {
      assertThat(written(g -> Scalars.DATE.write(g, date, WriteContext.UNCHECKED)))
          .isEqualTo("\"" + date + "\"");
    }
  }

  @Property(tries = 1000)
  void map_writesItsEntriesInTheOrderOfASortedMap(
      @ForAll("entries") List<Map.Entry<String, Long>> entries) {
    Map<String, Long> map = new LinkedHashMap<>();
    entries.forEach(e -> map.put(e.getKey(), e.getValue()));
    Collections2.MapCodec<String, Long> codec =
        Collections2.map("code", Function.identity(), Scalars.LONG);

    String written = written(g -> codec.write(g, map, WriteContext.UNCHECKED));

    StringBuilder expected = new StringBuilder("{");
    new TreeMap<>(map).forEach((k, v) -> expected.append(expected.length() > 1 ? "," : "")
        .append(MAPPER.writeValueAsString(k)).append(':').append(v));
    assertThat(written).isEqualTo(expected.append('}').toString());
  }

  @Provide
  Arbitrary<List<Map.Entry<String, Long>>> entries() {
    // Up to forty: both the insertion sort (a few) and the sort by index (many); keys that share
    // prefixes, differ in case and leave the Basic Multilingual Plane.
    Arbitrary<String> keys = Arbitraries.oneOf(
        Arbitraries.of("a", "A", "aa", "ab", "b", "Z", "é", "😀", "a😀", ""),
        Arbitraries.strings().withCharRange('0', 'z').ofMaxLength(4),
        Arbitraries.strings().all().ofMaxLength(3));
    return Combinators.combine(keys, Arbitraries.longs()).as(Map::entry).list().ofMaxSize(40);
  }

  @Test
  void map_thatUnderstatesItsSize_isWrittenInFull() {
    Map<String, Long> map = new LinkedHashMap<>(Map.of("b", 2L, "a", 1L, "c", 3L)) {
      @Override
      public int size() {
        return 0;
      }
    };
    Collections2.MapCodec<String, Long> codec =
        Collections2.map("code", Function.identity(), Scalars.LONG);

    assertThat(written(g -> codec.write(g, map, WriteContext.UNCHECKED)))
        .isEqualTo("{\"a\":1,\"b\":2,\"c\":3}");
  }

  @Property(tries = 200)
  void list_writesTheSameWhetherWalkedByIndexOrByIterator(
      @ForAll @Size(max = 20) List<Long> values) {
    var codec = Collections2.list(Scalars.LONG);

    String byIndex = written(g -> codec.write(g, new ArrayList<>(values), WriteContext.UNCHECKED));
    String byIterator = written(g -> codec.write(g, new LinkedList<>(values),
        WriteContext.UNCHECKED));
    String unmodifiable = written(g -> codec.write(g,
        Collections.unmodifiableList(new ArrayList<>(values)), WriteContext.UNCHECKED));

    assertThat(byIndex).isEqualTo(byIterator).isEqualTo(unmodifiable)
        .isEqualTo(MAPPER.writeValueAsString(values).replace(" ", ""));
  }

  @Test
  void map_withTwoKeysOfTheSameText_isRefused() {
    record Key(int n) {
      @Override
      public String toString() {
        return "same";
      }
    }
    Map<Key, Long> map = new LinkedHashMap<>(Map.of(new Key(1), 1L, new Key(2), 2L));
    Collections2.MapCodec<Key, Long> codec =
        Collections2.map("code", text -> new Key(0), Scalars.LONG);

    assertThatThrownBy(() -> written(g -> codec.write(g, map, WriteContext.UNCHECKED)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same text")
        .hasMessageContaining("same").hasMessageContaining("the document");
  }

  @Test
  void aValueThatIsAlwaysWritten_failsOnNullRatherThanBeingLeftOut() {
    ObjectBinding<String, StringBuilder> required = ObjectBinding
        .define(String.class, "text", StringBuilder::new, StringBuilder::toString)
        .required("value", Scalars.TEXT, t -> null, StringBuilder::append, "the text").build();
    ObjectBinding<String, StringBuilder> defaulted = ObjectBinding
        .define(String.class, "text", StringBuilder::new, StringBuilder::toString)
        .defaulted("value", Scalars.TEXT, t -> null, StringBuilder::append, "the text").build();
    ObjectBinding<String, StringBuilder> optional = ObjectBinding
        .define(String.class, "text", StringBuilder::new, StringBuilder::toString)
        .optional("value", Scalars.TEXT, t -> Optional.empty(), StringBuilder::append, "the text")
        .build();

    assertThatThrownBy(() -> written(g -> required.write(g, "x", WriteContext.UNCHECKED)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'value'")
        .hasMessageContaining("the document").hasMessageContaining("always written");
    assertThatThrownBy(() -> written(g -> defaulted.write(g, "x", WriteContext.UNCHECKED)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("'value'")
        .hasMessageContaining("the document").hasMessageContaining("always written");
    // In a list, the place is the element's JSON Pointer.
    var inList = Collections2.list(required);
    assertThatThrownBy(() -> written(g -> inList.write(g, List.of("x", "y"),
        WriteContext.UNCHECKED)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("/0");
    assertThat(written(g -> optional.write(g, "x", WriteContext.UNCHECKED))).isEqualTo("{}");
  }

  @Test
  void aFileOfManyBuffers_roundTrips_andItsValidationCountsEveryByteTwice(@TempDir Path dir)
      throws IOException {
    // About 7 MB of areas: over a hundred fills of the file buffer, a partial one at the end.
    EngagementDataset.Builder builder = EngagementDataset.builder().from(Datasets.full());
    for (int i = 0; i < 60_000; i++) {
      builder.addAreas(Area.builder().id(AreaId.of(String.format("E05%06d", 100_000 + i)))
          .name("Ward " + i).level(AreaLevel.WARD).parent(Datasets.LAMBETH).build());
    }
    EngagementDataset dataset = builder.build();
    EngagementJson json = EngagementJson.standard();
    Path file = dir.resolve("many.json");

    json.write(dataset, file);
    List<Long> progress = new ArrayList<>();
    StreamedValidation validation = json.validate(file, progress::add);

    assertThat(Files.size(file)).isGreaterThan(100L * 64_000);
    assertThat(json.read(file).dataset()).isEqualTo(dataset);
    assertThat(Files.readString(file)).isEqualTo(json.writeString(dataset));
    assertThat(validation.isValid()).as(validation.toString()).isTrue();
    assertThat(progress).isSorted().last().isEqualTo(2 * Files.size(file));
    try (RecordStream stream = json.stream(file)) {
      assertThat(stream.records().count()).isEqualTo(Arrays.stream(RecordType.values())
          .mapToLong(dataset::count).sum());
    }
  }

  private static String written(Consumer<JsonGenerator> write) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      write.accept(g);
    }
    return out.toString();
  }
}
