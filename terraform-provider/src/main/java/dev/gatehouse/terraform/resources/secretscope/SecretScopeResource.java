package dev.gatehouse.terraform.resources.secretscope;

import dev.gatehouse.terraform.client.SecretsApi;
import dev.gatehouse.terraform.framework.Attribute;
import dev.gatehouse.terraform.framework.AttributePath;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.NestedBlock;
import dev.gatehouse.terraform.framework.Resource;
import dev.gatehouse.terraform.framework.ResourceContext;
import dev.gatehouse.terraform.framework.Schema;
import dev.gatehouse.terraform.framework.Value;

/**
 * {@code gatehouse_secret_scope}, the twin of {@code databricks_secret_scope}: a scope has no
 * update API, so every argument forces a new scope. The id and the import key are the name.
 */
public final class SecretScopeResource implements Resource {
  static final String USERS = "users";

  private static final Block BLOCK =
      Block.of(
          "A secret scope: a named folder of secrets with its own access control list.",
          Attribute.string("id").computed().description("The scope's name."),
          Attribute.string("name")
              .required()
              .forceNew()
              .description(
                  "Name of the scope, unique in Gatehouse: letters, digits, '-', '_', '.' and '@',"
                      + " at most 128 characters."),
          Attribute.string("initial_manage_principal")
              .optional()
              .forceNew()
              .description(
                  "The only accepted value, 'users', gives MANAGE on the scope to every principal."
                      + " Unset, only the creator gets MANAGE. Not read back on import."),
          Attribute.string("backend_type")
              .computed()
              .description("Where the secrets are kept: always DATABRICKS, Gatehouse's own store."),
          NestedBlock.list(
                  "keyvault_metadata",
                  Block.of(
                      "Accepted for compatibility with databricks_secret_scope; not supported.",
                      Attribute.string("resource_id")
                          .required()
                          .description("Azure Key Vault resource id (Databricks only)."),
                      Attribute.string("dns_name")
                          .required()
                          .description("Azure Key Vault DNS name (Databricks only).")))
              .maxItems(1)
              .forceNew());

  @Override
  public String typeName() {
    return "gatehouse_secret_scope";
  }

  @Override
  public Schema schema() {
    return Schema.of(BLOCK);
  }

  @Override
  public void validate(Value config, Diagnostics diagnostics) {
    Value principal = config.get("initial_manage_principal");
    if (principal.isKnown() && !USERS.equals(principal.asString())) {
      diagnostics.error(
          AttributePath.of("initial_manage_principal"),
          "Unsupported initial_manage_principal",
          "Only \"users\" is accepted (got \""
              + principal.asString()
              + "\"). Leave it unset to"
              + " give MANAGE to the creator only.");
    }
    Value keyVault = config.get("keyvault_metadata");
    if (keyVault.isKnown() && !keyVault.elements().isEmpty()) {
      diagnostics.error(
          AttributePath.of("keyvault_metadata"),
          "Azure Key Vault scopes are not supported",
          "Gatehouse keeps secrets in its own encrypted store; remove the keyvault_metadata"
              + " block.");
    }
  }

  @Override
  public Value create(Value planned, Value config, ResourceContext context) {
    String name = planned.getString("name");
    secrets(context).createScope(name, planned.getString("initial_manage_principal"));
    return read(planned, context);
  }

  @Override
  public Value read(Value state, ResourceContext context) {
    String name = state.getString("name");
    return secrets(context)
        .findScope(name)
        .map(
            scope ->
                BLOCK
                    .newObject()
                    .set("id", scope.name())
                    .set("name", scope.name())
                    .set("initial_manage_principal", state.get("initial_manage_principal"))
                    .set("backend_type", scope.backendType())
                    .set("keyvault_metadata", state.get("keyvault_metadata"))
                    .build())
        .orElse(null);
  }

  @Override
  public Value update(Value prior, Value planned, Value config, ResourceContext context) {
    // Every argument is force-new, so Terraform never asks for an in-place update.
    return planned;
  }

  @Override
  public void delete(Value state, ResourceContext context) {
    secrets(context).deleteScope(state.getString("name"));
  }

  @Override
  public Value importState(String id, ResourceContext context) {
    return BLOCK.newObject().set("id", id).set("name", id).build();
  }

  private static SecretsApi secrets(ResourceContext context) {
    return context.client().secrets();
  }
}
