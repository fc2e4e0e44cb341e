package dev.gatehouse.terraform.resources.secret;

import dev.gatehouse.terraform.client.GatehouseApiException;
import dev.gatehouse.terraform.client.SecretsApi;
import dev.gatehouse.terraform.framework.Attribute;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.PlanChange;
import dev.gatehouse.terraform.framework.Resource;
import dev.gatehouse.terraform.framework.ResourceContext;
import dev.gatehouse.terraform.framework.Schema;
import dev.gatehouse.terraform.framework.Type;
import dev.gatehouse.terraform.framework.Value;

/**
 * {@code gatehouse_secret}, the twin of {@code databricks_secret}, with two differences users asked
 * for: a new value is put in place (the server's put replaces the value under the same reference,
 * so endpoints using it never see the secret missing, as they would between a delete and a put),
 * and the value can be write-only ({@link SecretValue}). Scope and key force a new secret.
 */
public final class SecretResource implements Resource {
  static final String LAST_UPDATED = "last_updated_timestamp";

  private static final Block BLOCK =
      Block.of(
          "A secret in a scope. Endpoints use it as {{secrets/<scope>/<key>}} (see"
              + " config_reference); its value is encrypted at rest and never returned by the API.",
          Attribute.string("id").computed().description("The scope and the key: <scope>|||<key>."),
          Attribute.string("scope")
              .required()
              .forceNew()
              .description("Name of the scope that holds the secret; it must exist."),
          Attribute.string("key")
              .required()
              .forceNew()
              .description(
                  "Name of the secret within the scope: 1 to 128 letters, digits, '.', '-' or '_'."),
          Attribute.string(SecretValue.STRING_VALUE)
              .optional()
              .sensitive()
              .description(
                  "The value, as databricks_secret takes it: kept in the state file (marked"
                      + " sensitive). A change puts the new value in place. Exactly one of"
                      + " string_value and string_value_wo must be set; at most 128 KiB."),
          Attribute.string(SecretValue.WRITE_ONLY)
              .optional()
              .sensitive()
              .writeOnly()
              .description(
                  "The value, write-only (Terraform 1.11+): sent to Gatehouse but never stored in"
                      + " the plan or the state. Terraform cannot see it change, so it is sent on"
                      + " create and whenever string_value_wo_version changes."),
          Attribute.number(SecretValue.VERSION)
              .optional()
              .description(
                  "Required with string_value_wo: change it (e.g. increase it) to send a new"
                      + " string_value_wo."),
          Attribute.number(LAST_UPDATED)
              .computed()
              .description("When the value was last put, in milliseconds since the epoch."),
          Attribute.string("config_reference")
              .computed()
              .description(
                  "The reference to use in endpoint configurations: {{secrets/<scope>/<key>}}."));

  @Override
  public String typeName() {
    return "gatehouse_secret";
  }

  @Override
  public Schema schema() {
    return Schema.of(BLOCK);
  }

  @Override
  public void validate(Value config, Diagnostics diagnostics) {
    SecretNameRules.checkName(config, "scope", diagnostics);
    SecretNameRules.checkName(config, "key", diagnostics);
    SecretValue.validate(config, diagnostics);
  }

  /**
   * Id and reference are known from the plan on; the timestamp stays as it is unless the value will
   * be put again (a write-only value alone never shows as a change: only its version does).
   */
  @Override
  public void modifyPlan(PlanChange change) {
    Value planned = change.planned();
    String scope = planned.getString("scope");
    String key = planned.getString("key");
    if (scope != null && key != null) {
      planned =
          planned
              .with("id", Value.string(new ScopedId(scope, key).toString()))
              .with("config_reference", Value.string(reference(scope, key)));
    }
    if (!change.isCreate()) {
      boolean putAgain =
          !change.requiresReplace().isEmpty() || SecretValue.changed(change.prior(), planned);
      planned =
          planned.with(
              LAST_UPDATED,
              putAgain ? Value.unknown(Type.NUMBER) : change.prior().get(LAST_UPDATED));
    }
    change.plan(planned);
  }

  /**
   * Unlike databricks_secret, refuses to take over a secret that already exists: a put would
   * silently replace a value someone else manages, and a later destroy would delete it.
   */
  @Override
  public Value create(Value planned, Value config, ResourceContext context) {
    String scope = planned.getString("scope");
    String key = planned.getString("key");
    if (secrets(context).findSecret(scope, key).isPresent()) {
      throw new GatehouseApiException(
          409,
          "RESOURCE_ALREADY_EXISTS",
          "Secret '"
              + key
              + "' already exists in scope '"
              + scope
              + "'. To manage it with Terraform, import it: terraform import gatehouse_secret.<name> '"
              + new ScopedId(scope, key)
              + "'; or choose another key.");
    }
    return put(planned, config, context);
  }

  @Override
  public Value read(Value state, ResourceContext context) {
    return secrets(context)
        .findSecret(state.getString("scope"), state.getString("key"))
        .map(found -> withServerView(state, found))
        .orElse(null);
  }

  /** Only the value can change in place: put it again, which replaces it on the server. */
  @Override
  public Value update(Value prior, Value planned, Value config, ResourceContext context) {
    return put(planned, config, context);
  }

  @Override
  public void delete(Value state, ResourceContext context) {
    try {
      secrets(context).deleteSecret(state.getString("scope"), state.getString("key"));
    } catch (GatehouseApiException e) {
      if (!e.notFound()) {
        throw e;
      }
    }
  }

  @Override
  public Value importState(String id, ResourceContext context) {
    return ScopedId.importState(id, context, BLOCK, "gatehouse_secret", "key", "llm|||openai-key");
  }

  /** The value the configuration gives, then the secret as the server now lists it. */
  private Value put(Value planned, Value config, ResourceContext context) {
    String scope = planned.getString("scope");
    String key = planned.getString("key");
    secrets(context).putSecret(scope, key, SecretValue.toSend(config));
    return read(planned, context);
  }

  /** The state with what the API reports; the values it never returns stay as they were. */
  static Value withServerView(Value state, SecretsApi.SecretMetadata secret) {
    String scope = state.getString("scope");
    return state
        .with("id", Value.string(new ScopedId(scope, secret.key()).toString()))
        .with("config_reference", Value.string(reference(scope, secret.key())))
        .with(LAST_UPDATED, Value.number(secret.lastUpdatedTimestamp()));
  }

  static String reference(String scope, String key) {
    return "{{secrets/" + scope + "/" + key + "}}";
  }

  private static SecretsApi secrets(ResourceContext context) {
    return context.client().secrets();
  }
}
