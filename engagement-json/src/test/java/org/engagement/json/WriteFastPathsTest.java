package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The writer's shortcuts give what the plain way gives: dates without {@code LocalDate.toString},
 * maps sorted without a sorted map, lists walked by index.
 */
class WriteFastPathsTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Property(tries = 3000)
  void date_writesWhatToStringGives(
      @ForAll @IntRange(min = -1_000_000, max = 1_000_000) int year,
      @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 31) int day) {
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

  private static String written(java.util.function.Consumer<JsonGenerator> write) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      write.accept(g);
    }
    return out.toString();
  }
}
