package dev.gatehouse.terraform.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serving-endpoint permissions: {@code /api/2.0/permissions/serving-endpoints/{id}}. The routes
 * take the endpoint's {@code id} (from create or get), not its name, as {@code
 * databricks_permissions} does.
 */
public final class PermissionsApi {
  private static final String BASE = "/api/2.0/permissions/serving-endpoints/";

  private final GatehouseClient client;

  public PermissionsApi(GatehouseClient client) {
    this.client = client;
  }

  /** One grant to send: exactly one of the three principal fields is set. */
  public record AccessControl(
      String userName, String groupName, String servicePrincipalName, String permissionLevel) {

    public static AccessControl user(String userName, String level) {
      return new AccessControl(userName, null, null, level);
    }

    public static AccessControl group(String groupName, String level) {
      return new AccessControl(null, groupName, null, level);
    }

    public static AccessControl servicePrincipal(String applicationId, String level) {
      return new AccessControl(null, null, applicationId, level);
    }
  }

  /** One level a principal holds; inherited ones (the admins row) come from another object. */
  public record Permission(
      String permissionLevel, boolean inherited, List<String> inheritedFromObject) {}

  /** One principal's row as read back: a principal field and every level it holds. */
  public record AccessControlEntry(
      String userName,
      String groupName,
      String servicePrincipalName,
      List<Permission> allPermissions) {

    /** The level granted directly on this endpoint, if any; Terraform manages only these. */
    public Optional<String> directLevel() {
      return allPermissions.stream()
          .filter(p -> !p.inherited())
          .map(Permission::permissionLevel)
          .findFirst();
    }
  }

  public record Permissions(
      String objectId, String objectType, List<AccessControlEntry> accessControlList) {}

  public record PermissionLevel(String permissionLevel, String description) {}

  /** Empty when no endpoint has this id. Needs CAN_MANAGE. */
  public Optional<Permissions> get(String endpointId) {
    return client.find(BASE + GatehouseClient.encode(endpointId)).map(PermissionsApi::permissions);
  }

  /** PUT: replaces every direct grant with {@code acl}; an empty list removes them all. */
  public Permissions set(String endpointId, List<AccessControl> acl) {
    return permissions(client.put(BASE + GatehouseClient.encode(endpointId), body(acl)));
  }

  /** PATCH: gives each listed principal its level and leaves the other grants as they are. */
  public Permissions update(String endpointId, List<AccessControl> acl) {
    return permissions(client.patch(BASE + GatehouseClient.encode(endpointId), body(acl)));
  }

  public List<PermissionLevel> permissionLevels(String endpointId) {
    List<PermissionLevel> levels = new ArrayList<>();
    JsonNode answer = client.get(BASE + GatehouseClient.encode(endpointId) + "/permissionLevels");
    for (JsonNode level : answer.path("permission_levels")) {
      levels.add(
          new PermissionLevel(
              level.path("permission_level").asString(null),
              level.path("description").asString(null)));
    }
    return levels;
  }

  private static ObjectNode body(List<AccessControl> acl) {
    ObjectNode body = GatehouseClient.object();
    ArrayNode list = body.putArray("access_control_list");
    for (AccessControl entry : acl) {
      ObjectNode item = list.addObject();
      putIfSet(item, "user_name", entry.userName());
      putIfSet(item, "group_name", entry.groupName());
      putIfSet(item, "service_principal_name", entry.servicePrincipalName());
      item.put("permission_level", entry.permissionLevel());
    }
    return body;
  }

  private static void putIfSet(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  private static Permissions permissions(JsonNode answer) {
    List<AccessControlEntry> entries = new ArrayList<>();
    for (JsonNode entry : answer.path("access_control_list")) {
      List<Permission> all = new ArrayList<>();
      for (JsonNode permission : entry.path("all_permissions")) {
        List<String> from = new ArrayList<>();
        permission.path("inherited_from_object").forEach(o -> from.add(o.asString()));
        all.add(
            new Permission(
                permission.path("permission_level").asString(null),
                permission.path("inherited").asBoolean(false),
                from));
      }
      entries.add(
          new AccessControlEntry(
              entry.path("user_name").asString(null),
              entry.path("group_name").asString(null),
              entry.path("service_principal_name").asString(null),
              all));
    }
    return new Permissions(
        answer.path("object_id").asString(null),
        answer.path("object_type").asString(null),
        entries);
  }
}
