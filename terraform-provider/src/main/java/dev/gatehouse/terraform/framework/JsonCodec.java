package dev.gatehouse.terraform.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Terraform's JSON encoding of values, as stored in state files ({@code raw_state.json}) and
 * occasionally sent instead of msgpack. JSON has no unknowns; a dynamic value is {@code {"value":
 * ..., "type": ...}}. Attributes the type does not know are dropped, so a state written by an older
 * schema still decodes.
 */
public final class JsonCodec {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  // Numbers are arbitrary-precision in Terraform: never let a double round them.
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private JsonCodec() {}

  public static Value decode(byte[] json, Type type) {
    return read(JSON.readTree(json), type);
  }

  public static byte[] encode(Value value, Type slot) {
    return JSON.writeValueAsBytes(write(value, slot));
  }

  static Value read(JsonNode node, Type type) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Value.nullOf(type);
    }
    if (type == Type.DYNAMIC) {
      return read(node.get("value"), TypeJson.read(node.get("type")));
    } else if (type == Type.STRING) {
      return Value.string(node.isString() ? node.asString() : node.toString());
    } else if (type == Type.NUMBER) {
      return Value.number(
          node.isNumber() ? node.decimalValue() : new java.math.BigDecimal(node.asString()));
    } else if (type == Type.BOOL) {
      return Value.bool(
          node.isBoolean() ? node.asBoolean() : Boolean.parseBoolean(node.asString()));
    } else if (type instanceof Type.ListType l) {
      return Value.list(l.element(), elements(node, l.element()));
    } else if (type instanceof Type.SetType s) {
      return Value.set(s.element(), elements(node, s.element()));
    } else if (type instanceof Type.MapType m) {
      Map<String, Value> entries = new LinkedHashMap<>();
      node.properties().forEach(e -> entries.put(e.getKey(), read(e.getValue(), m.element())));
      return Value.map(m.element(), entries);
    }
    Type.ObjectType objectType = (Type.ObjectType) type;
    Map<String, Value> values = new LinkedHashMap<>();
    objectType.attributes().forEach((name, t) -> values.put(name, read(node.get(name), t)));
    return Value.object(objectType, values);
  }

  static JsonNode write(Value value, Type slot) {
    if (value.isUnknown()) {
      throw new IllegalArgumentException("JSON cannot carry unknown values");
    }
    if (value.isNull()) {
      return NODES.nullNode();
    }
    if (slot == Type.DYNAMIC) {
      ObjectNode wrapper = NODES.objectNode();
      wrapper.set("value", write(value, value.type()));
      wrapper.set("type", TypeJson.JSON.readTree(value.type().toJson()));
      return wrapper;
    }
    if (value.type() == Type.STRING) {
      return NODES.stringNode(value.asString());
    } else if (value.type() == Type.NUMBER) {
      return NODES.numberNode(value.asNumber());
    } else if (value.type() == Type.BOOL) {
      return NODES.booleanNode(value.asBool());
    } else if (slot instanceof Type.ListType || slot instanceof Type.SetType) {
      Type element =
          slot instanceof Type.ListType l ? l.element() : ((Type.SetType) slot).element();
      ArrayNode array = NODES.arrayNode();
      value.elements().forEach(v -> array.add(write(v, element)));
      return array;
    }
    ObjectNode object = NODES.objectNode();
    Map<String, Type> types = slot instanceof Type.ObjectType o ? o.attributes() : Map.of();
    Type element = slot instanceof Type.MapType m ? m.element() : null;
    value
        .entries()
        .forEach((k, v) -> object.set(k, write(v, element != null ? element : types.get(k))));
    return object;
  }

  private static List<Value> elements(JsonNode node, Type element) {
    List<Value> values = new ArrayList<>();
    node.forEach(item -> values.add(read(item, element)));
    return values;
  }
}
