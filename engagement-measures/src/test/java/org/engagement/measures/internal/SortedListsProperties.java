package org.engagement.measures.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * {@link SortedLists#union}: the sorted, distinct union of a merge's parts, which are sorted and
 * distinct by contract; a part that is not (a partial built by hand) still gives the sorted set.
 */
class SortedListsProperties {

  @Property(tries = 500)
  void union_ofSortedParts_isTheSortedSetOfAllTheirElements(
      @ForAll @Size(max = 12) List<@Size(max = 8) Set<@StringLength(max = 2) String>> sets) {
    List<List<String>> parts = new ArrayList<>();
    for (Set<String> set : sets) {
      parts.add(new ArrayList<>(new TreeSet<>(set)));
    }
    assertUnion(parts);
  }

  @Property(tries = 300)
  void union_withAnUnsortedOrRepeatingPart_isStillTheSortedSet(
      @ForAll @Size(min = 1, max = 8) List<@Size(max = 8) List<@IntRange(max = 20) Integer>> lists) {
    // Parts as given: some unsorted, some with repeats, some sorted. Beyond union's contract
    // (sorted, distinct parts), this pins that a part built by hand against it is still handled.
    assertUnion(lists);
  }

  static <T extends Comparable<? super T>> void assertUnion(List<? extends Collection<T>> parts) {
    Set<T> all = new TreeSet<>();
    parts.forEach(all::addAll);
    List<T> out = SortedLists.union(parts.isEmpty() ? List.of() : parts.get(0),
        parts.isEmpty() ? List.of() : parts.subList(1, parts.size()));
    assertThat(out).containsExactlyElementsOf(all);
  }
}
