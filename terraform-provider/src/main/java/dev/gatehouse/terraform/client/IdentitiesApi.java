package dev.gatehouse.terraform.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Service principals, groups and the caller, over SCIM 2.0 ({@code /api/2.0/preview/scim/v2/}). Ids
 * are numeric strings unique across all identities, so a group member needs no type.
 */
public final class IdentitiesApi {
  private static final String SCIM = "/api/2.0/preview/scim/v2/";
  private static final String SERVICE_PRINCIPALS = SCIM + "ServicePrincipals";
  private static final String GROUPS = SCIM + "Groups";
  private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  private final GatehouseClient client;

  public IdentitiesApi(GatehouseClient client) {
    this.client = client;
  }

  /** The caller; for a service principal {@code userName} is its application id. */
  public record Me(String id, String userName, String displayName) {}

  /**
   * The caller as a grantee: permission grants name a user by {@code userName} and a service
   * principal by its application id (which {@code Me} answers as {@code userName}).
   */
  public record CurrentPrincipal(String userName, boolean servicePrincipal) {}

  public record ServicePrincipal(
      String id, String applicationId, String displayName, boolean active) {}

  /** {@code type} is User, ServicePrincipal or Group. */
  public record Member(String id, String display, String type) {}

  public record Group(String id, String displayName, List<Member> members) {}

  /** Terraform's permissions resource needs the applying user's name (GET …/Me). */
  public Me me() {
    JsonNode me = client.get(SCIM + "Me");
    return new Me(
        me.path("id").asString(null),
        me.path("userName").asString(null),
        me.path("displayName").asString(null));
  }

  /** The whole SCIM Me document, for the current-user data source. */
  public JsonNode meDocument() {
    return client.get(SCIM + "Me");
  }

  /** Like {@link #me()}, with the kind of principal from {@code meta.resourceType}. */
  public CurrentPrincipal currentPrincipal() {
    JsonNode me = client.get(SCIM + "Me");
    return new CurrentPrincipal(
        me.path("userName").asString(null),
        "ServicePrincipal".equals(me.path("meta").path("resourceType").asString(null)));
  }

  /** {@code applicationId} may be null: the server then makes up a UUID. */
  public ServicePrincipal createServicePrincipal(
      String applicationId, String displayName, boolean active) {
    return servicePrincipal(
        client.post(SERVICE_PRINCIPALS, servicePrincipalBody(applicationId, displayName, active)));
  }

  public Optional<ServicePrincipal> getServicePrincipal(String id) {
    return client.find(SERVICE_PRINCIPALS + "/" + id(id)).map(IdentitiesApi::servicePrincipal);
  }

  /** Case-insensitive, as the server compares application ids. */
  public Optional<ServicePrincipal> findServicePrincipalByApplicationId(String applicationId) {
    return listServicePrincipals("applicationId", applicationId).stream().findFirst();
  }

  /** Display names of service principals need not be unique, hence a list. */
  public List<ServicePrincipal> findServicePrincipalsByDisplayName(String displayName) {
    return listServicePrincipals("displayName", displayName);
  }

  /**
   * PUT, a full replacement: {@code applicationId} must repeat the current one (it cannot change),
   * and {@code displayName} and {@code active} are replaced.
   */
  public ServicePrincipal updateServicePrincipal(
      String id, String applicationId, String displayName, boolean active) {
    return servicePrincipal(
        client.put(
            SERVICE_PRINCIPALS + "/" + id(id),
            servicePrincipalBody(applicationId, displayName, active)));
  }

  /** PATCH of {@code active} alone; an inactive principal's requests get 401. */
  public ServicePrincipal setServicePrincipalActive(String id, boolean active) {
    ObjectNode body = patch(operation("replace", "active").put("value", active));
    return servicePrincipal(client.patch(SERVICE_PRINCIPALS + "/" + id(id), body));
  }

  /** Also revokes every token of the service principal. */
  public void deleteServicePrincipal(String id) {
    client.delete(SERVICE_PRINCIPALS + "/" + id(id));
  }

  public Group createGroup(String displayName, List<String> memberIds) {
    ObjectNode body = GatehouseClient.object().put("displayName", displayName);
    members(body.putArray("members"), memberIds);
    return group(client.post(GROUPS, body));
  }

  public Optional<Group> getGroup(String id) {
    return client.find(GROUPS + "/" + id(id)).map(IdentitiesApi::group);
  }

  /** Group display names are unique ignoring case. */
  public Optional<Group> findGroupByDisplayName(String displayName) {
    JsonNode answer = client.get(GROUPS + "?filter=" + filter("displayName", displayName));
    List<Group> groups = new ArrayList<>();
    answer.path("Resources").forEach(g -> groups.add(group(g)));
    return groups.stream().findFirst();
  }

  public Group renameGroup(String id, String displayName) {
    ObjectNode body = patch(operation("replace", "displayName").put("value", displayName));
    return group(client.patch(GROUPS + "/" + id(id), body));
  }

  /** Adding a principal that is already a member changes nothing. */
  public Group addMember(String groupId, String memberId) {
    ObjectNode add = operation("add", "members");
    members(add.putArray("value"), List.of(memberId));
    ObjectNode body = patch(add);
    return group(client.patch(GROUPS + "/" + id(groupId), body));
  }

  /**
   * The form the Databricks tools send; removing a non-member is not an error, so retries are safe.
   */
  public Group removeMember(String groupId, String memberId) {
    ObjectNode body = patch(operation("remove", "members[value eq \"" + memberId + "\"]"));
    return group(client.patch(GROUPS + "/" + id(groupId), body));
  }

  public void deleteGroup(String id) {
    client.delete(GROUPS + "/" + id(id));
  }

  private List<ServicePrincipal> listServicePrincipals(String attribute, String value) {
    JsonNode answer = client.get(SERVICE_PRINCIPALS + "?filter=" + filter(attribute, value));
    List<ServicePrincipal> found = new ArrayList<>();
    answer.path("Resources").forEach(sp -> found.add(servicePrincipal(sp)));
    return found;
  }

  /** The one filter form the server accepts: {@code <attribute> eq "<value>"}. */
  private static String filter(String attribute, String value) {
    String quoted = value.replace("\\", "\\\\").replace("\"", "\\\"");
    return GatehouseClient.encode(attribute + " eq \"" + quoted + "\"");
  }

  private static ObjectNode operation(String op, String path) {
    return GatehouseClient.object().put("op", op).put("path", path);
  }

  /** An RFC 7644 PatchOp of one operation. */
  private static ObjectNode patch(ObjectNode operation) {
    ObjectNode body = GatehouseClient.object();
    body.putArray("schemas").add(PATCH_OP);
    body.putArray("Operations").add(operation);
    return body;
  }

  private static void members(ArrayNode array, List<String> memberIds) {
    memberIds.forEach(member -> array.addObject().put("value", member));
  }

  private static ObjectNode servicePrincipalBody(
      String applicationId, String displayName, boolean active) {
    ObjectNode body = GatehouseClient.object();
    body.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal");
    if (applicationId != null) {
      body.put("applicationId", applicationId);
    }
    if (displayName != null) {
      body.put("displayName", displayName);
    }
    return body.put("active", active);
  }

  private static String id(String id) {
    return GatehouseClient.encode(id);
  }

  private static ServicePrincipal servicePrincipal(JsonNode sp) {
    return new ServicePrincipal(
        sp.path("id").asString(null),
        sp.path("applicationId").asString(null),
        sp.path("displayName").asString(null),
        sp.path("active").asBoolean(true));
  }

  private static Group group(JsonNode group) {
    List<Member> members = new ArrayList<>();
    for (JsonNode member : group.path("members")) {
      members.add(
          new Member(
              member.path("value").asString(null),
              member.path("display").asString(null),
              member.path("type").asString(null)));
    }
    return new Group(
        group.path("id").asString(null), group.path("displayName").asString(null), members);
  }
}
