package dev.gatehouse.terraform.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps between Gatehouse's JSON (Databricks field names, snake_case) and a block's object value,
 * for resources whose Terraform schema follows the API field for field, as the Databricks resources
 * do. A LIST or SET block with {@code maxItems(1)} is one JSON object on the API side, the way
 * {@code config { ... }} is in {@code databricks_model_serving}. JSON fields the schema does not
 * know are ignored; absent blocks become {@code []}.
 */
public final class ApiJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ApiJson() {}

  /** The object of {@code block} that {@code json} describes (null for a missing node). */
  public static Value fromJson(JsonNode json, Block block) {
    if (json == null || json.isNull() || json.isMissingNode()) {
      return Value.nullOf(block.type());
    }
    Map<String, Value> values = new LinkedHashMap<>();
    for (Attribute attribute : block.attributes()) {
      values.put(attribute.name(), JsonCodec.read(json.get(attribute.name()), attribute.type()));
    }
    for (NestedBlock nested : block.blocks()) {
      values.put(nested.name(), nestedFromJson(json.get(nested.name()), nested));
    }
    return Value.object(block.type(), values);
  }

  private static Value nestedFromJson(JsonNode json, NestedBlock nested) {
    Block block = nested.block();
    if (json == null || json.isNull() || json.isMissingNode()) {
      return nested.absent();
    }
    switch (nested.nesting()) {
      case SINGLE:
      case GROUP:
        return fromJson(json, block);
      case MAP:
        Map<String, Value> entries = new LinkedHashMap<>();
        json.properties().forEach(e -> entries.put(e.getKey(), fromJson(e.getValue(), block)));
        return Value.map(block.type(), entries);
      default:
        List<Value> elements = new ArrayList<>();
        if (json.isArray()) {
          json.forEach(item -> elements.add(fromJson(item, block)));
        } else {
          elements.add(fromJson(json, block));
        }
        return nested.nesting() == NestedBlock.Nesting.SET
            ? Value.set(block.type(), elements)
            : Value.list(block.type(), elements);
    }
  }

  /**
   * The request body for {@code object}: null and unknown attributes and empty blocks left out,
   * write-only values included (they exist to be sent).
   */
  public static ObjectNode toJson(Value object, Block block) {
    ObjectNode json = NODES.objectNode();
    for (Attribute attribute : block.attributes()) {
      Value value = object.get(attribute.name());
      if (value.isKnown()) {
        json.set(attribute.name(), JsonCodec.write(value, value.type()));
      }
    }
    for (NestedBlock nested : block.blocks()) {
      Value value = object.get(nested.name());
      if (value.isKnown()) {
        JsonNode node = nestedToJson(value, nested);
        if (node != null) {
          json.set(nested.name(), node);
        }
      }
    }
    return json;
  }

  private static JsonNode nestedToJson(Value value, NestedBlock nested) {
    Block block = nested.block();
    switch (nested.nesting()) {
      case SINGLE:
      case GROUP:
        return toJson(value, block);
      case MAP:
        ObjectNode map = NODES.objectNode();
        value.entries().forEach((k, v) -> map.set(k, toJson(v, block)));
        return map;
      default:
        List<Value> elements = value.elements();
        if (elements.isEmpty()) {
          return null;
        }
        if (nested.maxItems() == 1) {
          return toJson(elements.get(0), block);
        }
        ArrayNode array = NODES.arrayNode();
        elements.forEach(v -> array.add(toJson(v, block)));
        return array;
    }
  }
}
