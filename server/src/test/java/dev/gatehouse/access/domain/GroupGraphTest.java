package dev.gatehouse.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupGraphTest {
  // admins(1) ⊃ ops(2) ⊃ oncall(3); data(4) stands alone; eng(5) ⊃ ops(2) as well.
  private static final List<GroupEdge> NESTING =
      List.of(
          GroupEdge.nested(1, "admins", 2),
          GroupEdge.nested(2, "ops", 3),
          GroupEdge.nested(5, "eng", 2));

  private final GroupGraph graph = GroupGraph.of(NESTING);

  @Test
  void aGroupsAncestorsAreEveryGroupThatContainsItThroughAnyPath() {
    assertThat(graph.withAncestors(Set.of(3L))).containsExactlyInAnyOrder(3L, 2L, 1L, 5L);
    assertThat(graph.withAncestors(Set.of(4L))).containsExactly(4L);
  }

  @Test
  void aGroupsDescendantsAreEveryGroupNestedInIt() {
    assertThat(graph.withDescendants(1)).containsExactlyInAnyOrder(1L, 2L, 3L);
    assertThat(graph.withDescendants(3)).containsExactly(3L);
  }

  @Test
  void aPrincipalInANestedGroupIsInEveryEnclosingGroup() {
    Set<String> names = graph.namesWithAncestors(List.of(GroupEdge.direct(3, "oncall")));

    assertThat(names).containsExactlyInAnyOrder("oncall", "ops", "admins", "eng");
  }

  @Test
  void aPrincipalInNoGroupIsInNone() {
    assertThat(graph.namesWithAncestors(List.of())).isEmpty();
  }

  @Test
  void aDirectGroupThatContainsNoGroupIsNamedFromTheDirectMembership() {
    assertThat(graph.namesWithAncestors(List.of(GroupEdge.direct(4, "data"))))
        .containsExactly("data");
  }

  @Test
  void addingAnAncestorAsMemberWouldMakeACycle() {
    assertThat(graph.wouldCycle(3, 1)).isTrue(); // admins into oncall: admins ⊃ ops ⊃ oncall
    assertThat(graph.wouldCycle(3, 2)).isTrue();
    assertThat(graph.wouldCycle(2, 2)).isTrue(); // itself
  }

  @Test
  void addingAnUnrelatedOrNestedGroupMakesNoCycle() {
    assertThat(graph.wouldCycle(1, 4)).isFalse();
    assertThat(graph.wouldCycle(1, 3)).isFalse(); // already nested deeper: a second path, no loop
    assertThat(graph.wouldCycle(4, 1)).isFalse();
  }

  @Test
  void aCycleInTheDataDoesNotLoop() {
    GroupGraph cyclic =
        GroupGraph.of(
            List.of(
                GroupEdge.nested(1, "a", 2),
                GroupEdge.nested(2, "b", 3),
                GroupEdge.nested(3, "c", 1)));

    assertThat(cyclic.withAncestors(Set.of(1L))).containsExactlyInAnyOrder(1L, 2L, 3L);
    assertThat(cyclic.withDescendants(2)).containsExactlyInAnyOrder(1L, 2L, 3L);
    assertThat(cyclic.namesWithAncestors(List.of(GroupEdge.direct(3, "c"))))
        .containsExactlyInAnyOrder("a", "b", "c");
  }

  @Test
  void directMembershipsInTheEdgesDoNotCountAsNesting() {
    GroupGraph mixed =
        GroupGraph.of(List.of(GroupEdge.direct(7, "solo"), GroupEdge.nested(8, "outer", 7)));

    assertThat(mixed.withAncestors(Set.of(7L))).containsExactlyInAnyOrder(7L, 8L);
    assertThat(mixed.name(8)).isEqualTo("outer");
  }
}
