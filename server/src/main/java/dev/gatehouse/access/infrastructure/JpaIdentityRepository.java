package dev.gatehouse.access.infrastructure;

import dev.gatehouse.access.domain.GroupEdge;
import dev.gatehouse.access.domain.GroupMember;
import dev.gatehouse.access.domain.IdentityFilter;
import dev.gatehouse.access.domain.IdentityGroup;
import dev.gatehouse.access.domain.IdentityPage;
import dev.gatehouse.access.domain.IdentityRef;
import dev.gatehouse.access.domain.IdentityRepository;
import dev.gatehouse.access.domain.Principal;
import dev.gatehouse.access.domain.PrincipalKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaIdentityRepository implements IdentityRepository {
  /** Selects a membership as (group id, group name, member group id or null). */
  private static final String EDGE =
      "SELECT m.groupId, g.displayName, m.memberGroupId FROM GroupMember m, IdentityGroup g"
          + " WHERE g.id = m.groupId";

  @PersistenceContext(unitName = "gatehouse")
  EntityManager em;

  @Override
  public Optional<Principal> principal(long id) {
    return Optional.ofNullable(em.find(Principal.class, id));
  }

  @Override
  public Optional<Principal> principalNamed(PrincipalKind kind, String name) {
    return em.createQuery(
            "SELECT p FROM Principal p WHERE p.kind = :kind AND LOWER(p.userName) = LOWER(:name)",
            Principal.class)
        .setParameter("kind", kind)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public IdentityPage<Principal> principals(
      PrincipalKind kind, IdentityFilter filter, int offset, int limit) {
    String where = " WHERE p.kind = :kind" + condition("p", "userName", filter);
    TypedQuery<Principal> items =
        em.createQuery("SELECT p FROM Principal p" + where + " ORDER BY p.id", Principal.class);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Principal p" + where, Long.class);
    for (TypedQuery<?> q : List.of(items, count)) {
      q.setParameter("kind", kind);
      if (filter != null) {
        q.setParameter("value", filter.value());
      }
    }
    return page(items, count, offset, limit);
  }

  @Override
  public Optional<IdentityGroup> group(long id) {
    return Optional.ofNullable(em.find(IdentityGroup.class, id));
  }

  @Override
  public Optional<IdentityGroup> groupNamed(String displayName) {
    return em.createQuery(
            "SELECT g FROM IdentityGroup g WHERE LOWER(g.displayName) = LOWER(:name)",
            IdentityGroup.class)
        .setParameter("name", displayName)
        .getResultStream()
        .findFirst();
  }

  @Override
  public IdentityPage<IdentityGroup> groups(IdentityFilter filter, int offset, int limit) {
    String where = filter == null ? "" : " WHERE 1 = 1" + condition("g", "displayName", filter);
    TypedQuery<IdentityGroup> items =
        em.createQuery(
            "SELECT g FROM IdentityGroup g" + where + " ORDER BY g.id", IdentityGroup.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(g) FROM IdentityGroup g" + where, Long.class);
    if (filter != null) {
      items.setParameter("value", filter.value());
      count.setParameter("value", filter.value());
    }
    return page(items, count, offset, limit);
  }

  private static String condition(String alias, String nameField, IdentityFilter filter) {
    if (filter == null) {
      return "";
    }
    String field = filter.field() == IdentityFilter.Field.NAME ? nameField : "displayName";
    return " AND LOWER(" + alias + "." + field + ") = LOWER(:value)";
  }

  private static <T> IdentityPage<T> page(
      TypedQuery<T> items, TypedQuery<Long> count, int offset, int limit) {
    // A limit of 0 asks only for the total; JPA would read it as "no limit".
    List<T> found =
        limit == 0 ? List.of() : items.setFirstResult(offset).setMaxResults(limit).getResultList();
    return new IdentityPage<>(found, count.getSingleResult());
  }

  @Override
  public List<IdentityRef> identities(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<IdentityRef> refs = new ArrayList<>();
    em.createQuery("SELECT p FROM Principal p WHERE p.id IN :ids ORDER BY p.id", Principal.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(p -> refs.add(IdentityRef.of(p)));
    em.createQuery(
            "SELECT g FROM IdentityGroup g WHERE g.id IN :ids ORDER BY g.id", IdentityGroup.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(g -> refs.add(IdentityRef.of(g)));
    return refs;
  }

  @Override
  public List<GroupMember> members(long groupId) {
    return em.createQuery(
            "SELECT m FROM GroupMember m WHERE m.groupId = :g ORDER BY m.id", GroupMember.class)
        .setParameter("g", groupId)
        .getResultList();
  }

  @Override
  public Map<Long, List<GroupMember>> members(Collection<Long> groupIds) {
    Map<Long, List<GroupMember>> byGroup = new LinkedHashMap<>();
    if (groupIds.isEmpty()) {
      return byGroup;
    }
    em.createQuery(
            "SELECT m FROM GroupMember m WHERE m.groupId IN :g ORDER BY m.id", GroupMember.class)
        .setParameter("g", groupIds)
        .getResultList()
        .forEach(m -> byGroup.computeIfAbsent(m.groupId(), k -> new ArrayList<>()).add(m));
    return byGroup;
  }

  @Override
  public List<GroupEdge> nesting() {
    return edges(
        em.createQuery(EDGE + " AND m.memberGroupId IS NOT NULL", Object[].class).getResultList());
  }

  @Override
  public List<GroupEdge> directGroupsAndNesting(long principalId) {
    return edges(
        em.createQuery(
                EDGE + " AND (m.memberPrincipalId = :p OR m.memberGroupId IS NOT NULL)",
                Object[].class)
            .setParameter("p", principalId)
            .getResultList());
  }

  @Override
  public Map<Long, List<GroupEdge>> directGroups(Collection<Long> principalIds) {
    Map<Long, List<GroupEdge>> byPrincipal = new LinkedHashMap<>();
    if (principalIds.isEmpty()) {
      return byPrincipal;
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT m.memberPrincipalId, m.groupId, g.displayName FROM GroupMember m,"
                    + " IdentityGroup g WHERE g.id = m.groupId AND m.memberPrincipalId IN :ids"
                    + " ORDER BY g.displayName",
                Object[].class)
            .setParameter("ids", principalIds)
            .getResultList();
    for (Object[] row : rows) {
      byPrincipal
          .computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
          .add(GroupEdge.direct(((Number) row[1]).longValue(), (String) row[2]));
    }
    return byPrincipal;
  }

  private static List<GroupEdge> edges(List<Object[]> rows) {
    List<GroupEdge> edges = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      Long member = row[2] == null ? null : ((Number) row[2]).longValue();
      edges.add(new GroupEdge(((Number) row[0]).longValue(), (String) row[1], member));
    }
    return edges;
  }

  @Override
  public long countActivePrincipalsIn(Collection<Long> groupIds) {
    return em.createQuery(
            "SELECT COUNT(DISTINCT p.id) FROM GroupMember m, Principal p"
                + " WHERE p.id = m.memberPrincipalId AND p.active = TRUE AND m.groupId IN :groups",
            Long.class)
        .setParameter("groups", groupIds)
        .getSingleResult();
  }

  @Override
  public void add(Object entity) {
    em.persist(entity);
  }

  @Override
  public void removeMember(long groupId, long memberId) {
    em.createQuery(
            "DELETE FROM GroupMember m WHERE m.groupId = :g"
                + " AND (m.memberPrincipalId = :m OR m.memberGroupId = :m)")
        .setParameter("g", groupId)
        .setParameter("m", memberId)
        .executeUpdate();
  }

  @Override
  public void removeMemberships(long identityId) {
    em.createQuery(
            "DELETE FROM GroupMember m WHERE m.groupId = :id"
                + " OR m.memberPrincipalId = :id OR m.memberGroupId = :id")
        .setParameter("id", identityId)
        .executeUpdate();
  }

  @Override
  public void remove(Object entity) {
    em.remove(em.contains(entity) ? entity : em.merge(entity));
  }

  @Override
  public void flush() {
    em.flush();
  }
}
