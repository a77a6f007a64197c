package org.engagement.measures.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Sorted, distinct lists (evidence ids, gaps) built the cheap way: collect in any order, sort
 * once, drop repeats. A list of sorted runs, such as the concatenation of the parts' lists of a
 * merge, sorts in about linear time, since the sort finds and merges the runs. This replaces
 * tree sets that pay a balanced-tree insertion per element and a copy per immutable value.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SortedLists {

  private SortedLists() {}

  /**
   * Sorts a list in place into natural order and removes repeated elements.
   *
   * @param items the elements, modifiable, not null; reordered and shortened in place
   * @param <T> the element type
   * @return {@code items}, sorted and distinct
   */
  public static <T extends Comparable<? super T>> List<T> sortDistinct(List<T> items) {
    if (items.size() < 2) {
      return items;
    }
    boolean sorted = true;
    for (int i = 1; i < items.size() && sorted; i++) {
      sorted = items.get(i - 1).compareTo(items.get(i)) < 0;
    }
    if (sorted) {
      return items;
    }
    Collections.sort(items);
    int kept = 1;
    for (int i = 1; i < items.size(); i++) {
      T item = items.get(i);
      if (item.compareTo(items.get(kept - 1)) != 0) {
        items.set(kept++, item);
      }
    }
    items.subList(kept, items.size()).clear();
    return items;
  }

  /**
   * The sorted union of sorted lists.
   *
   * @param first a sorted, distinct list, not null
   * @param others more sorted, distinct lists, not null
   * @param <T> the element type
   * @return a new modifiable list, sorted and distinct
   */
  public static <T extends Comparable<? super T>> List<T> union(
      Collection<? extends T> first, List<? extends Collection<? extends T>> others) {
    int size = first.size();
    for (Collection<? extends T> other : others) {
      size += other.size();
    }
    List<T> out = new ArrayList<>(size);
    out.addAll(first);
    for (Collection<? extends T> other : others) {
      out.addAll(other);
    }
    return sortDistinct(out);
  }

  /**
   * The sorted union of two sorted lists, in one linear merge.
   *
   * @param a a sorted, distinct list, not null
   * @param b a sorted, distinct list, not null
   * @param <T> the element type
   * @return a new modifiable list, sorted and distinct
   */
  public static <T extends Comparable<? super T>> List<T> mergeSorted(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a.size() + b.size());
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      int c = a.get(i).compareTo(b.get(j));
      if (c <= 0) {
        out.add(a.get(i++));
        if (c == 0) {
          j++;
        }
      } else {
        out.add(b.get(j++));
      }
    }
    out.addAll(a.subList(i, a.size()));
    out.addAll(b.subList(j, b.size()));
    return out;
  }

  /**
   * Whether a collection is a list in strictly increasing order, which a sorted set's copy
   * would leave as it is.
   *
   * @param items the elements, not null
   * @param <T> the element type
   * @return true when {@code items} is a sorted, distinct list
   */
  public static <T extends Comparable<? super T>> boolean isSortedDistinct(
      Collection<T> items) {
    if (!(items instanceof List<T> list)) {
      return false;
    }
    for (int i = 1; i < list.size(); i++) {
      if (list.get(i - 1).compareTo(list.get(i)) >= 0) {
        return false;
      }
    }
    return true;
  }
}
