package dev.gatehouse.access.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads users, service principals and groups with their memberships. Any authenticated principal
 * may read them (as on Databricks, where every workspace user can see users and groups): granting a
 * permission needs the names. A page costs a fixed number of queries, whatever its size.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IdentityQueries {
  @Inject IdentityRepository repository;

  public PrincipalDetails principal(PrincipalKind kind, long id) {
    Principal principal =
        repository
            .principal(id)
            .filter(p -> p.kind() == kind)
            .orElseThrow(() -> new IdentityNotFoundException(kind.label(), Long.toString(id)));
    return details(List.of(principal)).get(0);
  }

  public IdentityPage<PrincipalDetails> principals(
      PrincipalKind kind, IdentityFilter filter, int offset, int limit) {
    IdentityPage<Principal> page = repository.principals(kind, filter, offset, limit);
    return new IdentityPage<>(details(page.items()), page.total());
  }

  /** The caller as a principal with its groups. */
  public PrincipalDetails me(Caller caller) {
    return principal(caller.kind(), caller.principalId());
  }

  public GroupDetails group(long id) {
    IdentityGroup group =
        repository
            .group(id)
            .orElseThrow(() -> new IdentityNotFoundException("Group", Long.toString(id)));
    return groupDetails(List.of(group)).get(0);
  }

  public IdentityPage<GroupDetails> groups(IdentityFilter filter, int offset, int limit) {
    IdentityPage<IdentityGroup> page = repository.groups(filter, offset, limit);
    return new IdentityPage<>(groupDetails(page.items()), page.total());
  }

  List<PrincipalDetails> details(List<Principal> principals) {
    Map<Long, List<GroupEdge>> direct =
        repository.directGroups(principals.stream().map(Principal::id).toList());
    GroupGraph graph = GroupGraph.of(repository.nesting());
    List<PrincipalDetails> result = new ArrayList<>(principals.size());
    for (Principal p : principals) {
      List<GroupEdge> mine = direct.getOrDefault(p.id(), List.of());
      Set<Long> directIds = new LinkedHashSet<>();
      List<IdentityRef> directRefs = new ArrayList<>();
      for (GroupEdge e : mine) {
        directIds.add(e.groupId());
        directRefs.add(group(e.groupId(), e.groupName()));
      }
      List<IdentityRef> inherited = new ArrayList<>();
      for (long id : graph.withAncestors(directIds)) {
        if (!directIds.contains(id)) {
          inherited.add(group(id, graph.name(id)));
        }
      }
      result.add(new PrincipalDetails(p, directRefs, inherited));
    }
    return result;
  }

  List<GroupDetails> groupDetails(List<IdentityGroup> groups) {
    Map<Long, List<GroupMember>> members =
        repository.members(groups.stream().map(IdentityGroup::id).toList());
    Set<Long> memberIds = new LinkedHashSet<>();
    members.values().forEach(list -> list.forEach(m -> memberIds.add(m.memberId())));
    Map<Long, IdentityRef> refs = byId(repository.identities(memberIds));
    List<GroupDetails> result = new ArrayList<>(groups.size());
    for (IdentityGroup g : groups) {
      List<IdentityRef> mine = new ArrayList<>();
      for (GroupMember m : members.getOrDefault(g.id(), List.of())) {
        IdentityRef ref = refs.get(m.memberId());
        if (ref != null) {
          mine.add(ref);
        }
      }
      result.add(new GroupDetails(g, mine));
    }
    return result;
  }

  private static Map<Long, IdentityRef> byId(Collection<IdentityRef> refs) {
    Map<Long, IdentityRef> map = new HashMap<>();
    refs.forEach(r -> map.put(r.id(), r));
    return map;
  }

  private static IdentityRef group(long id, String name) {
    return new IdentityRef(id, IdentityKind.GROUP, name, name);
  }
}
