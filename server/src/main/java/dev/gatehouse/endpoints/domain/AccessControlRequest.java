package dev.gatehouse.endpoints.domain;

import dev.gatehouse.access.domain.PermissionLevel;
import dev.gatehouse.platform.errors.InvalidParameterException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of PUT and PATCH {@code /api/2.0/permissions/serving-endpoints/{id}}, as bound after
 * schema validation. An absent list is an empty one: the Go SDK leaves an empty list out.
 */
public record AccessControlRequest(List<Entry> accessControlList) {

  /** One entry: exactly one of the three principal fields, and the level. */
  public record Entry(
      String userName, String groupName, String servicePrincipalName, String permissionLevel) {}

  /**
   * The grants asked for. Refuses, naming the entry: no principal or several in one entry, a level
   * that is not an endpoint level, the {@code admins} group, and a principal named twice.
   */
  public List<Grant> grants() {
    List<Entry> entries = accessControlList == null ? List.of() : accessControlList;
    List<Grant> grants = new ArrayList<>();
    Map<Grantee, Integer> seen = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      String where = "access_control_list[" + i + "]";
      Grant grant = grant(entries.get(i), where);
      Integer earlier = seen.putIfAbsent(grant.grantee(), i);
      if (earlier != null) {
        throw new InvalidParameterException(
            where
                + ": "
                + grant.grantee()
                + " is already in access_control_list["
                + earlier
                + "]; give each principal one entry.");
      }
      grants.add(grant);
    }
    return grants;
  }

  private static Grant grant(Entry entry, String where) {
    List<Grantee> named = new ArrayList<>();
    addIfSet(named, GranteeType.USER, entry.userName());
    addIfSet(named, GranteeType.GROUP, entry.groupName());
    addIfSet(named, GranteeType.SERVICE_PRINCIPAL, entry.servicePrincipalName());
    if (named.size() != 1) {
      throw new InvalidParameterException(
          where
              + ": set exactly one of user_name, group_name or service_principal_name; "
              + (named.isEmpty() ? "none is set." : named.size() + " are set."));
    }
    Grantee grantee = named.get(0);
    if (grantee.name().isBlank()) {
      throw new InvalidParameterException(
          where + "." + grantee.type().field() + ": must name a principal; it is blank.");
    }
    if (grantee.isAdminsGroup()) {
      throw new InvalidParameterException(
          where
              + ": group 'admins' has CAN_MANAGE on every serving endpoint and cannot be granted"
              + " a level; leave it out.");
    }
    return new Grant(grantee, level(entry.permissionLevel(), where));
  }

  private static void addIfSet(List<Grantee> named, GranteeType type, String name) {
    if (name != null) {
      named.add(new Grantee(type, name));
    }
  }

  private static PermissionLevel level(String value, String where) {
    if (value != null) {
      for (PermissionLevel level : PermissionLevel.values()) {
        if (level.name().equals(value)) {
          return level;
        }
      }
    }
    throw new InvalidParameterException(
        where
            + ".permission_level: "
            + (value == null ? "is required" : "'" + value + "' is not a serving endpoint level")
            + "; use CAN_VIEW, CAN_QUERY or CAN_MANAGE.");
  }
}
