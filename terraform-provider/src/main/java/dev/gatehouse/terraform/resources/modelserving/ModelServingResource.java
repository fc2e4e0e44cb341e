package dev.gatehouse.terraform.resources.modelserving;

import static dev.gatehouse.terraform.resources.modelserving.ModelServingSchema.AI_GATEWAY;
import static dev.gatehouse.terraform.resources.modelserving.ModelServingSchema.BLOCK;
import static dev.gatehouse.terraform.resources.modelserving.ModelServingSchema.CONFIG;
import static dev.gatehouse.terraform.resources.modelserving.ModelServingSchema.RATE_LIMITS;
import static dev.gatehouse.terraform.resources.modelserving.ModelServingSchema.TAGS;

import dev.gatehouse.terraform.client.EndpointsApi;
import dev.gatehouse.terraform.client.GatehouseApiException;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.PlanChange;
import dev.gatehouse.terraform.framework.Resource;
import dev.gatehouse.terraform.framework.ResourceContext;
import dev.gatehouse.terraform.framework.Schema;
import dev.gatehouse.terraform.framework.Timeouts;
import dev.gatehouse.terraform.framework.Value;
import java.time.Duration;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * {@code gatehouse_model_serving}, the twin of {@code databricks_model_serving}: one serving
 * endpoint. Its schema is derived from the server's JSON Schemas ({@link ModelServingSchema}) and
 * the configuration is checked against them at plan time. Each part changes through its own API
 * call (config, tags, AI gateway, legacy rate limits) and a config change waits until it serves.
 *
 * <p>A create whose config never becomes ready keeps the endpoint (Databricks' provider deletes
 * it): Terraform records it as tainted, the error carries the server's reason, and the next apply
 * replaces it. A failed update keeps the old config in state, since the old config still serves, so
 * the next plan shows the change again.
 */
public final class ModelServingResource implements Resource {
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(45);

  @Override
  public String typeName() {
    return "gatehouse_model_serving";
  }

  @Override
  public Schema schema() {
    return Schema.of(BLOCK);
  }

  @Override
  public void validate(Value config, Diagnostics diagnostics) {
    Timeouts.validate(config, diagnostics);
    ConfigValidation.validate(config, diagnostics);
  }

  @Override
  public void modifyPlan(PlanChange change) {
    PlanRules.apply(change);
  }

  @Override
  public Value create(Value planned, Value config, ResourceContext context) {
    String name = planned.getString("name");
    EndpointCalls calls = calls(context, name, Timeouts.get(planned, "create", DEFAULT_TIMEOUT));
    JsonNode created =
        calls.send("create", () -> endpoints(context).create(ModelServingBodies.create(planned)));
    return UpdateOutcome.afterCreate(calls, created, planned, context.diagnostics());
  }

  @Override
  public Value read(Value state, ResourceContext context) {
    return endpoints(context)
        .get(state.getString("name"))
        .map(endpoint -> ModelServingState.of(endpoint, state))
        .orElse(null);
  }

  @Override
  public Value update(Value prior, Value planned, Value config, ResourceContext context) {
    String name = planned.getString("name");
    EndpointsApi endpoints = endpoints(context);
    EndpointCalls calls = calls(context, name, Timeouts.get(planned, "update", DEFAULT_TIMEOUT));
    UpdateOutcome outcome = UpdateOutcome.ofUpdate(prior, planned, context.diagnostics());
    if (outcome.changed(CONFIG)) {
      outcome.step(
          CONFIG,
          () -> {
            calls.send(
                "config", () -> endpoints.updateConfig(name, ModelServingBodies.config(planned)));
            return calls.waitUntilNotUpdating();
          });
    }
    TagDiff tags =
        TagDiff.between(ModelServingBodies.tags(prior), ModelServingBodies.tags(planned));
    change(outcome, calls, TAGS, () -> endpoints.patchTags(name, tags.add(), tags.delete()));
    change(
        outcome,
        calls,
        AI_GATEWAY,
        () -> endpoints.putAiGateway(name, ModelServingBodies.aiGateway(planned)));
    change(
        outcome,
        calls,
        RATE_LIMITS,
        () -> endpoints.putRateLimits(name, ModelServingBodies.rateLimits(planned)));
    outcome.applied(Timeouts.BLOCK_NAME);
    return outcome.result(endpoints.get(name).orElseThrow());
  }

  @Override
  public void delete(Value state, ResourceContext context) {
    try {
      endpoints(context).delete(state.getString("name"));
    } catch (GatehouseApiException e) {
      if (!e.notFound()) {
        throw e;
      }
    }
  }

  @Override
  public Value importState(String id, ResourceContext context) {
    return BLOCK.newObject().set("id", id).set("name", id).build();
  }

  /** Sends the call of a part that changed: each part has its own API call (unlike Databricks'). */
  private static void change(
      UpdateOutcome outcome, EndpointCalls calls, String part, Supplier<?> call) {
    if (outcome.changed(part)) {
      outcome.step(part, () -> calls.send(part, call));
    }
  }

  private static EndpointCalls calls(ResourceContext context, String name, Duration timeout) {
    return new EndpointCalls(endpoints(context), name, timeout);
  }

  private static EndpointsApi endpoints(ResourceContext context) {
    return context.client().endpoints();
  }
}
