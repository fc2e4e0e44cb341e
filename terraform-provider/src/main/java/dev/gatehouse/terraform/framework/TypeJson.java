package dev.gatehouse.terraform.framework;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Terraform's JSON notation for types, used in schemas and inside dynamic values. */
final class TypeJson {
  static final ObjectMapper JSON = JsonMapper.builder().build();

  private TypeJson() {}

  static String write(Type type) {
    return JSON.writeValueAsString(node(type));
  }

  static Type read(String json) {
    return read(JSON.readTree(json));
  }

  static Type read(JsonNode node) {
    if (node.isString()) {
      return switch (node.asString()) {
        case "string" -> Type.STRING;
        case "number" -> Type.NUMBER;
        case "bool" -> Type.BOOL;
        case "dynamic" -> Type.DYNAMIC;
        default -> throw new IllegalArgumentException("Unknown type " + node);
      };
    }
    String kind = node.path(0).asString("");
    return switch (kind) {
      case "list" -> Type.list(read(node.get(1)));
      case "set" -> Type.set(read(node.get(1)));
      case "map" -> Type.map(read(node.get(1)));
      case "object" -> {
        Map<String, Type> attributes = new LinkedHashMap<>();
        node.get(1).properties().forEach(e -> attributes.put(e.getKey(), read(e.getValue())));
        yield Type.object(attributes);
      }
      default -> throw new IllegalArgumentException("Unsupported type " + node);
    };
  }

  private static JsonNode node(Type type) {
    if (type instanceof Type.Primitive p) {
      return JSON.getNodeFactory().stringNode(p.name().toLowerCase(java.util.Locale.ROOT));
    } else if (type instanceof Type.ListType l) {
      return pair("list", node(l.element()));
    } else if (type instanceof Type.SetType s) {
      return pair("set", node(s.element()));
    } else if (type instanceof Type.MapType m) {
      return pair("map", node(m.element()));
    }
    ObjectNode attributes = JSON.createObjectNode();
    ((Type.ObjectType) type).attributes().forEach((name, t) -> attributes.set(name, node(t)));
    return pair("object", attributes);
  }

  private static ArrayNode pair(String kind, JsonNode inner) {
    return JSON.createArrayNode().add(kind).add(inner);
  }
}
