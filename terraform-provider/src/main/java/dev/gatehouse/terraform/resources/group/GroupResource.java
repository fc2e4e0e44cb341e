package dev.gatehouse.terraform.resources.group;

import dev.gatehouse.terraform.client.GatehouseApiException;
import dev.gatehouse.terraform.client.IdentitiesApi;
import dev.gatehouse.terraform.client.IdentitiesApi.Group;
import dev.gatehouse.terraform.framework.Attribute;
import dev.gatehouse.terraform.framework.AttributePath;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.Resource;
import dev.gatehouse.terraform.framework.ResourceContext;
import dev.gatehouse.terraform.framework.Schema;
import dev.gatehouse.terraform.framework.Value;
import dev.gatehouse.terraform.resources.scim.ScimNameRule;
import java.util.List;

/**
 * {@code gatehouse_group}. A rename is a SCIM PATCH of {@code displayName}, so it happens in place
 * and the group keeps its id, its members and its grants by id; grants by name ({@code group_name})
 * follow the name. The id and the import key are the SCIM id.
 */
public final class GroupResource implements Resource {
  static final String ADMINS = "admins";

  static final Block BLOCK =
      Block.of(
          "A group of users, service principals and other groups, to grant permissions to many"
              + " principals at once.",
          Attribute.string("id").computed().description("The SCIM id, a numeric string."),
          Attribute.string("display_name")
              .required()
              .description(
                  "The group's name, unique ignoring case; what permissions name in group_name."
                      + " Changing it renames the group in place. 'admins' is Gatehouse's own"
                      + " group and cannot be created."));

  @Override
  public String typeName() {
    return "gatehouse_group";
  }

  @Override
  public Schema schema() {
    return Schema.of(BLOCK);
  }

  @Override
  public void validate(Value config, Diagnostics diagnostics) {
    ScimNameRule.check(config, "display_name", diagnostics);
    String name = config.getString("display_name");
    if (ADMINS.equalsIgnoreCase(name)) {
      diagnostics.error(
          AttributePath.of("display_name"),
          "The admins group is Gatehouse's own",
          "A group named \""
              + name
              + "\" cannot be created: group names are unique ignoring"
              + " case, and admins always exists. Choose another name; to make someone an"
              + " admin, add a gatehouse_group_member to the admins group's id.");
    }
  }

  @Override
  public Value create(Value planned, Value config, ResourceContext context) {
    return state(identities(context).createGroup(planned.getString("display_name"), List.of()));
  }

  @Override
  public Value read(Value state, ResourceContext context) {
    return identities(context)
        .getGroup(state.getString("id"))
        .map(GroupResource::state)
        .orElse(null);
  }

  @Override
  public Value update(Value prior, Value planned, Value config, ResourceContext context) {
    return state(
        identities(context).renameGroup(prior.getString("id"), planned.getString("display_name")));
  }

  @Override
  public void delete(Value state, ResourceContext context) {
    try {
      identities(context).deleteGroup(state.getString("id"));
    } catch (GatehouseApiException e) {
      if (!e.notFound()) {
        throw e;
      }
    }
  }

  @Override
  public Value importState(String id, ResourceContext context) {
    return BLOCK.newObject().set("id", id).build();
  }

  static Value state(Group group) {
    return BLOCK.newObject().set("id", group.id()).set("display_name", group.displayName()).build();
  }

  private static IdentitiesApi identities(ResourceContext context) {
    return context.client().identities();
  }
}
