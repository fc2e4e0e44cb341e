package dev.gatehouse.access.domain;

/**
 * A membership seen from the containing group: group {@code groupId} (named {@code groupName})
 * contains group {@code memberGroupId}, or, when that is null, the principal being resolved.
 */
public record GroupEdge(long groupId, String groupName, Long memberGroupId) {

  public static GroupEdge nested(long groupId, String groupName, long memberGroupId) {
    return new GroupEdge(groupId, groupName, memberGroupId);
  }

  public static GroupEdge direct(long groupId, String groupName) {
    return new GroupEdge(groupId, groupName, null);
  }

  public boolean isNesting() {
    return memberGroupId != null;
  }
}
