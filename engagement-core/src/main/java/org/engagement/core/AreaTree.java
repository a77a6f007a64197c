package org.engagement.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The area tree of a dataset, computed once: parent, children and ancestors of every area. Safe
 * on bad data: a cycle in the parent links ends the walk, and the areas on a cycle are listed.
 */
final class AreaTree {

  private final Map<AreaId, Area> byId;
  private final Map<AreaId, List<AreaId>> children;
  private final Map<AreaId, List<AreaId>> ancestors;
  private final Set<AreaId> cyclic;
  private final Map<AreaId, Set<AreaId>> subtreeCache = new ConcurrentHashMap<>();

  AreaTree(Map<AreaId, Area> byId) {
    this.byId = byId;
    Map<AreaId, List<AreaId>> kids = new HashMap<>();
    for (Area area : byId.values()) {
      area.parent().ifPresent(p -> kids.computeIfAbsent(p, k -> new ArrayList<>()).add(area.id()));
    }
    kids.values().forEach(Collections::sort);
    kids.replaceAll((k, v) -> List.copyOf(v));
    this.children = kids;

    Map<AreaId, List<AreaId>> up = new HashMap<>();
    Set<AreaId> onCycle = new TreeSet<>();
    for (AreaId id : byId.keySet()) {
      List<AreaId> chain = new ArrayList<>();
      Set<AreaId> seen = new HashSet<>();
      seen.add(id);
      AreaId current = id;
      while (true) {
        Area area = byId.get(current);
        if (area == null || area.parent().isEmpty()) {
          break;
        }
        AreaId parent = area.parent().get();
        if (!seen.add(parent)) {
          if (parent.equals(id)) {
            onCycle.add(id);
          }
          break;
        }
        chain.add(parent);
        current = parent;
      }
      up.put(id, List.copyOf(chain));
    }
    this.ancestors = up;
    this.cyclic = Collections.unmodifiableSet(onCycle);
  }

  List<AreaId> ancestors(AreaId id) {
    return ancestors.getOrDefault(id, List.of());
  }

  List<AreaId> children(AreaId id) {
    return children.getOrDefault(id, List.of());
  }

  boolean isWithin(AreaId area, AreaId root) {
    return area.equals(root) || ancestors(area).contains(root);
  }

  Set<AreaId> subtree(AreaId root) {
    return subtreeCache.computeIfAbsent(root, this::computeSubtree);
  }

  private Set<AreaId> computeSubtree(AreaId root) {
    Set<AreaId> out = new LinkedHashSet<>();
    Deque<AreaId> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      AreaId id = todo.pop();
      if (out.add(id)) {
        List<AreaId> kids = children(id);
        for (int i = kids.size() - 1; i >= 0; i--) {
          todo.push(kids.get(i));
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
}
