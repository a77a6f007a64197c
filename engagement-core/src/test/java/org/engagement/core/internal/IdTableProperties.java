package org.engagement.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link IdTable} answers as a {@code HashMap<String, Integer>} of first positions (and a map of
 * first dates) would, whether made to grow or sized for the ids, including ids of equal hash
 * codes, more of them than a bucket's chain holds, and the empty text, whose hash code is 0.
 */
class IdTableProperties {

  @Provide
  Arbitrary<List<String>> ids() {
    // "Aa" and "BB" have the same hash code, and so do "AaAa", "AaBB", "BBAa" and "BBBB", and
    // the sixteen ids of four of them, more than a bucket's chain holds.
    List<String> shared = new ArrayList<>(List.of("", "Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB"));
    for (int bits = 0; bits < 16; bits++) {
      StringBuilder id = new StringBuilder();
      for (int i = 0; i < 4; i++) {
        id.append((bits >> i & 1) == 0 ? "Aa" : "BB");
      }
      shared.add(id.toString());
    }
    Arbitrary<String> few = Arbitraries.of(shared);
    Arbitrary<String> many = Arbitraries.integers().between(0, 300).map(i -> "R-" + i);
    return Arbitraries.oneOf(few, many).list().ofMaxSize(400);
  }

  @Property
  void answersAsAMapOfFirstPositions(@ForAll("ids") List<String> adds,
      @ForAll("ids") List<String> probes, @ForAll @IntRange(max = 500) int expected,
      @ForAll boolean sized) {
    Map<String, Integer> first = new HashMap<>();
    Map<String, Long> days = new HashMap<>();
    IdTable table = sized ? IdTable.of(true, expected) : IdTable.of(true);
    for (int i = 0; i < adds.size(); i++) {
      String id = adds.get(i);
      Integer earlier = first.putIfAbsent(id, i);
      days.putIfAbsent(id, 1_000L + i);

      assertThat(table.add(id, i, 1_000L + i)).isEqualTo(earlier == null ? IdTable.ABSENT : earlier);
    }

    for (String probe : probes) {
      assertThat(table.contains(probe)).isEqualTo(first.containsKey(probe));
      if (first.containsKey(probe)) {
        assertThat(table.day(table.find(probe))).isEqualTo(days.get(probe));
      } else {
        assertThat(table.find(probe)).isEqualTo(IdTable.ABSENT);
      }
    }
    assertThat(table.toString()).isEqualTo("IdTable[" + first.size() + " ids, dated]");
  }
}
