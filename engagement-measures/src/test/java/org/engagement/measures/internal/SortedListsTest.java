package org.engagement.measures.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link SortedLists#union} on examples: no elements, one part (first or among the others), a set
 * as a part, many parts.
 */
class SortedListsTest {

  @Test
  void union_ofNoElements_isANewModifiableEmptyList() {
    List<String> out = SortedLists.union(List.of(), List.of(List.of(), List.of()));
    assertThat(out).isEmpty();
    out.add("x");
    assertThat(out).containsExactly("x");
  }

  @Test
  void union_ofOneNonEmptyPart_isACopyOfIt() {
    List<String> only = List.of("a", "b");
    List<String> out = SortedLists.union(List.of(), List.of(List.of(), only));
    assertThat(out).containsExactly("a", "b").isNotSameAs(only);
    out.add("c");
    assertThat(only).containsExactly("a", "b");
  }

  @Test
  void union_ofTheFirstPartAlone_isACopyOfIt() {
    List<String> first = new ArrayList<>(List.of("a", "b"));
    List<String> out = SortedLists.union(first, List.of(List.of()));
    assertThat(out).containsExactly("a", "b").isNotSameAs(first);
    out.add("c");
    assertThat(first).containsExactly("a", "b");
    assertThat(SortedLists.union(first, List.of())).isNotSameAs(first);
  }

  @Test
  void union_takesASortedSetAsAPart() {
    assertThat(SortedLists.union(new TreeSet<>(List.of("c", "a")), List.of(List.of("b", "c"))))
        .containsExactly("a", "b", "c");
  }

  @Test
  void union_ofManyPartsSharingElements_keepsEachOnce() {
    List<List<Integer>> parts = new ArrayList<>();
    for (int k = 0; k < 37; k++) {
      List<Integer> part = new ArrayList<>();
      for (int v = k % 5; v < 200; v += 1 + k % 7) {
        part.add(v);
      }
      parts.add(part);
    }
    SortedListsProperties.assertUnion(parts);
  }

}
