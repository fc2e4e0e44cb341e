package dev.gatehouse.terraform.resources.modelserving;

import dev.gatehouse.schema.Schemas;
import dev.gatehouse.terraform.framework.Attribute;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.BlockPart;
import dev.gatehouse.terraform.framework.NestedBlock;
import dev.gatehouse.terraform.framework.Timeouts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The schema of {@code gatehouse_model_serving}: the body of {@code POST
 * /api/2.0/serving-endpoints} as its JSON Schema describes it (the same tree as {@code
 * databricks_model_serving}), plus {@code id}, {@code serving_endpoint_id} and {@code timeouts}.
 */
final class ModelServingSchema {
  static final String ROOT_SCHEMA = Schemas.CREATE_ENDPOINT;
  static final String PLAINTEXT_SUFFIX = "_plaintext";
  static final String CONFIG = "config";
  static final String SERVED_ENTITIES = "served_entities";
  static final String SERVED_MODELS = "served_models";
  static final String TRAFFIC_CONFIG = "traffic_config";
  static final String EXTERNAL_MODEL = "external_model";
  static final String TAGS = "tags";
  static final String AI_GATEWAY = "ai_gateway";
  static final String RATE_LIMITS = "rate_limits";

  /**
   * Properties of the JSON Schema that have no Terraform counterpart: {@code task} exists for old
   * MLflow clients only and the external models already say their task.
   */
  static final Set<String> SKIPPED = Set.of("task");

  static final Block BLOCK = build();

  private ModelServingSchema() {}

  private static Block build() {
    JsonSchemaTree tree = new JsonSchemaTree();
    List<BlockPart> parts = new ArrayList<>();
    parts.add(Attribute.string("id").computed().description("The endpoint's name."));
    parts.add(
        Attribute.string("serving_endpoint_id")
            .computed()
            .description("The endpoint's id, as the permissions API addresses it."));
    parts.addAll(
        new SchemaDerivation(tree, overrides(tree), blockOverrides(), SKIPPED)
            .parts(tree.root(ROOT_SCHEMA), ""));
    parts.add(Timeouts.block("create", "update"));
    return new Block(
        "A serving endpoint: the external models it serves, how traffic is split between them,"
            + " its tags and its AI gateway. Every change waits until the endpoint serves it.",
        List.copyOf(parts));
  }

  private static Map<String, UnaryOperator<Attribute>> overrides(JsonSchemaTree tree) {
    Map<String, UnaryOperator<Attribute>> overrides = new HashMap<>();
    overrides.put("name", a -> a.forceNew());
    overrides.put("route_optimized", a -> a.forceNew());
    overrides.put("description", a -> a.forceNew());
    for (String entities : List.of(SERVED_ENTITIES, SERVED_MODELS)) {
      String at = CONFIG + "." + entities + ".";
      overrides.put(
          at + "name",
          a ->
              a.computed()
                  .description(
                      "Name of the served entity, unique in the endpoint; routes refer to it."
                          + " Defaults to the external model's name ('.' and ':' become '-'), else"
                          + " <entity_name>-<entity_version>."));
      overrides.put(at + "workload_type", a -> a.computed());
    }
    for (String path : plaintextPaths(tree)) {
      overrides.put(path, a -> a.sensitive());
    }
    return overrides;
  }

  private static Map<String, UnaryOperator<NestedBlock>> blockOverrides() {
    Map<String, UnaryOperator<NestedBlock>> overrides = new HashMap<>();
    // A set: the server may answer tags in any order, and the order means nothing.
    overrides.put(TAGS, b -> NestedBlock.set(b.name(), b.block()));
    return overrides;
  }

  /** Dotted paths of every {@code *_plaintext} credential of the external model providers. */
  static List<String> plaintextPaths(JsonSchemaTree tree) {
    List<String> paths = new ArrayList<>();
    collectPlaintext(tree, tree.root(ROOT_SCHEMA), "", paths);
    return paths;
  }

  private static void collectPlaintext(
      JsonSchemaTree tree, tools.jackson.databind.JsonNode schema, String path, List<String> out) {
    for (JsonSchemaTree.Property property : tree.properties(schema)) {
      String at = path.isEmpty() ? property.name() : path + "." + property.name();
      var child = property.schema();
      if (property.name().endsWith(PLAINTEXT_SUFFIX)) {
        out.add(at);
      } else if (child.has("properties")) {
        collectPlaintext(tree, child, at, out);
      } else if (child.path("type").asString("").equals("array")) {
        var items = tree.items(child);
        if (items.has("properties")) {
          collectPlaintext(tree, items, at, out);
        }
      }
    }
  }
}
