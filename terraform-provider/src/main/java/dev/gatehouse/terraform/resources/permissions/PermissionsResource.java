package dev.gatehouse.terraform.resources.permissions;

import dev.gatehouse.terraform.client.GatehouseApiException;
import dev.gatehouse.terraform.client.PermissionsApi;
import dev.gatehouse.terraform.client.PermissionsApi.AccessControl;
import dev.gatehouse.terraform.client.PermissionsApi.Permissions;
import dev.gatehouse.terraform.framework.Attribute;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.NestedBlock;
import dev.gatehouse.terraform.framework.Resource;
import dev.gatehouse.terraform.framework.ResourceContext;
import dev.gatehouse.terraform.framework.Schema;
import dev.gatehouse.terraform.framework.Value;
import java.util.List;

/**
 * {@code gatehouse_permissions}, the twin of {@code databricks_permissions} for serving endpoints:
 * create and update PUT the configured grants plus the applying principal as CAN_MANAGE; read keeps
 * the direct grants but the applying principal's (unless configured); delete PUTs back only the
 * applying principal's CAN_MANAGE.
 */
public final class PermissionsResource implements Resource {
  static final String OBJECT_TYPE = "serving-endpoint";

  static final Block ENTRY =
      Block.of(
          "One grant: exactly one of user_name, group_name or service_principal_name, and a"
              + " level.",
          Attribute.string(AccessControlValues.USER)
              .optional()
              .description("A user's userName, e.g. ana@example.com."),
          Attribute.string(AccessControlValues.GROUP)
              .optional()
              .description(
                  "A group's display name (not 'admins': admins manage every endpoint already)."),
          Attribute.string(AccessControlValues.SERVICE_PRINCIPAL)
              .optional()
              .description(
                  "A service principal's application id, e.g."
                      + " gatehouse_service_principal.x.application_id."),
          Attribute.string(AccessControlValues.LEVEL)
              .required()
              .description(
                  "CAN_VIEW (see the endpoint), CAN_QUERY (also call it) or CAN_MANAGE (also"
                      + " change it, its permissions included, and delete it)."));

  private static final Block BLOCK =
      Block.of(
          "The direct grants on one serving endpoint. Terraform owns the whole list: grants made"
              + " outside it are removed on the next apply. The applying principal always keeps"
              + " CAN_MANAGE, and admins manage every endpoint whatever the list says.",
          Attribute.string("id")
              .computed()
              .description("/serving-endpoints/<serving_endpoint_id>."),
          Attribute.string("serving_endpoint_id")
              .required()
              .forceNew()
              .description(
                  "The endpoint's id (not its name), e.g."
                      + " gatehouse_model_serving.x.serving_endpoint_id."),
          NestedBlock.set("access_control", ENTRY).minItems(1));

  @Override
  public String typeName() {
    return "gatehouse_permissions";
  }

  @Override
  public Schema schema() {
    return Schema.of(BLOCK);
  }

  @Override
  public void validate(Value config, Diagnostics diagnostics) {
    AccessControlRules.check(config.get("access_control"), diagnostics);
  }

  @Override
  public Value create(Value planned, Value config, ResourceContext context) {
    return put(planned, context);
  }

  @Override
  public Value read(Value state, ResourceContext context) {
    String endpointId = state.getString("serving_endpoint_id");
    CallerGrant caller = caller(context);
    return permissions(context)
        .get(endpointId)
        .map(
            answered -> {
              checkObjectType(answered);
              return state(endpointId, caller.managed(answered, configured(state)));
            })
        .orElse(null);
  }

  @Override
  public Value update(Value prior, Value planned, Value config, ResourceContext context) {
    return put(planned, context);
  }

  /** Leaves the endpoint as Terraform found it before it managed any grant but its own. */
  @Override
  public void delete(Value state, ResourceContext context) {
    String endpointId = state.getString("serving_endpoint_id");
    try {
      permissions(context).set(endpointId, List.of(caller(context).manage()));
    } catch (GatehouseApiException e) {
      if (!e.notFound()) {
        throw e;
      }
    }
  }

  /** A malformed id is a diagnostic naming the expected form, and nothing is imported. */
  @Override
  public Value importState(String id, ResourceContext context) {
    String endpointId;
    try {
      endpointId = EndpointObjectId.endpointId(id);
    } catch (IllegalArgumentException e) {
      context.diagnostics().error("Invalid import id for " + typeName(), e.getMessage());
      return Value.nullOf(BLOCK.type());
    }
    return BLOCK
        .newObject()
        .set("id", EndpointObjectId.of(endpointId))
        .set("serving_endpoint_id", endpointId)
        .build();
  }

  private Value put(Value planned, ResourceContext context) {
    String endpointId = planned.getString("serving_endpoint_id");
    List<AccessControl> wanted = configured(planned);
    CallerGrant caller = caller(context);
    Permissions answered = permissions(context).set(endpointId, caller.withCaller(wanted));
    checkObjectType(answered);
    List<AccessControl> granted =
        AccessControlValues.inPlannedOrder(
            planned.get("access_control"), caller.managed(answered, wanted));
    return state(endpointId, granted);
  }

  /** Databricks' provider checks this too: any other object's permissions are not ours. */
  static void checkObjectType(Permissions answered) {
    if (!OBJECT_TYPE.equals(answered.objectType())) {
      throw new IllegalStateException(
          "Expected permissions of a serving-endpoint, got " + answered.objectType());
    }
  }

  static Value state(String endpointId, List<AccessControl> grants) {
    return BLOCK
        .newObject()
        .set("id", EndpointObjectId.of(endpointId))
        .set("serving_endpoint_id", endpointId)
        .set("access_control", AccessControlValues.toValue(ENTRY, grants))
        .build();
  }

  private static List<AccessControl> configured(Value object) {
    return AccessControlValues.fromValue(object.get("access_control"));
  }

  private static CallerGrant caller(ResourceContext context) {
    return new CallerGrant(context.client().identities().currentPrincipal());
  }

  private static PermissionsApi permissions(ResourceContext context) {
    return context.client().permissions();
  }
}
