package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Example;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * {@link CompactMap} behaves as the unmodifiable {@code LinkedHashMap} that Immutables would
 * keep: the same entries in the same order, the same answers to look-ups, equality, hash code
 * and text, for maps below and above the size where it starts keeping a table of positions.
 */
class CompactMapProperties {

  @Provide
  Arbitrary<List<Tuple2<String, Integer>>> puts() {
    // Sixteen keys, so that keys are put again; up to 40 puts, past the scan limit. "Aa" and
    // "BB" have the same hash code, and so do "AaAa", "AaBB", "BBAa" and "BBBB".
    Arbitrary<String> keys = Arbitraries.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j",
        "Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB");
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
    for (Tuple2<String, Integer> probe : probes) {
      assertThat(actual.keySet().contains(probe.get1()))
          .isEqualTo(expected.keySet().contains(probe.get1()));
      assertThat(actual.values().contains(probe.get2()))
          .isEqualTo(expected.values().contains(probe.get2()));
      Map.Entry<String, Integer> entry = Map.entry(probe.get1(), probe.get2());
      assertThat(actual.entrySet().contains(entry)).isEqualTo(expected.entrySet().contains(entry));
    }
    assertThat(actual.keySet().contains(null)).isFalse();
    assertThat(actual.values().contains(null)).isFalse();
    assertThat(actual.entrySet().contains("not an entry")).isFalse();
    List<String> visited = new ArrayList<>();
    actual.forEach((key, value) -> visited.add(key + "=" + value));
    assertThat(visited).hasSameSizeAs(expected.keySet());
    assertThat(String.join(", ", visited)).isEqualTo(
        expected.toString().substring(1, expected.toString().length() - 1));
    assertThat(actual.keySet()).isEqualTo(expected.keySet()).hasSameHashCodeAs(expected.keySet());
    assertThat(actual.entrySet()).isEqualTo(expected.entrySet())
        .hasSameHashCodeAs(expected.entrySet());
    assertThat(expected.keySet()).isEqualTo(actual.keySet());
    assertThat(List.copyOf(actual.values())).isEqualTo(List.copyOf(expected.values()));
    assertThat(actual.keySet().stream().parallel().collect(Collectors.toList()))
        .isEqualTo(List.copyOf(expected.keySet()));
    assertThat(actual.entrySet().spliterator().hasCharacteristics(
        Spliterator.ORDERED | Spliterator.DISTINCT | Spliterator.SIZED)).isTrue();
  }

  @Property(tries = 50)
  void refusesEveryChange_evenOneThatWouldChangeNothing(
      @ForAll("puts") List<Tuple2<String, Integer>> puts) {
    CompactMap.Builder<String, Integer> builder = new CompactMap.Builder<>("test");
    puts.forEach(put -> builder.put(put.get1(), put.get2()));
    Map<String, Integer> map = builder.build();
    String present = puts.isEmpty() ? "a" : puts.get(0).get1();
    List<ThrowingCallable> changes = List.of(
        () -> map.put("new", 1), () -> map.remove(present), () -> map.remove("absent"),
        () -> map.putAll(Map.of()), map::clear, () -> map.putIfAbsent(present, 1),
        () -> map.remove("absent", 1), () -> map.replace("absent", 1),
        () -> map.replace("absent", 1, 2), () -> map.replaceAll((k, v) -> v),
        () -> map.computeIfAbsent(present, k -> 1), () -> map.computeIfPresent("absent", (k, v) -> v),
        () -> map.compute(present, (k, v) -> v), () -> map.merge(present, 1, (a, b) -> a),
        () -> map.keySet().remove("absent"), () -> map.keySet().removeIf(k -> false),
        () -> map.keySet().clear(), () -> map.keySet().add("new"),
        () -> map.values().remove(99), () -> map.values().removeIf(v -> false),
        () -> map.values().retainAll(List.of()), () -> map.values().removeAll(List.of()),
        () -> map.entrySet().clear(), () -> map.entrySet().addAll(List.of()));
    for (ThrowingCallable change : changes) {
      assertThatThrownBy(change).isInstanceOf(UnsupportedOperationException.class);
    }
    if (!map.isEmpty()) {
      assertThatThrownBy(() -> map.entrySet().iterator().next().setValue(0))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> {
        Iterator<String> keys = map.keySet().iterator();
        keys.next();
        keys.remove();
      }).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Property(tries = 50)
  void builderCanGoOnAfterBuild(@ForAll("puts") List<Tuple2<String, Integer>> puts) {
    CompactMap.Builder<String, Integer> builder = new CompactMap.Builder<>("test");
    puts.forEach(put -> builder.put(put.get1(), put.get2()));
    Map<String, Integer> first = builder.build();
    Map<String, Integer> copy = new LinkedHashMap<>(first);
    builder.put("zzz", 99);
    puts.forEach(put -> builder.put(put.get1(), put.get2() + 100));

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

  @Example
  void isNotEqualToAMapThatCannotHoldItsKeys_andSaysSoWithoutThrowing() {
    CompactMap.Builder<String, Integer> builder = new CompactMap.Builder<>("test");
    builder.put("a", 1);
    Map<String, Integer> map = builder.build();
    Map<Integer, Integer> numbers = new TreeMap<>(Map.of(1, 1));

    assertThat(map.equals(numbers)).isFalse();
    assertThat(map).isNotEqualTo(Map.of("a", 2)).isNotEqualTo(Map.of("b", 1))
        .isEqualTo(new TreeMap<>(Map.of("a", 1)));
  }
}
