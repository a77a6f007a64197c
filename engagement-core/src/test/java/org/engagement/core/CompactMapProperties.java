package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * {@link CompactMap} behaves as the unmodifiable {@code LinkedHashMap} that Immutables would
 * keep: the same entries in the same order, the same answers to look-ups, equality, hash code
 * and text, for maps below and above the size where it starts keeping a table of positions.
 */
class CompactMapProperties {

  @Provide
  Arbitrary<List<Tuple2<String, Integer>>> puts() {
    // Few distinct keys, so that keys are put again; up to 40 puts, past the scan limit.
    Arbitrary<String> keys = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(2);
    Arbitrary<Integer> values = Arbitraries.integers().between(-5, 5);
    return Arbitraries.entries(keys, values).map(e -> Tuple.of(e.getKey(), e.getValue()))
        .list().ofMaxSize(40);
  }

  @Property
  void actsAsAnUnmodifiableLinkedHashMap(@ForAll("puts") List<Tuple2<String, Integer>> puts,
      @ForAll("puts") List<Tuple2<String, Integer>> probes) {
    Map<String, Integer> expected = new LinkedHashMap<>();
    CompactMap.Builder<String, Integer> builder = new CompactMap.Builder<>("test");
    for (Tuple2<String, Integer> put : puts) {
      expected.put(put.get1(), put.get2());
      builder.put(put.get1(), put.get2());
    }
    Map<String, Integer> actual = builder.build();

    assertThat(new ArrayList<>(actual.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
    assertThat(actual).isEqualTo(expected);
    assertThat(expected).isEqualTo(actual);
    assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
    assertThat(actual.toString()).isEqualTo(expected.toString());
    assertThat(actual.size()).isEqualTo(expected.size());
    for (Tuple2<String, Integer> probe : probes) {
      assertThat(actual.get(probe.get1())).isEqualTo(expected.get(probe.get1()));
      assertThat(actual.containsKey(probe.get1())).isEqualTo(expected.containsKey(probe.get1()));
      assertThat(actual.containsValue(probe.get2()))
          .isEqualTo(expected.containsValue(probe.get2()));
    }
    for (String key : expected.keySet()) {
      assertThat(actual.get(key)).isEqualTo(expected.get(key));
    }
    List<String> visited = new ArrayList<>();
    actual.forEach((key, value) -> visited.add(key + "=" + value));
    assertThat(visited).hasSameSizeAs(expected.keySet());
    assertThat(String.join(", ", visited)).isEqualTo(
        expected.toString().substring(1, expected.toString().length() - 1));
    assertThat(CompactMap.copyOf(expected)).isEqualTo(expected);
    assertThat(CompactMap.copyOf(actual)).isSameAs(actual);
  }

  @Property(tries = 50)
  void refusesEveryChange(@ForAll("puts") List<Tuple2<String, Integer>> puts) {
    CompactMap.Builder<String, Integer> builder = new CompactMap.Builder<>("test");
    puts.forEach(put -> builder.put(put.get1(), put.get2()));
    Map<String, Integer> map = builder.build();
    String key = puts.isEmpty() ? "a" : puts.get(0).get1();

    assertThatThrownBy(() -> map.put("new", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.remove(key)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.putAll(Map.of("new", 1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
    if (!map.isEmpty()) {
      assertThatThrownBy(() -> map.keySet().remove(key))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> map.entrySet().iterator().next().setValue(0))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> map.values().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Property(tries = 50)
  void builderCanGoOnAfterBuild(@ForAll("puts") List<Tuple2<String, Integer>> puts) {
    CompactMap.Builder<String, Integer> builder = new CompactMap.Builder<>("test");
    puts.forEach(put -> builder.put(put.get1(), put.get2()));
    Map<String, Integer> first = builder.build();
    Map<String, Integer> copy = new LinkedHashMap<>(first);
    builder.put("zzz", 99);

    assertThat(first).isEqualTo(copy);
    builder.clear();
    assertThat(builder.build()).isEqualTo(Collections.emptyMap()).isEmpty();
  }

  @Property(tries = 20)
  void nullsAreAbsentAndNeverStored(@ForAll("puts") List<Tuple2<String, Integer>> puts) {
    CompactMap.Builder<String, Integer> builder = new CompactMap.Builder<>("answers");
    puts.forEach(put -> builder.put(put.get1(), put.get2()));
    Map<String, Integer> map = builder.build();

    assertThat(map.get(null)).isNull();
    assertThat(map.containsKey(null)).isFalse();
    assertThatThrownBy(() -> builder.put(null, 1)).isInstanceOf(NullPointerException.class)
        .hasMessage("answers key");
    assertThatThrownBy(() -> builder.put("q", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("answers value for key: q");
  }
}
