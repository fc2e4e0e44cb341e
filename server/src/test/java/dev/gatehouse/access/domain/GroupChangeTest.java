package dev.gatehouse.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.platform.errors.InvalidParameterException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupChangeTest {

  @Test
  void changesApplyInOrder() {
    List<GroupChange> changes =
        List.of(
            new GroupChange.AddMembers(List.of(3L, 4L)),
            new GroupChange.RemoveMembers(List.of(1L)),
            new GroupChange.AddMembers(List.of(1L)));

    assertThat(GroupChange.members(List.of(1L, 2L), changes)).containsExactly(2L, 3L, 4L, 1L);
  }

  @Test
  void replaceDropsEveryEarlierMember() {
    List<GroupChange> changes =
        List.of(
            new GroupChange.AddMembers(List.of(9L)), new GroupChange.ReplaceMembers(List.of(5L)));

    assertThat(GroupChange.members(List.of(1L, 2L), changes)).containsExactly(5L);
  }

  @Test
  void removingANonMemberChangesNothing() {
    assertThat(
            GroupChange.members(List.of(1L), List.of(new GroupChange.RemoveMembers(List.of(42L)))))
        .containsExactly(1L);
  }

  @Test
  void addingAMemberTwiceKeepsOne() {
    assertThat(
            GroupChange.members(
                List.of(1L), List.of(new GroupChange.AddMembers(List.of(1L, 2L, 2L)))))
        .containsExactly(1L, 2L);
  }

  @Test
  void theLastRenameWinsAndRenamesAreNotMembershipChanges() {
    List<GroupChange> renames = List.of(new GroupChange.Rename("a"), new GroupChange.Rename("b"));

    assertThat(GroupChange.newName(renames)).contains("b");
    assertThat(GroupChange.touchesMembers(renames)).isFalse();
    assertThat(GroupChange.members(List.of(7L), renames)).containsExactly(7L);
    assertThat(GroupChange.touchesMembers(List.of(new GroupChange.AddMembers(List.of())))).isTrue();
  }

  @Test
  void aRenameNeedsAValidName() {
    assertThatThrownBy(() -> new GroupChange.Rename(" padded"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("displayName must not start or end with a space: ' padded'.");
  }
}
