package dev.gatehouse.access.api.scim;

import dev.gatehouse.platform.errors.InvalidParameterException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Reads SCIM request attributes. SCIM attribute names ignore case (RFC 7643 §2.1), which is why
 * SCIM bodies are read here rather than against a JSON Schema; so does the habit of identity
 * providers to send attributes Gatehouse does not keep (name, externalId, roles, extension
 * schemas), which are ignored as RFC 7644 allows. Each error names the attribute as the client sent
 * it.
 */
final class ScimAttributes {
  private final JsonNode node;
  private final String path;

  ScimAttributes(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new InvalidParameterException(describe(path) + "must be a JSON object.");
    }
    this.node = node;
    this.path = path;
  }

  /** The attribute, whatever the case of its name, or a missing node. */
  JsonNode get(String name) {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return MissingNode.getInstance();
  }

  boolean has(String name) {
    return !absent(get(name));
  }

  String string(String name) {
    return string(get(name), at(name));
  }

  String requiredString(String name) {
    String value = string(name);
    if (value == null) {
      throw new InvalidParameterException(at(name) + " is required.");
    }
    return value;
  }

  Boolean bool(String name) {
    return bool(get(name), at(name));
  }

  /** The {@code value} of the primary entry of a multi-valued attribute, else of the first. */
  String primaryValue(String name) {
    return primaryValue(get(name), at(name));
  }

  static String primaryValue(JsonNode values, String where) {
    if (absent(values)) {
      return null;
    }
    if (!values.isArray()) {
      throw new InvalidParameterException(where + " must be an array.");
    }
    String first = null;
    for (int i = 0; i < values.size(); i++) {
      ScimAttributes entry = new ScimAttributes(values.get(i), where + "[" + i + "]");
      String value = entry.string("value");
      if (Boolean.TRUE.equals(entry.bool("primary")) && value != null) {
        return value;
      }
      first = first == null ? value : first;
    }
    return first;
  }

  /** The ids in the {@code value}s of a multi-valued reference attribute such as members. */
  List<Long> ids(String name) {
    return ids(get(name), at(name));
  }

  static List<Long> ids(JsonNode values, String where) {
    if (absent(values)) {
      return List.of();
    }
    if (!values.isArray()) {
      throw new InvalidParameterException(where + " must be an array of {\"value\": \"<id>\"}.");
    }
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      ScimAttributes entry = new ScimAttributes(values.get(i), where + "[" + i + "]");
      ids.add(id(entry.requiredString("value"), entry.at("value")));
    }
    return ids;
  }

  static long id(String value, String where) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(
          where + ": '" + value + "' is not the id of a user, service principal or group.");
    }
  }

  static String string(JsonNode value, String where) {
    if (absent(value)) {
      return null;
    }
    if (!value.isString()) {
      throw new InvalidParameterException(where + " must be a string.");
    }
    return value.asString();
  }

  /** A boolean; also {@code "True"}/{@code "false"} strings, as some identity providers send. */
  static Boolean bool(JsonNode value, String where) {
    if (absent(value)) {
      return null;
    }
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    if (value.isString() && value.asString().equalsIgnoreCase("true")) {
      return true;
    }
    if (value.isString() && value.asString().equalsIgnoreCase("false")) {
      return false;
    }
    throw new InvalidParameterException(where + " must be true or false.");
  }

  static boolean absent(JsonNode value) {
    return value == null || value.isMissingNode() || value.isNull();
  }

  String at(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static String describe(String path) {
    return path.isEmpty() ? "The request body " : path + " ";
  }
}
