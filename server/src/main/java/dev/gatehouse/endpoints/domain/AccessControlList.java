package dev.gatehouse.endpoints.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.access.domain.PermissionLevel;
import dev.gatehouse.platform.json.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The direct grants on one endpoint: at most one level per principal, ordered by kind then name.
 * Immutable; a PUT gives a {@link #replacedBy replaced} list, a PATCH a {@link #mergedWith merged}
 * one. Admins are not in it: they manage every endpoint by being admins.
 */
public final class AccessControlList {
  public static final AccessControlList EMPTY = new AccessControlList(new TreeMap<>());

  private final TreeMap<Grantee, PermissionLevel> levels;

  private AccessControlList(TreeMap<Grantee, PermissionLevel> levels) {
    this.levels = levels;
  }

  /** The list holding these grants; a principal named twice keeps its higher level. */
  public static AccessControlList of(Collection<Grant> grants) {
    TreeMap<Grantee, PermissionLevel> levels = new TreeMap<>();
    grants.forEach(g -> levels.merge(g.grantee(), g.level(), AccessControlList::max));
    return new AccessControlList(levels);
  }

  /** PUT: exactly the requested grants; every principal left out loses its direct grant. */
  public AccessControlList replacedBy(List<Grant> requested) {
    return of(requested);
  }

  /**
   * PATCH: each requested principal gets the requested level, raised or lowered; others keep
   * theirs.
   */
  public AccessControlList mergedWith(List<Grant> requested) {
    TreeMap<Grantee, PermissionLevel> merged = new TreeMap<>(levels);
    requested.forEach(g -> merged.put(g.grantee(), g.level()));
    return new AccessControlList(merged);
  }

  public List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    levels.forEach((grantee, level) -> grants.add(new Grant(grantee, level)));
    return grants;
  }

  public Optional<PermissionLevel> levelOf(Grantee grantee) {
    return Optional.ofNullable(levels.get(grantee));
  }

  /**
   * The caller's effective level: CAN_MANAGE for admins, otherwise the highest of the grants to the
   * caller itself and to any of its groups; empty when none applies.
   */
  public Optional<PermissionLevel> levelFor(Caller caller) {
    if (isAdmin(caller)) {
      return Optional.of(PermissionLevel.CAN_MANAGE);
    }
    return levels.entrySet().stream()
        .filter(e -> e.getKey().matches(caller))
        .map(Map.Entry::getValue)
        .max(Comparator.naturalOrder());
  }

  /** Admins by flag or by membership of the {@code admins} group. */
  public static boolean isAdmin(Caller caller) {
    return caller.admin() || caller.inGroup(Grantee.ADMINS);
  }

  /** The list in the request shape, {@code {"access_control_list":[...]}}, for the audit trail. */
  public JsonNode summary() {
    List<Map<String, String>> entries = new ArrayList<>();
    levels.forEach(
        (grantee, level) -> {
          Map<String, String> entry = new LinkedHashMap<>();
          entry.put(grantee.type().field(), grantee.name());
          entry.put("permission_level", level.name());
          entries.add(entry);
        });
    return Json.MAPPER.valueToTree(Map.of("access_control_list", entries));
  }

  private static PermissionLevel max(PermissionLevel a, PermissionLevel b) {
    return a.includes(b) ? a : b;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AccessControlList acl && acl.levels.equals(levels);
  }

  @Override
  public int hashCode() {
    return levels.hashCode();
  }

  @Override
  public String toString() {
    return levels.toString();
  }
}
