package dev.gatehouse.terraform.resources.permissions;

import dev.gatehouse.terraform.client.PermissionsApi.AccessControl;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.Value;
import java.util.ArrayList;
import java.util.List;

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
