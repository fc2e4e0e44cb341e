package dev.gatehouse.terraform.resources.secretacl;

import dev.gatehouse.terraform.client.GatehouseApiException;
import dev.gatehouse.terraform.client.SecretsApi;
import dev.gatehouse.terraform.framework.Attribute;
import dev.gatehouse.terraform.framework.AttributePath;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.PlanChange;
import dev.gatehouse.terraform.framework.Resource;
import dev.gatehouse.terraform.framework.ResourceContext;
import dev.gatehouse.terraform.framework.Schema;
import dev.gatehouse.terraform.framework.Value;
import dev.gatehouse.terraform.resources.secret.ScopedId;
import dev.gatehouse.terraform.resources.secret.SecretNameRules;
import java.util.List;

/**
 * {@code gatehouse_secret_acl}, the twin of {@code databricks_secret_acl}. The server's acls/put
 * replaces a principal's permission, so a new permission is changed in place; scope and principal
 * force a new ACL. A permission changed through the API shows in the next plan.
 */
public final class SecretAclResource implements Resource {
  /** The levels of secret-acl-put.schema.json, each including the ones before it. */
  static final List<String> PERMISSIONS = List.of("READ", "WRITE", "MANAGE");

  private static final Block BLOCK =
      Block.of(
          "A principal's permission on a secret scope.",
          Attribute.string("id")
              .computed()
              .description("The scope and the principal: <scope>|||<principal>."),
          Attribute.string("scope")
              .required()
              .forceNew()
              .description("Name of the scope the permission applies to."),
          Attribute.string("principal")
              .required()
              .forceNew()
              .description(
                  "User name, service principal application id or group name that gets the"
                      + " permission ('users' is every principal)."),
          Attribute.string("permission")
              .required()
              .description(
                  "READ (list the keys and reference the secrets from endpoints), WRITE (also put"
                      + " and delete secrets) or MANAGE (also change ACLs and delete the scope)."
                      + " Changed in place."));

  @Override
  public String typeName() {
    return "gatehouse_secret_acl";
  }

  @Override
  public Schema schema() {
    return Schema.of(BLOCK);
  }

  @Override
  public void validate(Value config, Diagnostics diagnostics) {
    SecretNameRules.checkName(config, "scope", diagnostics);
    SecretNameRules.checkPrincipal(config, "principal", diagnostics);
    Value permission = config.get("permission");
    if (permission.isKnown() && !PERMISSIONS.contains(permission.asString())) {
      diagnostics.error(
          AttributePath.of("permission"),
          "Invalid permission",
          "\""
              + permission.asString()
              + "\" is not a permission: use READ, WRITE or MANAGE (upper case).");
    }
  }

  /** The id follows from the arguments, so the plan shows it. */
  @Override
  public void modifyPlan(PlanChange change) {
    String scope = change.planned().getString("scope");
    String principal = change.planned().getString("principal");
    if (scope != null && principal != null) {
      change.plan(
          change.planned().with("id", Value.string(new ScopedId(scope, principal).toString())));
    }
  }

  @Override
  public Value create(Value planned, Value config, ResourceContext context) {
    return put(planned, context);
  }

  @Override
  public Value read(Value state, ResourceContext context) {
    return secrets(context)
        .getAcl(state.getString("scope"), state.getString("principal"))
        .map(acl -> withServerView(state, acl))
        .orElse(null);
  }

  @Override
  public Value update(Value prior, Value planned, Value config, ResourceContext context) {
    return put(planned, context);
  }

  @Override
  public void delete(Value state, ResourceContext context) {
    try {
      secrets(context).deleteAcl(state.getString("scope"), state.getString("principal"));
    } catch (GatehouseApiException e) {
      if (!e.notFound()) {
        throw e;
      }
    }
  }

  @Override
  public Value importState(String id, ResourceContext context) {
    return ScopedId.importState(
        id, context, BLOCK, "gatehouse_secret_acl", "principal", "llm|||data-team");
  }

  private Value put(Value planned, ResourceContext context) {
    secrets(context)
        .putAcl(
            planned.getString("scope"),
            planned.getString("principal"),
            planned.getString("permission"));
    return read(planned, context);
  }

  /** The state with the permission the server holds now, which is how API changes show. */
  static Value withServerView(Value state, SecretsApi.Acl acl) {
    String scope = state.getString("scope");
    return state
        .with("id", Value.string(new ScopedId(scope, acl.principal()).toString()))
        .with("permission", Value.string(acl.permission()));
  }

  private static SecretsApi secrets(ResourceContext context) {
    return context.client().secrets();
  }
}
