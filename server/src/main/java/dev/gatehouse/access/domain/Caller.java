package dev.gatehouse.access.domain;

import java.util.Set;

/**
 * The authenticated principal behind the current request, with the names of the groups it belongs
 * to (directly or through nested groups), since grants to groups count as grants to their members.
 */
public record Caller(
    long principalId, PrincipalKind kind, String userName, boolean admin, Set<String> groups) {

  public Caller {
    groups = Set.copyOf(groups);
  }

  public static Caller of(Principal principal) {
    return new Caller(
        principal.id(), principal.kind(), principal.userName(), principal.admin(), Set.of());
  }

  public boolean inGroup(String group) {
    return groups.contains(group);
  }
}
