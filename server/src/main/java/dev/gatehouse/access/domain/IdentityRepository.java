package dev.gatehouse.access.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port to the stored users, service principals, groups and memberships. */
public interface IdentityRepository {
  Optional<Principal> principal(long id);

  /** By user name (users) or application id (service principals), ignoring case. */
  Optional<Principal> principalNamed(PrincipalKind kind, String name);

  /** Ordered by id; {@code filter} may be null. */
  IdentityPage<Principal> principals(
      PrincipalKind kind, IdentityFilter filter, int offset, int limit);

  Optional<IdentityGroup> group(long id);

  /** By display name, ignoring case. */
  Optional<IdentityGroup> groupNamed(String displayName);

  /** Ordered by id; {@code filter} may be null. */
  IdentityPage<IdentityGroup> groups(IdentityFilter filter, int offset, int limit);

  /** The users, service principals and groups with these ids; unknown ids are left out. */
  List<IdentityRef> identities(Collection<Long> ids);

  List<GroupMember> members(long groupId);

  /** The direct members of each of these groups. */
  Map<Long, List<GroupMember>> members(Collection<Long> groupIds);

  /** Every group-in-group membership, with the containing group's name. */
  List<GroupEdge> nesting();

  /**
   * The groups {@code principalId} is directly in, and every group-in-group membership, in one
   * query: what authentication needs to know all of a caller's groups.
   */
  List<GroupEdge> directGroupsAndNesting(long principalId);

  /** The groups each of these principals is directly in. */
  Map<Long, List<GroupEdge>> directGroups(Collection<Long> principalIds);

  /** How many active principals are direct members of any of these groups. */
  long countActivePrincipalsIn(Collection<Long> groupIds);

  void add(Object entity);

  void removeMember(long groupId, long memberId);

  /** Deletes every membership of the identity, both as member and (for a group) as container. */
  void removeMemberships(long identityId);

  void remove(Object entity);

  /** Writes pending changes now, so that constraints and rules see them. */
  void flush();
}
