package dev.gatehouse.access.domain;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * How groups nest. Built from the group-in-group memberships alone (a few rows even in a large
 * organisation), so a principal's groups, nested ones included, take one query and a walk here.
 * Walks remember what they visited, so a cycle that slipped into the data (the API refuses to make
 * one) cannot loop.
 */
public final class GroupGraph {
  private final Map<Long, String> names = new HashMap<>();
  private final Map<Long, Set<Long>> parents = new HashMap<>();
  private final Map<Long, Set<Long>> children = new HashMap<>();

  private GroupGraph() {}

  /**
   * The graph of the nesting edges among {@code edges}; direct principal memberships are skipped.
   */
  public static GroupGraph of(Collection<GroupEdge> edges) {
    GroupGraph graph = new GroupGraph();
    for (GroupEdge edge : edges) {
      graph.names.put(edge.groupId(), edge.groupName());
      if (edge.isNesting()) {
        graph
            .parents
            .computeIfAbsent(edge.memberGroupId(), k -> new LinkedHashSet<>())
            .add(edge.groupId());
        graph
            .children
            .computeIfAbsent(edge.groupId(), k -> new LinkedHashSet<>())
            .add(edge.memberGroupId());
      }
    }
    return graph;
  }

  /** {@code groups} and every group that contains one of them, directly or through others. */
  public Set<Long> withAncestors(Collection<Long> groups) {
    return walk(groups, parents);
  }

  /** {@code group} and every group nested in it, directly or through others. */
  public Set<Long> withDescendants(long group) {
    return walk(Set.of(group), children);
  }

  /** The name of a group that contains another; null for a group that contains none. */
  public String name(long group) {
    return names.get(group);
  }

  /** Whether making {@code member} a member of {@code group} would make a group contain itself. */
  public boolean wouldCycle(long group, long member) {
    return withAncestors(Set.of(group)).contains(member);
  }

  /**
   * The names of the groups a principal is in, nested ones included, given the groups it is
   * directly in (which also name themselves).
   */
  public Set<String> namesWithAncestors(Collection<GroupEdge> direct) {
    Map<Long, String> known = new HashMap<>(names);
    direct.forEach(e -> known.put(e.groupId(), e.groupName()));
    Set<String> result = new LinkedHashSet<>();
    for (long id : withAncestors(direct.stream().map(GroupEdge::groupId).toList())) {
      String name = known.get(id);
      if (name != null) {
        result.add(name);
      }
    }
    return result;
  }

  private static Set<Long> walk(Collection<Long> start, Map<Long, Set<Long>> next) {
    Set<Long> seen = new LinkedHashSet<>(start);
    Deque<Long> todo = new ArrayDeque<>(start);
    while (!todo.isEmpty()) {
      for (long n : next.getOrDefault(todo.pop(), Set.of())) {
        if (seen.add(n)) {
          todo.push(n);
        }
      }
    }
    return seen;
  }
}
