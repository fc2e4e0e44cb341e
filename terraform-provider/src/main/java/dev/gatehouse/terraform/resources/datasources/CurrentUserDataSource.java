package dev.gatehouse.terraform.resources.datasources;

import dev.gatehouse.terraform.framework.Attribute;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.DataSource;
import dev.gatehouse.terraform.framework.ResourceContext;
import dev.gatehouse.terraform.framework.Schema;
import dev.gatehouse.terraform.framework.Type;
import dev.gatehouse.terraform.framework.Value;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code gatehouse_current_user}, the twin of {@code databricks_current_user}: SCIM Me. */
public final class CurrentUserDataSource implements DataSource {
  private static final Block BLOCK =
      Block.of(
          "The principal whose token the provider uses.",
          Attribute.string("id").computed().description("The principal's SCIM id."),
          Attribute.string("user_name")
              .computed()
              .description("The user name; for a service principal, its application id."),
          Attribute.string("display_name").computed().description("The display name, if any."),
          Attribute.bool("service_principal")
              .computed()
              .description("Whether the caller is a service principal rather than a user."),
          Attribute.of("groups", Type.list(Type.STRING))
              .computed()
              .description("Display names of the groups the caller belongs to directly."));

  @Override
  public String typeName() {
    return "gatehouse_current_user";
  }

  @Override
  public Schema schema() {
    return Schema.of(BLOCK);
  }

  @Override
  public Value read(Value config, ResourceContext context) {
    return user(context.client().identities().meDocument());
  }

  /** The SCIM Me document as the data source's value. */
  static Value user(JsonNode me) {
    List<Value> groups = new ArrayList<>();
    me.path("groups").forEach(g -> groups.add(Value.string(g.path("display").asString(null))));
    return BLOCK
        .newObject()
        .set("id", me.path("id").asString(null))
        .set("user_name", me.path("userName").asString(null))
        .set("display_name", me.path("displayName").asString(null))
        .set(
            "service_principal",
            "ServicePrincipal".equals(me.path("meta").path("resourceType").asString(null)))
        .set("groups", Value.list(Type.STRING, groups))
        .build();
  }
}
