package dev.gatehouse.terraform.resources.datasources;

import dev.gatehouse.terraform.framework.Attribute;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.DataSource;
import dev.gatehouse.terraform.framework.ResourceContext;
import dev.gatehouse.terraform.framework.Schema;
import dev.gatehouse.terraform.framework.Type;
import dev.gatehouse.terraform.framework.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code gatehouse_serving_endpoints}, the twin of {@code databricks_serving_endpoints}: the
 * endpoints the caller holds a permission on, flattened to what a configuration usually needs.
 */
public final class ServingEndpointsDataSource implements DataSource {
  static final Block ENDPOINT =
      Block.of(
          "One serving endpoint.",
          Attribute.string("name").computed().description("The endpoint's name."),
          Attribute.string("id").computed().description("The endpoint's id."),
          Attribute.string("task").computed().description("The task its models answer, if any."),
          Attribute.string("state_ready").computed().description("READY or NOT_READY."),
          Attribute.string("state_config_update")
              .computed()
              .description("NOT_UPDATING, IN_PROGRESS or UPDATE_FAILED."),
          Attribute.string("creator").computed().description("Who created the endpoint."),
          Attribute.of("tags", Type.map(Type.STRING))
              .computed()
              .description("The endpoint's tags, key to value (a tag without value maps to \"\")."),
          Attribute.string("external_model_provider")
              .computed()
              .description("Provider of the first served external model, if any."),
          Attribute.string("external_model_name")
              .computed()
              .description("Name of the first served external model, if any."));

  private static final Block BLOCK =
      Block.of(
          "The serving endpoints the caller can see (holds any permission on).",
          Attribute.of("endpoints", Type.list(ENDPOINT.type()))
              .computed()
              .description(
                  "The endpoints, each with name, id, task, state_ready, state_config_update,"
                      + " creator, tags, external_model_provider and external_model_name."));

  @Override
  public String typeName() {
    return "gatehouse_serving_endpoints";
  }

  @Override
  public Schema schema() {
    return Schema.of(BLOCK);
  }

  @Override
  public Value read(Value config, ResourceContext context) {
    return config.with("endpoints", endpoints(context.client().endpoints().list()));
  }

  /** The list answer's endpoints as the {@code endpoints} list. */
  static Value endpoints(List<JsonNode> endpoints) {
    return Value.list(
        ENDPOINT.type(), endpoints.stream().map(ServingEndpointsDataSource::endpoint).toList());
  }

  private static Value endpoint(JsonNode e) {
    JsonNode model = firstExternalModel(e);
    return ENDPOINT
        .newObject()
        .set("name", e.path("name").asString(null))
        .set("id", e.path("id").asString(null))
        .set("task", e.path("task").asString(null))
        .set("state_ready", e.path("state").path("ready").asString(null))
        .set("state_config_update", e.path("state").path("config_update").asString(null))
        .set("creator", e.path("creator").asString(null))
        .set("tags", tags(e))
        .set("external_model_provider", model.path("provider").asString(null))
        .set("external_model_name", model.path("name").asString(null))
        .build();
  }

  private static JsonNode firstExternalModel(JsonNode endpoint) {
    for (JsonNode entity : endpoint.path("config").path("served_entities")) {
      if (entity.has("external_model")) {
        return entity.path("external_model");
      }
    }
    return endpoint.path("config").path("served_entities").path(0).path("external_model");
  }

  private static Value tags(JsonNode endpoint) {
    Map<String, Value> tags = new LinkedHashMap<>();
    endpoint
        .path("tags")
        .forEach(
            t -> tags.put(t.path("key").asString(), Value.string(t.path("value").asString(""))));
    return Value.map(Type.STRING, tags);
  }
}
