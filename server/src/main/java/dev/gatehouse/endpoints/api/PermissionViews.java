package dev.gatehouse.endpoints.api;

import dev.gatehouse.access.domain.PermissionLevel;
import dev.gatehouse.endpoints.domain.AccessControlList;
import dev.gatehouse.endpoints.domain.Grant;
import dev.gatehouse.endpoints.domain.Grantee;
import dev.gatehouse.endpoints.domain.PermissionCommands.EndpointAcl;
import dev.gatehouse.platform.json.JsonBody;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders endpoint permissions in the Databricks {@code ObjectPermissions} shape. Admins appear as
 * the {@code admins} group holding an inherited CAN_MANAGE, the row Terraform knows to skip.
 */
final class PermissionViews {
  static final String OBJECT_TYPE = "serving-endpoint";

  /** Where admins' CAN_MANAGE comes from: the root of all serving endpoints. */
  static final String ROOT_OBJECT = "/serving-endpoints/";

  private PermissionViews() {}

  record ObjectPermissions(
      String objectId, String objectType, List<AccessControl> accessControlList)
      implements JsonBody {}

  record AccessControl(
      String userName,
      String groupName,
      String servicePrincipalName,
      List<Permission> allPermissions) {}

  record Permission(String permissionLevel, boolean inherited, List<String> inheritedFromObject) {}

  record PermissionLevels(List<LevelDescription> permissionLevels) implements JsonBody {}

  record LevelDescription(String permissionLevel, String description) {}

  static final PermissionLevels LEVELS =
      new PermissionLevels(
          List.of(
              new LevelDescription(
                  PermissionLevel.CAN_VIEW.name(),
                  "Can see the endpoint: its config, state, tags and gateway settings."),
              new LevelDescription(
                  PermissionLevel.CAN_QUERY.name(), "Can see the endpoint and call its model."),
              new LevelDescription(
                  PermissionLevel.CAN_MANAGE.name(),
                  "Can see, call and change the endpoint, its permissions included, and delete"
                      + " it.")));

  static ObjectPermissions of(EndpointAcl endpointAcl) {
    AccessControlList acl = endpointAcl.acl();
    List<AccessControl> entries = new ArrayList<>();
    for (Grant grant : acl.grants()) {
      entries.add(direct(grant));
    }
    entries.add(
        new AccessControl(
            null,
            Grantee.ADMINS,
            null,
            List.of(
                new Permission(PermissionLevel.CAN_MANAGE.name(), true, List.of(ROOT_OBJECT)))));
    return new ObjectPermissions(ROOT_OBJECT + endpointAcl.endpoint().id(), OBJECT_TYPE, entries);
  }

  private static AccessControl direct(Grant grant) {
    Grantee grantee = grant.grantee();
    List<Permission> level = List.of(new Permission(grant.level().name(), false, null));
    return switch (grantee.type()) {
      case USER -> new AccessControl(grantee.name(), null, null, level);
      case GROUP -> new AccessControl(null, grantee.name(), null, level);
      case SERVICE_PRINCIPAL -> new AccessControl(null, null, grantee.name(), level);
    };
  }
}
