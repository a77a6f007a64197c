package org.engagement.core;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The area tree of a dataset, computed once in memory linear in the number of areas: a parent
 * index per area, the sorted children, and an Euler tour (the pre-order position at which each
 * area is entered and the position after its last descendant) from one iterative depth-first
 * walk. Ancestry is then an O(1) interval test and a subtree an O(1) view of a slice of the
 * pre-order; no area stores its ancestors, and no walk recurses, so a chain of 100,000 areas
 * neither fills the heap nor the stack.
 *
 * <p>Safe on bad data: a parent that is not an area of the dataset is a node without a parent of
 * its own (so its children form a subtree under it, as before); areas on a cycle of parent links,
 * and areas below them, are not reached from any root, so their queries fall back to walks that
 * stop at the first repeated area; the areas on a cycle are listed.
 */
final class AreaTree {

  private final Map<AreaId, Area> byId;
  /** Node number of every area id and every parent id; parents unknown to the dataset too. */
  private final Map<AreaId, Integer> node;
  private final AreaId[] ids;
  /** Parent node of each node, -1 for none. */
  private final int[] parent;
  private final Map<AreaId, List<AreaId>> children;
  /** Pre-order position of each node, -1 when the node is not reachable from a root. */
  private final int[] enter;
  /** Pre-order position after the last descendant of each reachable node. */
  private final int[] exit;
  /** The reachable nodes in pre-order, children in id order. */
  private final List<AreaId> order;
  private final Set<AreaId> cyclic;

  AreaTree(Map<AreaId, Area> byId) {
    this.byId = byId;
    Map<AreaId, Integer> numbers = new HashMap<>(Math.max(16, byId.size() * 2));
    List<AreaId> all = new ArrayList<>(byId.size());
    for (AreaId id : byId.keySet()) {
      numbers.put(id, all.size());
      all.add(id);
    }
    for (Area area : byId.values()) {
      area.parent().ifPresent(p -> {
        if (!numbers.containsKey(p)) {
          numbers.put(p, all.size());
          all.add(p);
        }
      });
    }
    int n = all.size();
    this.node = numbers;
    this.ids = all.toArray(new AreaId[0]);
    this.parent = new int[n];
    Arrays.fill(parent, -1);
    Map<AreaId, List<AreaId>> kids = new HashMap<>();
    for (Area area : byId.values()) {
      if (area.parent().isPresent()) {
        AreaId p = area.parent().get();
        parent[numbers.get(area.id())] = numbers.get(p);
        kids.computeIfAbsent(p, k -> new ArrayList<>()).add(area.id());
      }
    }
    kids.values().forEach(Collections::sort);
    kids.replaceAll((k, v) -> List.copyOf(v));
    this.children = kids;

    // One iterative pre-order walk from every root, roots and children in id order.
    this.enter = new int[n];
    this.exit = new int[n];
    Arrays.fill(enter, -1);
    List<AreaId> pre = new ArrayList<>(n);
    int[] stack = new int[n];
    int[] nextChild = new int[n];
    List<AreaId> roots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (parent[i] < 0) {
        roots.add(ids[i]);
      }
    }
    Collections.sort(roots);
    for (AreaId root : roots) {
      int top = 0;
      int r = numbers.get(root);
      stack[top++] = r;
      enter[r] = pre.size();
      pre.add(root);
      while (top > 0) {
        int v = stack[top - 1];
        List<AreaId> vKids = children.getOrDefault(ids[v], List.of());
        if (nextChild[v] < vKids.size()) {
          int c = numbers.get(vKids.get(nextChild[v]++));
          enter[c] = pre.size();
          pre.add(ids[c]);
          stack[top++] = c;
        } else {
          exit[v] = pre.size();
          top--;
        }
      }
    }
    this.order = List.copyOf(pre);

    // Nodes not reached lie on a cycle or below one; find the cycles by walking parent links.
    Set<AreaId> onCycle = new TreeSet<>();
    int[] walk = new int[n];
    for (int i = 0; i < n; i++) {
      if (enter[i] >= 0 || walk[i] != 0) {
        continue;
      }
      int v = i;
      while (v >= 0 && enter[v] < 0 && walk[v] == 0) {
        walk[v] = i + 1;
        v = parent[v];
      }
      if (v >= 0 && walk[v] == i + 1) {
        int start = v;
        do {
          onCycle.add(ids[v]);
          v = parent[v];
        } while (v != start);
      }
    }
    this.cyclic = Collections.unmodifiableSet(onCycle);
  }

  List<AreaId> ancestors(AreaId id) {
    Integer start = node.get(id);
    if (start == null) {
      return List.of();
    }
    List<AreaId> chain = new ArrayList<>();
    int v = parent[start];
    if (enter[start] >= 0) {
      while (v >= 0) {
        chain.add(ids[v]);
        v = parent[v];
      }
    } else {
      Set<Integer> seen = new HashSet<>();
      seen.add(start);
      while (v >= 0 && seen.add(v)) {
        chain.add(ids[v]);
        v = parent[v];
      }
    }
    return Collections.unmodifiableList(chain);
  }

  List<AreaId> children(AreaId id) {
    return children.getOrDefault(id, List.of());
  }

  boolean isWithin(AreaId area, AreaId root) {
    if (area.equals(root)) {
      return true;
    }
    Integer a = node.get(area);
    Integer r = node.get(root);
    if (a == null || r == null) {
      return false;
    }
    if (enter[a] >= 0) {
      return enter[r] >= 0 && enter[r] <= enter[a] && enter[a] < exit[r];
    }
    return ancestors(area).contains(root);
  }

  Set<AreaId> subtree(AreaId root) {
    Integer r = node.get(root);
    if (r == null) {
      return Set.of(root);
    }
    if (enter[r] >= 0) {
      return new Subtree(root, enter[r], exit[r]);
    }
    Set<AreaId> out = new LinkedHashSet<>();
    List<AreaId> todo = new ArrayList<>();
    todo.add(root);
    while (!todo.isEmpty()) {
      AreaId id = todo.remove(todo.size() - 1);
      if (out.add(id)) {
        List<AreaId> kids = children(id);
        for (int i = kids.size() - 1; i >= 0; i--) {
          todo.add(kids.get(i));
        }
      }
    }
    return Collections.unmodifiableSet(out);
  }

  Set<AreaId> cyclic() {
    return cyclic;
  }

  boolean contains(AreaId id) {
    return byId.containsKey(id);
  }

  /** A subtree as a slice of the pre-order: O(1) to make, size and test membership. */
  private final class Subtree extends AbstractSet<AreaId> {
    private final AreaId root;
    private final int from;
    private final int to;

    Subtree(AreaId root, int from, int to) {
      this.root = root;
      this.from = from;
      this.to = to;
    }

    @Override
    public boolean contains(Object o) {
      return o instanceof AreaId && isWithin((AreaId) o, root);
    }

    @Override
    public Iterator<AreaId> iterator() {
      return order.subList(from, to).iterator();
    }

    @Override
    public int size() {
      return to - from;
    }
  }
}
