package dev.gatehouse.terraform.resources.serviceprincipal;

import dev.gatehouse.terraform.client.GatehouseApiException;
import dev.gatehouse.terraform.client.IdentitiesApi;
import dev.gatehouse.terraform.client.IdentitiesApi.ServicePrincipal;
import dev.gatehouse.terraform.framework.Attribute;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.PlanChange;
import dev.gatehouse.terraform.framework.Resource;
import dev.gatehouse.terraform.framework.ResourceContext;
import dev.gatehouse.terraform.framework.Schema;
import dev.gatehouse.terraform.framework.Value;
import dev.gatehouse.terraform.resources.scim.ScimNameRule;

/**
 * {@code gatehouse_service_principal}. The application id cannot change (SCIM PUT must repeat it),
 * so it forces a new principal; display name and active change in place through one PUT. The id and
 * the import key are the SCIM id.
 */
public final class ServicePrincipalResource implements Resource {
  static final Block BLOCK =
      Block.of(
          "A service principal: a non-human identity that calls Gatehouse with its own tokens and"
              + " can be granted permissions and group memberships.",
          Attribute.string("id").computed().description("The SCIM id, a numeric string."),
          Attribute.string("application_id")
              .optional()
              .computed()
              .forceNew()
              .description(
                  "The application id (what permissions name in service_principal_name). Unset,"
                      + " Gatehouse makes up a UUID. Unique ignoring case; changing it creates a"
                      + " new service principal."),
          Attribute.string("display_name")
              .optional()
              .computed()
              .description(
                  "A readable name; need not be unique. Unset, Gatehouse uses the application"
                      + " id."),
          Attribute.bool("active")
              .optional()
              .computed()
              .description(
                  "Defaults to true. An inactive service principal keeps its tokens and"
                      + " memberships, but every request it makes is refused with 401."));

  @Override
  public String typeName() {
    return "gatehouse_service_principal";
  }

  @Override
  public Schema schema() {
    return Schema.of(BLOCK);
  }

  @Override
  public void validate(Value config, Diagnostics diagnostics) {
    ScimNameRule.check(config, "application_id", diagnostics);
    ScimNameRule.check(config, "display_name", diagnostics);
  }

  /** {@code active} left out means true, also when it was false before (a real default). */
  @Override
  public void modifyPlan(PlanChange change) {
    if (change.config().get("active").isNull()) {
      change.plan(change.planned().with("active", Value.bool(true)));
    }
  }

  @Override
  public Value create(Value planned, Value config, ResourceContext context) {
    ServicePrincipal created =
        identities(context)
            .createServicePrincipal(
                planned.getString("application_id"),
                planned.getString("display_name"),
                active(planned));
    return state(created, planned);
  }

  @Override
  public Value read(Value state, ResourceContext context) {
    return identities(context)
        .getServicePrincipal(state.getString("id"))
        .map(sp -> state(sp, state))
        .orElse(null);
  }

  @Override
  public Value update(Value prior, Value planned, Value config, ResourceContext context) {
    ServicePrincipal updated =
        identities(context)
            .updateServicePrincipal(
                prior.getString("id"),
                prior.getString("application_id"),
                planned.getString("display_name"),
                active(planned));
    return state(updated, planned);
  }

  @Override
  public void delete(Value state, ResourceContext context) {
    try {
      identities(context).deleteServicePrincipal(state.getString("id"));
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

  /**
   * The principal as the API reports it. Application ids compare ignoring case, so a configured
   * spelling that differs only in case is kept rather than shown as a change.
   */
  static Value state(ServicePrincipal sp, Value known) {
    String configured = known.isKnown() ? known.getString("application_id") : null;
    String applicationId =
        configured != null && configured.equalsIgnoreCase(sp.applicationId())
            ? configured
            : sp.applicationId();
    return BLOCK
        .newObject()
        .set("id", sp.id())
        .set("application_id", applicationId)
        .set("display_name", sp.displayName())
        .set("active", sp.active())
        .build();
  }

  private static boolean active(Value planned) {
    Value active = planned.get("active");
    return !active.isKnown() || active.asBool();
  }

  private static IdentitiesApi identities(ResourceContext context) {
    return context.client().identities();
  }
}
