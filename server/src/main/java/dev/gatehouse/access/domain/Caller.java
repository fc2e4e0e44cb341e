package dev.gatehouse.access.domain;

import java.util.Set;

/**
 * The authenticated principal behind the current request, with the names of the groups it belongs
 * to (directly or through nested groups), since grants to groups count as grants to their members.
 * {@code admin} is membership of the {@code admins} group, nested membership included.
 */
public record Caller(
    long principalId, PrincipalKind kind, String userName, boolean admin, Set<String> groups) {

  public Caller {
    groups = Set.copyOf(groups);
  }

  /** The caller for a principal in these groups (names, nested groups included). */
  public static Caller of(Principal principal, Set<String> groups) {
    return new Caller(
        principal.id(),
        principal.kind(),
        principal.userName(),
        groups.contains(IdentityGroup.ADMINS),
        groups);
  }

  public boolean inGroup(String group) {
    return groups.contains(group);
  }
}
