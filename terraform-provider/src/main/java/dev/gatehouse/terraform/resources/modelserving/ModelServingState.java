package dev.gatehouse.terraform.resources.modelserving;

import static dev.gatehouse.terraform.resources.modelserving.ModelServingSchema.AI_GATEWAY;
import static dev.gatehouse.terraform.resources.modelserving.ModelServingSchema.BLOCK;
import static dev.gatehouse.terraform.resources.modelserving.ModelServingSchema.CONFIG;
import static dev.gatehouse.terraform.resources.modelserving.ModelServingSchema.RATE_LIMITS;

import dev.gatehouse.terraform.framework.ApiJson;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.NestedBlock;
import dev.gatehouse.terraform.framework.Timeouts;
import dev.gatehouse.terraform.framework.Type;
import dev.gatehouse.terraform.framework.Value;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * An endpoint as the API reports it, as state. What GET cannot tell is taken from the prior state
 * (the {@code *_plaintext} credentials, the legacy {@code rate_limits}, {@code timeouts}); what the
 * server fills in by itself ({@code description: ""}, {@code route_optimized: false}, an empty AI
 * gateway, the default route) stays absent when the configuration left it out, so it shows no diff.
 */
final class ModelServingState {
  private ModelServingState() {}

  /** The state for {@code endpoint}; {@code prior} is null-valued on import. */
  static Value of(JsonNode endpoint, Value prior) {
    Value state = ApiJson.fromJson(endpoint, BLOCK);
    String name = endpoint.path("name").asString();
    state =
        state
            .with("id", Value.string(name))
            .with("serving_endpoint_id", Value.string(endpoint.path("id").asString(null)))
            .with(RATE_LIMITS, priorOr(prior, RATE_LIMITS))
            .with(Timeouts.BLOCK_NAME, prior.get(Timeouts.BLOCK_NAME))
            .with("description", unlessDefault(state, prior, "description", Value.string("")))
            .with(
                "route_optimized",
                unlessDefault(state, prior, "route_optimized", Value.bool(false)));
    state = state.with(AI_GATEWAY, aiGateway(state.get(AI_GATEWAY), prior));
    Value priorConfig = prior.isKnown() ? first(prior.get(CONFIG)) : null;
    return state.with(
        CONFIG, ConfigState.of(state.get(CONFIG), priorConfig, ModelServingBodies.nested(CONFIG)));
  }

  /** The first element of a one-element block, else null. */
  static Value first(Value blocks) {
    return blocks.isKnown() && !blocks.elements().isEmpty() ? blocks.elements().get(0) : null;
  }

  private static Value priorOr(Value prior, String block) {
    return prior.isKnown() ? prior.get(block) : ModelServingBodies.nested(block).absent();
  }

  /** The server's value, except its default when the configuration never set the attribute. */
  private static Value unlessDefault(Value state, Value prior, String name, Value fallback) {
    Value current = state.get(name);
    boolean unset = !prior.isKnown() || prior.get(name).isNull();
    return unset && current.equals(fallback) ? Value.nullOf(current.type()) : current;
  }

  /** An AI gateway with nothing switched on reads as no block, when none was configured. */
  private static Value aiGateway(Value current, Value prior) {
    boolean configured = prior.isKnown() && !prior.get(AI_GATEWAY).elements().isEmpty();
    if (configured || current.elements().isEmpty()) {
      return current;
    }
    return isBlank(current.elements().get(0), ModelServingBodies.nested(AI_GATEWAY).block())
        ? ModelServingBodies.nested(AI_GATEWAY).absent()
        : current;
  }

  /** Nothing in the object is set but {@code false} flags. */
  static boolean isBlank(Value object, Block block) {
    for (var attribute : block.attributes()) {
      Value value = object.get(attribute.name());
      boolean empty =
          value.isKnown() && value.type() instanceof Type.ListType && value.elements().isEmpty();
      if (value.isKnown() && !empty && !value.equals(Value.bool(false))) {
        return false;
      }
    }
    for (NestedBlock nested : block.blocks()) {
      List<Value> elements = object.get(nested.name()).elements();
      if (!elements.stream().allMatch(e -> isBlank(e, nested.block()))) {
        return false;
      }
    }
    return true;
  }
}
