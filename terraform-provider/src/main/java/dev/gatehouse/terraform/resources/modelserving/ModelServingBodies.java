package dev.gatehouse.terraform.resources.modelserving;

import static dev.gatehouse.terraform.resources.modelserving.ModelServingSchema.AI_GATEWAY;
import static dev.gatehouse.terraform.resources.modelserving.ModelServingSchema.BLOCK;
import static dev.gatehouse.terraform.resources.modelserving.ModelServingSchema.CONFIG;
import static dev.gatehouse.terraform.resources.modelserving.ModelServingSchema.RATE_LIMITS;
import static dev.gatehouse.terraform.resources.modelserving.ModelServingSchema.TAGS;

import dev.gatehouse.terraform.client.EndpointsApi.Tag;
import dev.gatehouse.terraform.framework.ApiJson;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.NestedBlock;
import dev.gatehouse.terraform.framework.Timeouts;
import dev.gatehouse.terraform.framework.Value;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request bodies a {@code gatehouse_model_serving} value stands for: the whole create body, and
 * the parts that each have their own update call. Zero limits and {@code false} flags are sent as
 * such (only null and unknown values are left out), unlike databricks_model_serving's omitempty.
 */
final class ModelServingBodies {
  private ModelServingBodies() {}

  /** Body of {@code POST /serving-endpoints}; also what plan-time validation checks. */
  static ObjectNode create(Value object) {
    ObjectNode body = ApiJson.toJson(object, BLOCK);
    body.remove("id");
    body.remove("serving_endpoint_id");
    body.remove(Timeouts.BLOCK_NAME);
    return body;
  }

  /** Body of {@code PUT .../config}: the one {@code config} block. */
  static ObjectNode config(Value object) {
    return single(object, CONFIG);
  }

  /** Body of {@code PUT .../ai-gateway}: the whole block, {@code {}} when removed (clears it). */
  static ObjectNode aiGateway(Value object) {
    return single(object, AI_GATEWAY);
  }

  /** Body of {@code PUT .../rate-limits}: every legacy limit ({@code []} clears them). */
  static ObjectNode rateLimits(Value object) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ArrayNode limits = body.putArray(RATE_LIMITS);
    Block block = nested(RATE_LIMITS).block();
    object.get(RATE_LIMITS).elements().forEach(limit -> limits.add(ApiJson.toJson(limit, block)));
    return body;
  }

  /** The tags of a value, in no particular order. */
  static List<Tag> tags(Value object) {
    List<Tag> tags = new ArrayList<>();
    for (Value tag : object.get(TAGS).elements()) {
      tags.add(new Tag(tag.getString("key"), tag.getString("value")));
    }
    return tags;
  }

  static NestedBlock nested(String name) {
    return nested(BLOCK, name);
  }

  static NestedBlock nested(Block block, String name) {
    return block.blocks().stream()
        .filter(b -> b.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No block " + name));
  }

  private static ObjectNode single(Value object, String name) {
    List<Value> elements = object.get(name).elements();
    return elements.isEmpty()
        ? JsonNodeFactory.instance.objectNode()
        : ApiJson.toJson(elements.get(0), nested(name).block());
  }
}
