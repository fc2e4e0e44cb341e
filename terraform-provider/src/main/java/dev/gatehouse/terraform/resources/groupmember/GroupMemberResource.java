package dev.gatehouse.terraform.resources.groupmember;

import dev.gatehouse.terraform.client.GatehouseApiException;
import dev.gatehouse.terraform.client.IdentitiesApi;
import dev.gatehouse.terraform.client.IdentitiesApi.Group;
import dev.gatehouse.terraform.framework.Attribute;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.Resource;
import dev.gatehouse.terraform.framework.ResourceContext;
import dev.gatehouse.terraform.framework.Schema;
import dev.gatehouse.terraform.framework.Value;

/**
 * {@code gatehouse_group_member}. A membership has nothing to change, so both ids force a new one.
 * Adding an existing member and removing a missing one are no-ops on the server, so create and
 * delete are safe to retry; read answers "gone" when the group or the membership is.
 */
public final class GroupMemberResource implements Resource {
  static final Block BLOCK =
      Block.of(
          "One member of a group. SCIM ids are unique across users, service principals and"
              + " groups, so the member needs no type; a group member makes groups nest.",
          Attribute.string("id").computed().description("<group_id>|<member_id>."),
          Attribute.string("group_id")
              .required()
              .forceNew()
              .description("The group's SCIM id, e.g. gatehouse_group.x.id."),
          Attribute.string("member_id")
              .required()
              .forceNew()
              .description(
                  "The SCIM id of the user, service principal or group to add, e.g."
                      + " gatehouse_service_principal.x.id."));

  @Override
  public String typeName() {
    return "gatehouse_group_member";
  }

  @Override
  public Schema schema() {
    return Schema.of(BLOCK);
  }

  @Override
  public Value create(Value planned, Value config, ResourceContext context) {
    MembershipId id =
        new MembershipId(planned.getString("group_id"), planned.getString("member_id"));
    identities(context).addMember(id.groupId(), id.memberId());
    return state(id);
  }

  @Override
  public Value read(Value state, ResourceContext context) {
    MembershipId id = new MembershipId(state.getString("group_id"), state.getString("member_id"));
    return identities(context)
        .getGroup(id.groupId())
        .filter(group -> isMember(group, id.memberId()))
        .map(group -> state(id))
        .orElse(null);
  }

  @Override
  public Value update(Value prior, Value planned, Value config, ResourceContext context) {
    // Both arguments are force-new, so Terraform never asks for an in-place update.
    return planned;
  }

  @Override
  public void delete(Value state, ResourceContext context) {
    try {
      identities(context).removeMember(state.getString("group_id"), state.getString("member_id"));
    } catch (GatehouseApiException e) {
      if (!e.notFound()) {
        throw e;
      }
    }
  }

  /** A malformed id is a diagnostic naming the expected form, and nothing is imported. */
  @Override
  public Value importState(String id, ResourceContext context) {
    try {
      return state(MembershipId.parse(id));
    } catch (IllegalArgumentException e) {
      context.diagnostics().error("Invalid import id for " + typeName(), e.getMessage());
      return Value.nullOf(BLOCK.type());
    }
  }

  static boolean isMember(Group group, String memberId) {
    return group.members().stream().anyMatch(member -> memberId.equals(member.id()));
  }

  static Value state(MembershipId id) {
    return BLOCK
        .newObject()
        .set("id", id.toString())
        .set("group_id", id.groupId())
        .set("member_id", id.memberId())
        .build();
  }

  private static IdentitiesApi identities(ResourceContext context) {
    return context.client().identities();
  }
}
