package dev.gatehouse.terraform.resources.permissions;

import dev.gatehouse.terraform.client.PermissionsApi.AccessControl;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Between the {@code access_control} set of the schema and the client's grants. */
final class AccessControlValues {
  static final String USER = "user_name";
  static final String GROUP = "group_name";
  static final String SERVICE_PRINCIPAL = "service_principal_name";
  static final String LEVEL = "permission_level";

  private AccessControlValues() {}

  /** The grants of a known {@code access_control} set (null or unknown: none). */
  static List<AccessControl> fromValue(Value accessControl) {
    List<AccessControl> grants = new ArrayList<>();
    if (accessControl.isKnown()) {
      accessControl.elements().forEach(entry -> grants.add(fromEntry(entry)));
    }
    return grants;
  }

  /** One {@code access_control} block; unknown values become null. */
  static AccessControl fromEntry(Value entry) {
    return new AccessControl(
        entry.getString(USER),
        entry.getString(GROUP),
        entry.getString(SERVICE_PRINCIPAL),
        entry.getString(LEVEL));
  }

  static Value toValue(Block entryBlock, List<AccessControl> grants) {
    List<Value> entries = new ArrayList<>();
    for (AccessControl grant : grants) {
      entries.add(
          entryBlock
              .newObject()
              .set(USER, grant.userName())
              .set(GROUP, grant.groupName())
              .set(SERVICE_PRINCIPAL, grant.servicePrincipalName())
              .set(LEVEL, grant.permissionLevel())
              .build());
    }
    return Value.set(entryBlock.type(), entries);
  }

  /**
   * {@code grants} in the order of the planned set's elements, the rest after them. The framework
   * settles a partly unknown set element by element, so each planned element (say a service
   * principal whose application id is only known after apply) must meet its own grant.
   */
  static List<AccessControl> inPlannedOrder(Value planned, List<AccessControl> grants) {
    List<AccessControl> left = new ArrayList<>(grants);
    List<AccessControl> ordered = new ArrayList<>();
    if (planned.isKnown()) {
      for (Value entry : planned.elements()) {
        left.stream()
            .filter(grant -> matches(entry, grant))
            .findFirst()
            .ifPresent(
                grant -> {
                  ordered.add(grant);
                  left.remove(grant);
                });
      }
    }
    ordered.addAll(left);
    return ordered;
  }

  /** Every known value of the planned element equals the grant's; unknown ones match anything. */
  private static boolean matches(Value entry, AccessControl grant) {
    AccessControl known = fromEntry(entry);
    return matches(entry.get(USER), known.userName(), grant.userName())
        && matches(entry.get(GROUP), known.groupName(), grant.groupName())
        && matches(
            entry.get(SERVICE_PRINCIPAL),
            known.servicePrincipalName(),
            grant.servicePrincipalName())
        && matches(entry.get(LEVEL), known.permissionLevel(), grant.permissionLevel());
  }

  private static boolean matches(Value planned, String want, String got) {
    return planned.isUnknown() || Objects.equals(want, got);
  }

  /** Which principal a grant names, e.g. {@code group_name "eng"}: grants of one key clash. */
  static String principal(AccessControl grant) {
    if (grant.userName() != null) {
      return USER + " \"" + grant.userName() + "\"";
    }
    if (grant.groupName() != null) {
      return GROUP + " \"" + grant.groupName() + "\"";
    }
    return SERVICE_PRINCIPAL + " \"" + grant.servicePrincipalName() + "\"";
  }
}
