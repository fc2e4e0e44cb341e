package dev.gatehouse.terraform.resources.modelserving;

import dev.gatehouse.terraform.framework.Attribute;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.BlockPart;
import dev.gatehouse.terraform.framework.NestedBlock;
import dev.gatehouse.terraform.framework.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/**
 * Turns the JSON Schema of a request body into Terraform blocks, the way {@code
 * databricks_model_serving} turns the Go request structs into its schema: a JSON object becomes a
 * block of at most one element, an array of objects a list of blocks, an array of strings or a
 * string map an attribute; a property the JSON Schema requires is required. Rules that only the
 * resource knows (force-new, sensitive, computed) come in by dotted path as {@link #overrides}.
 */
final class SchemaDerivation {
  private final JsonSchemaTree tree;
  private final Map<String, UnaryOperator<Attribute>> overrides;
  private final Map<String, UnaryOperator<NestedBlock>> blockOverrides;
  private final Set<String> skipped;

  SchemaDerivation(
      JsonSchemaTree tree,
      Map<String, UnaryOperator<Attribute>> overrides,
      Map<String, UnaryOperator<NestedBlock>> blockOverrides,
      Set<String> skipped) {
    this.tree = tree;
    this.overrides = overrides;
    this.blockOverrides = blockOverrides;
    this.skipped = skipped;
  }

  /** The parts of a block for the properties of {@code objectSchema}, at dotted {@code path}. */
  List<BlockPart> parts(JsonNode objectSchema, String path) {
    List<BlockPart> parts = new ArrayList<>();
    for (JsonSchemaTree.Property property : tree.properties(objectSchema)) {
      String at = path.isEmpty() ? property.name() : path + "." + property.name();
      if (!skipped.contains(at)) {
        parts.add(part(property, at));
      }
    }
    return parts;
  }

  private BlockPart part(JsonSchemaTree.Property property, String at) {
    JsonNode schema = property.schema();
    String type = schema.path("type").asString("");
    if (type.equals("object") && schema.has("properties")) {
      NestedBlock block =
          NestedBlock.list(property.name(), block(property, schema, at)).maxItems(1);
      return blockOverride(at).apply(property.required() ? block.minItems(1) : block);
    }
    if (type.equals("array") && tree.items(schema).has("properties")) {
      NestedBlock block =
          NestedBlock.list(property.name(), block(property, tree.items(schema), at));
      return blockOverride(at).apply(block);
    }
    Attribute attribute = Attribute.of(property.name(), attributeType(schema));
    attribute = property.required() ? attribute.required() : attribute.optional();
    attribute = attribute.description(describe(property.description(), schema));
    return overrides.getOrDefault(at, UnaryOperator.identity()).apply(attribute);
  }

  private Block block(JsonSchemaTree.Property property, JsonNode objectSchema, String at) {
    return new Block(property.description(), parts(objectSchema, at));
  }

  private UnaryOperator<NestedBlock> blockOverride(String at) {
    return blockOverrides.getOrDefault(at, UnaryOperator.identity());
  }

  private Type attributeType(JsonNode schema) {
    return switch (schema.path("type").asString("")) {
      case "boolean" -> Type.BOOL;
      case "integer", "number" -> Type.NUMBER;
      case "array" -> Type.list(attributeType(tree.items(schema)));
      case "object" -> Type.map(attributeType(tree.resolve(schema.path("additionalProperties"))));
      default -> Type.STRING;
    };
  }

  /** The JSON Schema's description, plus its enum so the docs list the accepted values. */
  private static String describe(String description, JsonNode schema) {
    if (!schema.has("enum")) {
      return description;
    }
    List<String> values = new ArrayList<>();
    schema.path("enum").forEach(v -> values.add(v.asString()));
    return description + " One of: " + String.join(", ", values) + ".";
  }
}
